import type { SearchableEntry } from '../../core/search';
import { mulberry32 } from './random';

const SYLLABLES = [
  'ka', 'lo', 'mi', 'ne', 'ra', 'to', 'vu', 'sel', 'dan', 'bor', 'gra', 'wit', 'ost', 'rin', 'mar',
  'pol', 'sky', 'ev', 'in', 'chu', 'zen', 'tri', 'ang', 'lev', 'hor', 'ter', 'dum', 'pes', 'nor', 'kiv',
];
const CYRILLIC_SYLLABLES = ['ка', 'ло', 'ми', 'не', 'ра', 'то', 'ву', 'сел', 'дан', 'бор', 'гра', 'ость', 'рин', 'ский', 'ев'];
const COMMON = ['the', 'of', 'and', 'a', 'in', 'to', 'security', 'agreement', 'treaty', 'force', 'council', 'guarantee'];

function word(next: () => number, syllables: readonly string[]): string {
  const count = 2 + Math.floor(next() * 3);
  let out = '';
  for (let i = 0; i < count; i++) out += syllables[Math.floor(next() * syllables.length)];
  return out;
}

function phrase(next: () => number, words: number, syllables = SYLLABLES): string {
  return Array.from({ length: words }, () => word(next, syllables)).join(' ');
}

const capitalise = (s: string) => s.replace(/(^|\s)\S/g, (c) => c.toUpperCase());

/**
 * `n` entries shaped like the real KB (titles of 1–4 words, 3–8 aliases in Latin and
 * Cyrillic, ~40-word summaries), for the search latency benchmark.
 */
export function syntheticSearchEntries(n: number, seed = 42): SearchableEntry[] {
  const next = mulberry32(seed); // every benchmark run searches the same KB
  return Array.from({ length: n }, (_, i) => {
    const title = capitalise(phrase(next, 1 + Math.floor(next() * 4)));
    const aliases = [{ text: title }];
    const aliasCount = 2 + Math.floor(next() * 6);
    for (let a = 0; a < aliasCount; a++) {
      const cyrillic = next() < 0.3;
      aliases.push({ text: phrase(next, 1 + Math.floor(next() * 3), cyrillic ? CYRILLIC_SYLLABLES : SYLLABLES) });
    }
    const summaryWords = Array.from({ length: 30 + Math.floor(next() * 20) }, () =>
      next() < 0.4 ? COMMON[Math.floor(next() * COMMON.length)]! : word(next, SYLLABLES),
    );
    return { id: `synthetic-${i}`, title, aliases, summary: `${summaryWords.join(' ')}.` };
  });
}
