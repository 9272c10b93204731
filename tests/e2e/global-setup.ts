import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findChromium } from './browser';

/** Builds the extension once per e2e run (skip with KONTEKST_SKIP_BUILD=1 when iterating). */
export default function setup(): void {
  findChromium(); // fail fast, with the install hint, before a long build
  if (process.env.KONTEKST_SKIP_BUILD === '1') return;
  const root = path.resolve(import.meta.dirname, '../..');
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    // Firefox too: the manifest, addons-linter and Firefox smoke tests read `firefox-mv3`.
    execFileSync(process.execPath, [path.join(root, 'node_modules/wxt/bin/wxt.mjs'), ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}
