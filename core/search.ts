import { searchTokens } from './search-fold';
import { createFuzzyNames } from './search-fuzzy';
import { createEntryBest, createTally, type EntryBest, type Tally } from './search-tally';
import { createVocabulary, type Vocabulary } from './search-vocab';

export { syntheticSearchEntries } from './search-synthetic';

/** What search needs of a KB entry (a `KbEntry` fits). */
export interface SearchableEntry {
  id: string;
  title: string;
  aliases: ReadonlyArray<{ text: string }>;
  summary: string;
  /** How central the entry is (e.g. how many entries link to it): among equal scores, higher first. */
  prominence?: number;
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
  /** Written in Cyrillic: a Latin query reaches it only through transliteration. */
  cyrillic: boolean;
  lower: string;
}

const CYRILLIC = /[\u0400-\u04ff]/u;
/**
 * A name in the query's own script outranks one that folds to the same letters from the
 * other script: "Zelenskiy" is the president's alias, while the feminine locative
 * "Зеленській" only transliterates to it.
 */
const SAME_SCRIPT_BONUS = 0.01;
/** And a name typed letter for letter beats one that only folds to it ("Зеленский" vs "Зеленській"). */
const LITERAL_BONUS = 0.02;

const DEFAULT_LIMIT = 20;
/** Name hits (title, aliases) always rank above summary hits: they score in a higher band. */
const NAME_BAND = 1;
const SUMMARY_WEIGHT = 0.5;

/** The index: every searchable string, and where each folded word occurs. */
interface SearchData {
  entries: readonly SearchableEntry[];
  fields: Field[];
  names: Map<string, number[]>;
  summaries: Map<string, number[]>;
  nameWords: Vocabulary;
  summaryWords: Vocabulary;
  titleOrder: Int32Array;
}

/**
 * Builds the search index once per KB. A query folds like the index (case, diacritics,
 * Cyrillic ↔ Latin spellings), each typed word expands to indexed words (exact, prefix,
 * inflected stem, one typo), and a field matches when it has every typed word. Fuse.js
 * runs only when that finds nothing (see search-fuzzy.ts).
 */
export function createSearchIndex(entries: readonly SearchableEntry[]): SearchIndex {
  const fields = buildFields(entries);
  const names = postingsOf(fields, (f) => f.kind !== 'summary');
  const summaries = postingsOf(fields, (f) => f.kind === 'summary');
  const nameWords = createVocabulary(names.keys());
  const data: SearchData = {
    entries,
    fields,
    names,
    summaries,
    nameWords,
    summaryWords: createVocabulary(summaries.keys()),
    titleOrder: tieBreakRanks(entries),
  };
  const tally = createTally(fields.length);
  const best = createEntryBest(entries.length);
  const fuzzy = createFuzzyNames((id) => fields[id]!.joined, nameWords, names);
  let literal = '';
  const run = (typed: readonly string[], openEnded: boolean, cyrillic: boolean) => {
    tally.begin();
    typed.forEach((word, i) => addTyped(data, tally, word, openEnded && i === typed.length - 1));
    best.begin();
    // "security guarantees for ukraine": a name with most of the words beats summaries with all.
    const bonus = (field: Field) =>
      field.kind === 'summary'
        ? 0
        : (field.cyrillic === cyrillic ? SAME_SCRIPT_BONUS : 0) + (field.lower === literal ? LITERAL_BONUS : 0);
    if (!scoreFields(data, tally, best, typed, 0, bonus) && typed.length > 1)
      scoreFields(data, tally, best, typed, Math.floor(typed.length / 2), bonus);
  };

  return {
    search(query, limit = DEFAULT_LIMIT) {
      const typed = [...new Set(searchTokens(query))];
      if (!typed.length) return [];
      const openEnded = !/\s$/.test(query);
      const cyrillic = CYRILLIC.test(query);
      literal = query.trim().toLowerCase();
      run(typed, openEnded, cyrillic);
      // "the treaty o": a word just begun means nothing yet; answer for the words before it.
      if (!best.count() && openEnded && typed.length > 1 && typed.at(-1)!.length < 3) run(typed.slice(0, -1), false, cyrillic);
      if (!best.count())
        for (const { field, score } of fuzzy.search(typed))
          // Fuse scores 0 (perfect) to 1; map into the name band, below any token match.
          best.offer(fields[field]!.entry, field, NAME_BAND + 0.4 * (1 - score));
      return best.top(limit, data.titleOrder).map(({ field: id, score }) => hitOf(data, id, score));
    },
  };
}

/** Records one typed word's matches: only the word being typed is a prefix. */
function addTyped(data: SearchData, tally: Tally, typed: string, isLast: boolean): void {
  tally.addWord((add) => {
    const collect = (words: Vocabulary, postings: Map<string, number[]>, prefix: boolean, typos: boolean) => {
      for (const [word, quality] of words.expand(typed, { prefix, typos }))
        for (const field of postings.get(word) ?? []) add(field, quality);
    };
    collect(data.nameWords, data.names, isLast || typed.length >= 3, true);
    // Summaries are long: short prefixes and typos there would match nearly everything.
    collect(data.summaryWords, data.summaries, isLast && typed.length >= 3, typed.length >= 5);
  });
}

/**
 * Offers `best` every field that has all typed words; with `allowedMisses`, only names
 * (a summary missing words is noise). Returns how many name fields qualified.
 */
function scoreFields(
  data: SearchData,
  tally: Tally,
  best: EntryBest,
  typed: readonly string[],
  allowedMisses: number,
  bonus: (field: Field) => number,
): number {
  const joined = typed.join(' ');
  let nameHits = 0;
  tally.forEachField((id, qualitySum, matched) => {
    const field = data.fields[id]!;
    if (typed.length - matched > allowedMisses || (allowedMisses && field.kind === 'summary')) return;
    if (field.kind !== 'summary') nameHits++;
    const mean = (qualitySum / typed.length) * (matched < typed.length ? 0.8 : 1);
    best.offer(field.entry, id, fieldScore(field, mean, matched, joined) + bonus(field));
  });
  return nameHits;
}

function hitOf({ entries, fields }: SearchData, id: number, score: number): SearchHit {
  const field = fields[id]!;
  const entry = entries[field.entry]!;
  return { entryId: entry.id, title: entry.title, score, matchedIn: field.kind, matchedText: field.text };
}

function buildFields(entries: readonly SearchableEntry[]): Field[] {
  const fields: Field[] = [];
  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    const add = (kind: MatchField, text: string) => {
      const tokens = searchTokens(text);
      const joined = tokens.join(' ');
      // Each spelling once; forms that fold alike stay apart so the one typed letter for letter wins.
      const lower = text.toLowerCase();
      if (!joined || seen.has(lower)) return;
      seen.add(lower);
      fields.push({ entry: index, kind, text, tokens, joined, cyrillic: CYRILLIC.test(text), lower });
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

/**
 * Each entry's place among equal scores: the more prominent first ("Зеленс" → the president
 * before Olena Zelenska), then title order. Precomputed, so ties sort without a compare per pair.
 */
function tieBreakRanks(entries: readonly SearchableEntry[]): Int32Array {
  const ranks = new Int32Array(entries.length);
  entries
    .map((entry, index) => ({ title: entry.title, prominence: entry.prominence ?? 0, index }))
    .sort((a, b) => b.prominence - a.prominence || a.title.localeCompare(b.title))
    .forEach(({ index }, position) => (ranks[index] = position));
  return ranks;
}
