import type { Alias, Lang, MatchEntry } from '../data/schema';

/**
 * The matching index as the content script ships it: one array per entry,
 * `[id, kind, aliases, disambiguation?]`, each alias one string
 * `text⇥lang⇥flags⇥stems` (flags: c caseSensitive, a ambiguous, n inflect false,
 * i inflect true; stems joined by U+0001; trailing empty fields dropped). Every page
 * carries this, so its size matters: against `{text, lang, …}` objects it is 7% smaller
 * gzipped (37.6 vs 40.4 KB for 185 entries). `decodeMatchIndex(encodeMatchIndex(x))`
 * gives `x` back (tests/unit/match-index.test.ts).
 * (Context rules stay objects: they are a tenth of the aliases' weight.)
 */
export type EncodedEntry = [id: string, kind: MatchEntry['kind'], aliases: string[], disambiguation?: MatchEntry['disambiguation']];

const ALIAS_KEYS = new Set(['text', 'lang', 'caseSensitive', 'ambiguous', 'inflect', 'stems']);

const FIELD = '\t';
const STEM = '\u0001';

function encodeAlias(alias: Alias): string {
  // A field added to Alias must be given a place here, or the content script would silently lose it.
  const unknown = Object.keys(alias).filter((key) => !ALIAS_KEYS.has(key));
  if (unknown.length) throw new Error(`encodeMatchIndex: alias "${alias.text}" has fields the index cannot carry: ${unknown.join(', ')}`);
  const flags =
    (alias.caseSensitive ? 'c' : '') + (alias.ambiguous ? 'a' : '') + (alias.inflect === false ? 'n' : alias.inflect === true ? 'i' : '');
  return [alias.text, alias.lang, flags, alias.stems?.join(STEM) ?? ''].join(FIELD).replace(/\t+$/u, '');
}

function decodeAlias(encoded: string): Alias {
  const [text = '', lang = 'en', flags = '', stems = ''] = encoded.split(FIELD);
  const alias: Alias = { text, lang: lang as Lang };
  if (flags.includes('c')) alias.caseSensitive = true;
  if (flags.includes('a')) alias.ambiguous = true;
  if (flags.includes('n')) alias.inflect = false;
  if (flags.includes('i')) alias.inflect = true;
  if (stems) alias.stems = stems.split(STEM);
  return alias;
}

export function encodeMatchIndex(entries: readonly MatchEntry[]): EncodedEntry[] {
  return entries.map(({ id, kind, aliases, disambiguation }) =>
    disambiguation ? [id, kind, aliases.map(encodeAlias), disambiguation] : [id, kind, aliases.map(encodeAlias)],
  );
}

export function decodeMatchIndex(encoded: readonly EncodedEntry[]): MatchEntry[] {
  return encoded.map(([id, kind, aliases, disambiguation]) =>
    disambiguation ? { id, kind, aliases: aliases.map(decodeAlias), disambiguation } : { id, kind, aliases: aliases.map(decodeAlias) },
  );
}
