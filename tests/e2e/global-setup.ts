import { findChromium } from './browser';
import { buildExtension } from './build';

/**
 * Builds the extension once per e2e run (skip with KONTEKST_SKIP_BUILD=1 when iterating):
 * Chromium gets a test build (`--mode test`, into chrome-mv3-test), which alone carries the
 * hooks tests drive (the shortcut handler on the worker, the `annotation-state` message);
 * Firefox gets the store build, which the linter, the smoke test and the no-test-hooks check read.
 */
export default function setup(): void {
  findChromium(); // fail fast, with the install hint, before a long build
  if (process.env.KONTEKST_SKIP_BUILD === '1') return;
  buildExtension(['--mode', 'test']);
  buildExtension(['-b', 'firefox']);
}
