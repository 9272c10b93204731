/**
 * Shipped sizes, gzip level 9. The content script is measured as built by WXT
 * (content-scripts/content.js) with the KB data literal — the `JSON.parse(\`[…]\`)` that
 * the `virtual:kontekst-kb` module becomes — replaced by `[]`, so it is the real
 * minified bundle minus exactly the KB. The KB is gzip(JSON.stringify(KB)).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { KbEntry } from '../../data/schema';

export interface Sizes {
  contentScriptBytes: number;
  contentScriptGzipBytes: number;
  contentScriptWithKbGzipBytes: number;
  contentCssGzipBytes: number;
  kbJsonBytes: number;
  kbGzipBytes: number;
}

const gzip = (text: string) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/** Finds `JSON.parse(<string literal>)` whose value is the KB's JSON; returns [start, end) of the call. */
function kbLiteral(source: string, kbJson: string): [number, number] | null {
  const expectedIds = JSON.stringify((JSON.parse(kbJson) as KbEntry[]).map((e) => e.id));
  for (let at = source.indexOf('JSON.parse('); at !== -1; at = source.indexOf('JSON.parse(', at + 1)) {
    const open = at + 'JSON.parse('.length;
    const quote = source[open];
    if (quote !== '`' && quote !== '"' && quote !== "'") continue;
    let i = open + 1;
    while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
    if (source[i + 1] !== ')') continue;
    const literal = source.slice(open, i + 1);
    if (literal.length < kbJson.length / 2) continue;
    try {
      // Our own build's output: evaluate the string literal to compare it with the KB.
      const value = JSON.parse(new Function(`return ${literal};`)() as string) as KbEntry[];
      if (JSON.stringify(value.map((e) => e.id)) === expectedIds) return [at, i + 2];
    } catch {
      // Not the KB literal.
    }
  }
  return null;
}

export function measureSizes(extensionDir: string, kb: readonly KbEntry[]): Sizes {
  const source = readFileSync(`${extensionDir}/content-scripts/content.js`, 'utf8');
  const css = readFileSync(`${extensionDir}/content-scripts/content.css`, 'utf8');
  const kbJson = JSON.stringify(kb);
  const span = kbLiteral(source, kbJson);
  if (!span) throw new Error('Could not find the KB data literal in the built content script.');
  const withoutKb = source.slice(0, span[0]) + '[]' + source.slice(span[1]);
  return {
    contentScriptBytes: Buffer.byteLength(withoutKb),
    contentScriptGzipBytes: gzip(withoutKb),
    contentScriptWithKbGzipBytes: gzip(source),
    contentCssGzipBytes: gzip(css),
    kbJsonBytes: Buffer.byteLength(kbJson),
    kbGzipBytes: gzip(kbJson),
  };
}
