import Fuse from 'fuse.js';
import { searchTokens } from './search-fold';
import { createEntryBest, createTally } from './search-tally';
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
  /** The title, alias or summary that matched, as written in the KB. */
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
/** Name hits (title, aliases) always rank above summary hits: they score in a higher band. */
const NAME_BAND = 1;
const SUMMARY_WEIGHT = 0.5;
/** Most names Fuse compares per keystroke: keeps the fallback within a frame on any KB. */
const FUSE_POOL = 500;
/** Shorter queries fuzzy-match nearly everything; they get exact and prefix hits only. */
const MIN_FUZZY_QUERY = 4;
const FUSE_OPTIONS = { keys: ['joined'], threshold: 0.34, ignoreLocation: true, includeScore: true, ignoreFieldNorm: true };

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
  const tally = createTally(fields.length);

  const addTyped = (typed: string, isLast: boolean) =>
    tally.addWord((add) => {
      const collect = (words: Vocabulary, postings: Map<string, number[]>, prefix: boolean, typos: boolean) => {
        for (const [word, quality] of words.expand(typed, { prefix, typos }))
          for (const field of postings.get(word) ?? []) add(field, quality);
      };
      // Only the word being typed is a prefix; finished short words must be whole (or a typo away).
      collect(nameWords, names, isLast || typed.length >= 3, true);
      collect(summaryWords, summaries, isLast && typed.length >= 3, typed.length >= 5);
    });

  const best = createEntryBest(entries.length);
  /**
   * Offers every field that has all typed words but `allowedMisses` (names only when
   * `namesOnly`) to `best`; returns how many name fields qualified.
   */
  const scoreFields = (typed: readonly string[], allowedMisses: number, namesOnly: boolean): number => {
    const joined = typed.join(' ');
    let nameHits = 0;
    tally.forEachField((id, qualitySum, matched) => {
      const field = fields[id]!;
      if (typed.length - matched > allowedMisses || (namesOnly && field.kind === 'summary')) return;
      if (field.kind !== 'summary') nameHits++;
      const mean = (qualitySum / typed.length) * (matched < typed.length ? 0.8 : 1);
      best.offer(field.entry, id, fieldScore(field, mean, matched, joined));
    });
    return nameHits;
  };

  const allNames = fields.flatMap((field, id) => (field.kind === 'summary' ? [] : [id]));
  let allNamesFuse: FieldFuse | null = null; // a small KB keeps one, built on the first miss
  /** Fuse over names sharing a beginning with a typed word (all names on a small KB). */
  const fuseFor = (typed: readonly string[]): FieldFuse => {
    if (allNames.length <= FUSE_POOL) return (allNamesFuse ??= fieldFuse(fields, allNames));
    const pool = new Set<number>();
    for (const word of typed)
      for (const indexed of nameWords.startingWith(word.slice(0, 3), FUSE_POOL))
        for (const id of names.get(indexed) ?? []) if (pool.size < FUSE_POOL) pool.add(id);
    return fieldFuse(fields, [...pool]);
  };

  return {
    search(query, limit = DEFAULT_LIMIT) {
      const typed = [...new Set(searchTokens(query))];
      if (!typed.length) return [];
      const openEnded = !/\s$/.test(query);
      tally.begin();
      typed.forEach((word, i) => addTyped(word, openEnded && i === typed.length - 1));
      best.begin();
      // "security guarantees for ukraine": a name with most of the words beats summaries with all.
      if (!scoreFields(typed, 0, false) && typed.length > 1) scoreFields(typed, Math.floor(typed.length / 2), true);
      const joined = typed.join(' ');
      if (!best.count() && joined.length >= MIN_FUZZY_QUERY)
        for (const hit of fuseFor(typed).search(joined, { limit: 50 }))
          // Fuse scores 0 (perfect) to 1; map into the name band, below any token match.
          best.offer(fields[hit.item.id]!.entry, hit.item.id, NAME_BAND + 0.4 * (1 - (hit.score ?? 1)));
      return best.top(limit, titleOrder).map(({ field: id, score }) => {
        const field = fields[id]!;
        const entry = entries[field.entry]!;
        return { entryId: entry.id, title: entry.title, score, matchedIn: field.kind, matchedText: field.text };
      });
    },
  };
}

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

function fieldScore(field: Field, meanQuality: number, matchedWords: number, joinedQuery: string): number {
  if (field.kind === 'summary') return SUMMARY_WEIGHT * meanQuality;
  // Prefer names the query covers fully: "weimar" → "Weimar Triangle" over a long alias.
  const coverage = Math.min(1, matchedWords / field.tokens.length);
  const exact = field.joined === joinedQuery ? 0.15 : field.joined.startsWith(joinedQuery) ? 0.05 : 0;
  const kindWeight = field.kind === 'title' ? 1 : 0.97;
  return NAME_BAND + meanQuality * kindWeight * (0.8 + 0.2 * coverage) * 0.8 + exact;
}

type FieldFuse = Fuse<{ id: number; joined: string }>;

function fieldFuse(fields: readonly Field[], ids: readonly number[]): FieldFuse {
  return new Fuse(ids.map((id) => ({ id, joined: fields[id]!.joined })), FUSE_OPTIONS);
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
