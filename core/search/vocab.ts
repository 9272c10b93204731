/**
 * A vocabulary of search tokens that answers "which indexed words could this typed word
 * mean, and how well?" without touching every word: exact and prefix lookups are binary
 * searches in a sorted array, and typo lookups only compare words that share the first
 * letter (typos there are rare) and nearly the length, so a keystroke stays cheap over a 10,000-entry KB.
 */

/** How well an indexed word matches a typed one, 0–1. */
export const QUALITY = { exact: 1, prefix: 0.9, stem: 0.75, typo: 0.65 } as const;

/** Prefix expansions per typed word: enough for any real KB, bounded for one-letter queries. */
const MAX_PREFIX_EXPANSIONS = 300;
/** Shortest typed word that may match with a typo: "nato" yes, "eu" no. */
const MIN_TYPO_LENGTH = 4;
/** Shortest shared beginning for inflected forms ("budapeshtski" ~ "budapest"). */
const MIN_STEM = 5;

export interface Vocabulary {
  /** Indexed words that `typed` may stand for, with their match quality. */
  expand(typed: string, options: { prefix: boolean; typos: boolean }): Map<string, number>;
  /** Up to `limit` indexed words beginning with `prefix`. */
  startingWith(prefix: string, limit: number): string[];
}

export function createVocabulary(words: Iterable<string>): Vocabulary {
  const sorted = [...new Set(words)].sort();
  const known = new Set(sorted);

  const startingWith = (prefix: string, limit: number): string[] => {
    const out: string[] = [];
    for (let i = lowerBound(sorted, prefix); i < sorted.length && out.length < limit; i++) {
      if (!sorted[i]!.startsWith(prefix)) break;
      out.push(sorted[i]!);
    }
    return out;
  };

  // Typo candidates share the first letter and differ in length by at most one.
  const byShape = new Map<string, string[]>();
  for (const word of sorted) {
    const shape = `${word[0]}${word.length}`;
    const list = byShape.get(shape);
    if (list) list.push(word);
    else byShape.set(shape, [word]);
  }
  const oneTypoAway = (typed: string): string[] => {
    const out: string[] = [];
    for (let length = typed.length - 1; length <= typed.length + 1; length++)
      for (const word of byShape.get(`${typed[0]}${length}`) ?? []) if (isOneEditApart(word, typed)) out.push(word);
    return out;
  };

  return {
    startingWith,
    expand(typed, { prefix, typos }) {
      const found = new Map<string, number>();
      const offer = (word: string, quality: number) => {
        if ((found.get(word) ?? 0) < quality) found.set(word, quality);
      };
      if (known.has(typed)) offer(typed, QUALITY.exact);
      if (prefix)
        for (const word of startingWith(typed, MAX_PREFIX_EXPANSIONS))
          offer(word, QUALITY.prefix - 0.2 * (1 - typed.length / word.length));
      if (typed.length > MIN_STEM)
        for (const word of startingWith(typed.slice(0, MIN_STEM), MAX_PREFIX_EXPANSIONS)) {
          const shared = sharedPrefix(word, typed);
          // Inflection changes endings: most of both words must be the shared stem.
          if (shared >= 0.6 * Math.min(word.length, typed.length) && shared >= 0.5 * Math.max(word.length, typed.length))
            offer(word, QUALITY.stem * (shared / Math.max(word.length, typed.length)) + 0.1);
        }
      if (typos && typed.length >= MIN_TYPO_LENGTH) for (const word of oneTypoAway(typed)) offer(word, QUALITY.typo);
      return found;
    },
  };
}

/** Optimal-string-alignment distance ≤ 1: one insertion, deletion, substitution or swap. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (sameFrom(a, i + 1, b, i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2); // swap
  }
  return a.length > b.length ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

/** Whether `a` from `i` equals `b` from `j`, without slicing. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a[i] !== b[j]) return false;
  return true;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function lowerBound(sorted: readonly string[], target: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
