import Fuse from 'fuse.js';
import { searchTokens } from './search-fold';
import { createVocabulary, type Vocabulary } from './search-vocab';

export { syntheticSearchEntries } from './search-synthetic';

/** What search needs of a KB entry (a `KbEntry` fits). */
export interface SearchableEntry {
  id: string;
  title: string;
  aliases: ReadonlyArray<{ text: string }>;
  summary: string;
}

export type MatchField = 'title' | 'alias' | 'summary';

export interface SearchHit {
  entryId: string;
  title: string;
  score: number;
  matchedIn: MatchField;
  /** The title, alias or summary text that matched, as written in the KB. */
  matchedText: string;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

/** One searchable string of an entry. */
interface Field {
  entry: number;
  kind: MatchField;
  text: string;
  tokens: string[];
  joined: string;
}

const DEFAULT_LIMIT = 20;
/** Name hits (title, aliases) always rank above summary hits: they live in a higher band. */
const NAME_BAND = 1;
const SUMMARY_WEIGHT = 0.5;

/**
 * Builds the search index once per KB. A query folds like the index (case, diacritics,
 * Cyrillic ↔ Latin spellings), each typed word expands to indexed words (exact, prefix,
 * inflected stem, one typo), and a field matches when it has every typed word. Fuse.js
 * runs only when that finds nothing, over a bounded pool of names, for badly misspelt ones.
 */
export function createSearchIndex(entries: readonly SearchableEntry[]): SearchIndex {
  const fields = buildFields(entries);
  const names = postingsOf(fields, (f) => f.kind !== 'summary');
  const summaries = postingsOf(fields, (f) => f.kind === 'summary');
  const nameWords = createVocabulary(names.keys());
  const summaryWords = createVocabulary(summaries.keys());
  const titleOrder = alphabeticalRanks(entries);

  const matchTyped = (typed: string, isLast: boolean): Map<number, number> => {
    const best = new Map<number, number>();
    const collect = (vocabulary: Vocabulary, postings: Map<string, number[]>, prefix: boolean, typos: boolean) => {
      for (const [word, quality] of vocabulary.expand(typed, { prefix, typos }))
        for (const field of postings.get(word) ?? []) if ((best.get(field) ?? 0) < quality) best.set(field, quality);
    };
    // Only the word being typed is a prefix; finished words must be whole (or a typo away).
    collect(nameWords, names, isLast || typed.length >= 3, true);
    collect(summaryWords, summaries, isLast && typed.length >= 3, typed.length >= 5);
    return best;
  };

  /** Name fields sharing a beginning with a typed word: what Fuse may search on a large KB. */
  const fusePool = (typed: readonly string[]): number[] => {
    if (fields.length <= FUSE_POOL) return fields.flatMap((f, id) => (f.kind === 'summary' ? [] : [id]));
    const pool = new Set<number>();
    for (const word of typed)
      for (const indexed of nameWords.startingWith(word.slice(0, 3), FUSE_POOL))
        for (const id of names.get(indexed) ?? []) if (pool.size < FUSE_POOL) pool.add(id);
    return [...pool];
  };

  return {
    search(query, limit = DEFAULT_LIMIT) {
      const typed = [...new Set(searchTokens(query))];
      if (!typed.length) return [];
      const openEnded = !/\s$/.test(query);
      const perWord = typed.map((word, i) => matchTyped(word, openEnded && i === typed.length - 1));
      const joined = typed.join(' ');
      let scored = scoreFields(fields, perWord, joined, 0);
      // A multi-word query whose words sit in different fields still deserves an answer.
      if (!scored.size && typed.length > 1) scored = scoreFields(fields, perWord, joined, 1);
      if (!scored.size) scored = fuzzyFallback(fields, fusePool(typed), joined);
      return rank(scored, fields, entries, titleOrder, limit);
    },
  };
}

/** Most names Fuse compares per keystroke: keeps the fallback within a frame on any KB. */
const FUSE_POOL = 2000;
const FUSE_OPTIONS = { keys: ['joined'], threshold: 0.34, ignoreLocation: true, includeScore: true, ignoreFieldNorm: true };

function buildFields(entries: readonly SearchableEntry[]): Field[] {
  const fields: Field[] = [];
  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    const add = (kind: MatchField, text: string) => {
      const tokens = searchTokens(text);
      const joined = tokens.join(' ');
      // Inflected alias variants often fold to the same words; index each form once.
      if (!joined || seen.has(joined)) return;
      seen.add(joined);
      fields.push({ entry: index, kind, text, tokens, joined });
    };
    add('title', entry.title);
    for (const alias of entry.aliases) add('alias', alias.text);
    add('summary', entry.summary);
  });
  return fields;
}

function postingsOf(fields: readonly Field[], include: (field: Field) => boolean): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  fields.forEach((field, id) => {
    if (!include(field)) return;
    for (const token of new Set(field.tokens)) {
      const list = postings.get(token);
      if (list) list.push(id);
      else postings.set(token, [id]);
    }
  });
  return postings;
}

/** Field id → score, for fields that match all typed words but `allowedMisses`. */
function scoreFields(fields: readonly Field[], perWord: Map<number, number>[], joinedQuery: string, allowedMisses: number) {
  const scored = new Map<number, number>();
  // With no misses allowed, every match is in the smallest set: start there.
  const sets = allowedMisses ? perWord : [perWord.reduce((a, b) => (b.size < a.size ? b : a))];
  const seen = new Set<number>();
  for (const set of sets)
    for (const id of set.keys()) {
      if (seen.has(id)) continue;
      seen.add(id);
      let sum = 0;
      let misses = 0;
      for (const matches of perWord) {
        const quality = matches.get(id);
        if (quality === undefined) misses++;
        else sum += quality;
      }
      if (misses > allowedMisses) continue;
      const mean = (sum / perWord.length) * (allowedMisses ? 0.8 : 1);
      scored.set(id, fieldScore(fields[id]!, mean, perWord.length - misses, joinedQuery));
    }
  return scored;
}

function fieldScore(field: Field, meanQuality: number, matchedWords: number, joinedQuery: string): number {
  if (field.kind === 'summary') return SUMMARY_WEIGHT * meanQuality;
  // Prefer names the query covers fully ("weimar" → "Weimar Triangle" over a long alias).
  const coverage = Math.min(1, matchedWords / field.tokens.length);
  const exact = field.joined === joinedQuery ? 0.15 : field.joined.startsWith(joinedQuery) ? 0.05 : 0;
  const kindWeight = field.kind === 'title' ? 1 : 0.97;
  return NAME_BAND + meanQuality * kindWeight * (0.8 + 0.2 * coverage) * 0.8 + exact;
}

function fuzzyFallback(fields: readonly Field[], pool: readonly number[], joinedQuery: string): Map<number, number> {
  const fuse = new Fuse(pool.map((id) => ({ id, joined: fields[id]!.joined })), FUSE_OPTIONS);
  const scored = new Map<number, number>();
  // Fuse scores 0 (perfect) to 1; map into the name band, below any token match.
  for (const hit of fuse.search(joinedQuery, { limit: 50 }))
    scored.set(hit.item.id, NAME_BAND + 0.4 * (1 - (hit.score ?? 1)));
  return scored;
}

/** Each entry's position in title order, so ties sort without a locale compare per pair. */
function alphabeticalRanks(entries: readonly SearchableEntry[]): Int32Array {
  const ranks = new Int32Array(entries.length);
  entries
    .map((entry, index) => ({ title: entry.title, index }))
    .sort((a, b) => a.title.localeCompare(b.title))
    .forEach(({ index }, position) => (ranks[index] = position));
  return ranks;
}

function rank(
  scored: Map<number, number>,
  fields: readonly Field[],
  entries: readonly SearchableEntry[],
  titleOrder: Int32Array,
  limit: number,
): SearchHit[] {
  const byEntry = new Map<number, { score: number; field: Field }>();
  for (const [id, score] of scored) {
    const field = fields[id]!;
    const current = byEntry.get(field.entry);
    if (!current || score > current.score) byEntry.set(field.entry, { score, field });
  }
  return [...byEntry.entries()]
    .sort(([a, x], [b, y]) => y.score - x.score || titleOrder[a]! - titleOrder[b]!)
    .slice(0, limit)
    .map(([index, { score, field }]): SearchHit => ({
      entryId: entries[index]!.id,
      title: entries[index]!.title,
      score,
      matchedIn: field.kind,
      matchedText: field.text,
    }));
}
