import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';
import { FIREFOX_EXTENSION_DIR } from './firefox';

/**
 * What only test builds (`wxt build --mode test`) carry: the worker's shortcut handler for
 * tests (headless Chromium cannot press browser shortcuts) and the content script's answer
 * to `annotation-state` (tests and the benchmark wait on it).
 */
const TEST_HOOKS = ['kontekstRunCommand', 'annotation-state'];

function scriptsOf(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
}

describe('test hooks', () => {
  it('are not in a store build (the Firefox build of this run is one)', () => {
    const store = scriptsOf(FIREFOX_EXTENSION_DIR);
    expect(TEST_HOOKS.filter((hook) => store.includes(hook))).toEqual([]);
  });

  it('are in the test build the Chromium tests run', () => {
    const test = scriptsOf(EXTENSION_DIR);
    expect(TEST_HOOKS.filter((hook) => !test.includes(hook))).toEqual([]);
  });
});
