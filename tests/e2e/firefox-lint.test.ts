import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInstance, type LinterMessage } from 'addons-linter';
import { FIREFOX_EXTENSION_DIR } from './firefox';

const describeMessage = (m: LinterMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''} — ${m.message}`;

/**
 * The one warning we accept, explained in the README ("Firefox"): Preact's renderer holds
 * the `innerHTML` assignment behind `dangerouslySetInnerHTML`, which Kontekst never uses.
 * Only that exact spot (it reads `__html`) passes; an `innerHTML` of our own would not.
 */
function isPreactDangerouslySetInnerHtml(m: LinterMessage): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line || m.column === undefined) return false;
  const line = readFileSync(path.join(FIREFOX_EXTENSION_DIR, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  return /\.innerHTML=\w+\.__html/.test(line.slice(Math.max(0, m.column - 200), m.column + 100));
}

describe('addons-linter on the Firefox build', () => {
  it('reports no errors, and no warnings but the explained one', async () => {
    if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
      throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
    const linter = createInstance({
      config: { _: [FIREFOX_EXTENSION_DIR], logLevel: 'fatal', output: 'none', boring: true, metadata: false, selfHosted: false },
      runAsBinary: false,
    });
    const result = await linter.run();
    for (const warning of result.warnings) console.info(`addons-linter warning: ${describeMessage(warning)}`);

    expect(result.errors.map(describeMessage)).toEqual([]);
    expect(result.warnings.filter((w) => !isPreactDangerouslySetInnerHtml(w)).map(describeMessage)).toEqual([]);
  });
});
