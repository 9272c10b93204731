/**
 * Shipped sizes, gzip level 9. The content script is measured as built by WXT
 * (content-scripts/content.js), as shipped (with its matching index) and with the index's
 * data literal — the `JSON.parse(\`[…]\`)` that `virtual:kontekst-match-index` becomes —
 * replaced by `[]`, so the latter is the real minified bundle minus exactly the index.
 * The card text is not in it: the whole KB ships in the background, which answers when a
 * card opens.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { encodeMatchIndex } from '../../core/match-index';
import { matchEntryOf, type KbEntry } from '../../data/schema';

export interface Sizes {
  contentScriptBytes: number;
  /** Without the matching index. */
  contentScriptGzipBytes: number;
  /** As shipped: code plus matching index. */
  contentScriptWithKbGzipBytes: number;
  contentCssGzipBytes: number;
  matchIndexGzipBytes: number;
  kbJsonBytes: number;
  /** The whole KB, which only the background, popup and options carry. */
  kbGzipBytes: number;
  backgroundGzipBytes: number;
  entries: number;
}

const gzip = (text: string) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/** Finds `JSON.parse(<string literal>)` whose value is the KB's JSON; returns [start, end) of the call. */
function kbLiteral(source: string, kbJson: string): [number, number] | null {
  const idOf = (e: unknown) => (Array.isArray(e) ? e[0] : (e as { id: string }).id);
  const expectedIds = JSON.stringify((JSON.parse(kbJson) as unknown[]).map(idOf));
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
      const value = JSON.parse(new Function(`return ${literal};`)() as string) as unknown[];
      if (JSON.stringify(value.map(idOf)) === expectedIds) return [at, i + 2];
    } catch {
      // Not the KB literal.
    }
  }
  return null;
}

export function measureSizes(extensionDir: string, kb: readonly KbEntry[]): Sizes {
  const source = readFileSync(`${extensionDir}/content-scripts/content.js`, 'utf8');
  const css = readFileSync(`${extensionDir}/content-scripts/content.css`, 'utf8');
  const background = readFileSync(`${extensionDir}/background.js`, 'utf8');
  const kbJson = JSON.stringify(kb);
  const indexJson = JSON.stringify(encodeMatchIndex(kb.map(matchEntryOf)));
  const span = kbLiteral(source, indexJson);
  if (!span) throw new Error('Could not find the matching index literal in the built content script.');
  const withoutIndex = source.slice(0, span[0]) + '[]' + source.slice(span[1]);
  return {
    contentScriptBytes: Buffer.byteLength(withoutIndex),
    contentScriptGzipBytes: gzip(withoutIndex),
    contentScriptWithKbGzipBytes: gzip(source),
    contentCssGzipBytes: gzip(css),
    matchIndexGzipBytes: gzip(indexJson),
    kbJsonBytes: Buffer.byteLength(kbJson),
    kbGzipBytes: gzip(kbJson),
    backgroundGzipBytes: gzip(background),
    entries: kb.length,
  };
}
