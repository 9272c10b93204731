import Fuse from 'fuse.js';
import type { Vocabulary } from './vocab';

/**
 * Names Fuse compares per keystroke. Fuse costs ~15 µs a name, so this bounds the
 * fallback to a few milliseconds whatever the KB's size.
 */
const POOL_SIZE = 150;
/** Shorter queries fuzzy-match nearly everything; they get exact and prefix hits only. */
const MIN_QUERY = 4;
/** Pools recently searched: typing on in a word keeps its beginning, so its pool repeats. */
const CACHE_SIZE = 8;
const FUSE_OPTIONS = { keys: ['text'], threshold: 0.34, ignoreLocation: true, includeScore: true, ignoreFieldNorm: true };

type NameFuse = Fuse<{ field: number; text: string }>;

export interface FuzzyNames {
  /** Name fields like the typed words, scored 0 (perfect) to 1. */
  search(typed: readonly string[]): Array<{ field: number; score: number }>;
}

/**
 * Fuse.js over names (titles and aliases, in their folded form), for queries the token
 * search cannot place: two typos in a word, words run together ("weimartriangle").
 * It compares only names that begin like a typed word, longest shared beginning first.
 */
export function createFuzzyNames(
  nameText: (field: number) => string,
  words: Vocabulary,
  postings: ReadonlyMap<string, readonly number[]>,
): FuzzyNames {
  const cache = new Map<string, NameFuse>();

  const poolFor = (typed: readonly string[]): number[] => {
    const pool = new Set<number>();
    for (let length = 5; length >= 3; length--)
      for (const word of typed) {
        if (word.length < 3) continue;
        for (const indexed of words.startingWith(word.slice(0, length), POOL_SIZE))
          for (const field of postings.get(indexed) ?? []) if (pool.size < POOL_SIZE) pool.add(field);
      }
    return [...pool];
  };

  const fuseFor = (typed: readonly string[]): NameFuse => {
    const key = typed.map((word) => word.slice(0, 5)).join(' ');
    let fuse = cache.get(key);
    if (!fuse) {
      fuse = new Fuse(poolFor(typed).map((field) => ({ field, text: nameText(field) })), FUSE_OPTIONS);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.delete(key); // re-insert: the Map's order is the recency order
    cache.set(key, fuse);
    return fuse;
  };

  return {
    search(typed) {
      const query = typed.join(' ');
      if (query.length < MIN_QUERY) return [];
      return fuseFor(typed)
        .search(query, { limit: 50 })
        .map((hit) => ({ field: hit.item.field, score: hit.score ?? 1 }));
    },
  };
}
