/** Compiles KB entries into one trie plus the prefilter tables the scanner probes. */
import type { MatchEntry } from '../../data/schema';
import { type AliasWord, expandAlias } from './aliases';
import { AnchorSet, PairSet } from './anchors';
import { type CueRule, compileRule } from './disambiguation';
import { SET_EXACT } from './inflection';
import { normalizeText } from './normalize';
import { IntBuckets } from './buckets';
import { SEP_CODE, Trie } from './trie';
import { TypoTargets, typoLengthMask } from './typos';

/** Per-alias tables, indexed by alias (typed arrays: cheap to build and to keep). */
export interface AliasTables {
  count: number;
  entry: Int32Array;
  /** 1 for an ambiguous alias (needs its entry's disambiguation rule). */
  ambiguous: Uint8Array;
  /** Ending sets allowed on the alias's last word. */
  lastSets: Uint8Array;
  /** Letters and digits as written, for case-sensitive aliases (sparse). */
  caseLetters: Array<string | undefined>;
}

export interface CompiledKb {
  trie: Trie;
  aliases: AliasTables;
  entryIds: string[];
  /** Lazily compiled disambiguation rule per entry (undefined: none, or not yet compiled). */
  rules: Array<CueRule | undefined>;
  ruleSources: MatchEntry['disambiguation'][];
  /** Per entry: 1 for a person (titles decide its ambiguous aliases). */
  persons: number[];
  /** Per entry, 1 when its rule's anyOf must be met in the match's own window ('local' context). */
  localContext: number[];
  /** Per alias: 1 for a person's one-word alias (a bare surname; see namesakes.ts). */
  surnames: Uint8Array;
  /**
   * Per surname alias of a declining language: its nominative (normalised). Only there is a
   * capitalised word before it a given name; before a declined form it is often a
   * sentence's first noun ("Rozmowa Trumpa").
   */
  nominatives: Array<string | undefined>;
  /** Per entry: 1 for a person or place, whose name may be part of another name ("Kharkiv Street"). */
  namesLike: number[];
  /** Per entry: the normalised words of its aliases (a person's own given names). */
  ownWords: Array<Set<string>>;
  /** Per entry: 1 when its rule has a scope, checked for every alias (not just ambiguous ones). */
  scoped: number[];
  /** First units of every alias's first word (see anchors.ts). */
  anchors: AnchorSet;
  /** Per {@link typoShapeIndex}: mask of word lengths that may be typos of a first alias word. */
  typoLengths: Uint32Array;
  /** Leading unit pairs of first alias words that take typos. */
  typoPairs: PairSet;
  typoTargets: TypoTargets;
  /** First-word typo targets (indices into `typoTargets`) by {@link rootTypoKey}. */
  rootTypos: IntBuckets;
  /** Later-word typo targets by the trie node where that word starts. */
  innerTypos: IntBuckets;
}

/**
 * Root targets are keyed by first unit, word length / 4 and whether the text word is
 * capitalised (names take typos only when capitalised, common words only when not), so
 * a probe sees only a few targets and most running-text words see none.
 */
export function rootTypoKey(first: number, length: number, capitalised: boolean): number {
  // 16 length classes of 4 letters: words of 60 letters and more share the last one.
  return (first * 16 + Math.min(length >> 2, 15)) * 2 + (capitalised ? 1 : 0);
}

/**
 * `typoLengths` has one slot per (first unit mod 512, capitalised): 512 covers Latin,
 * Latin-1 and the Cyrillic block's letters (U+0400–U+04FF) without sharing slots; a rarer
 * first unit may share one, which only lets a word through to the exact check.
 */
const TYPO_FIRST_UNITS = 512;
const TYPO_LENGTH_SLOTS = TYPO_FIRST_UNITS * 2;

/** Index into `typoLengths` for a first unit and capitalisation. */
export function typoShapeIndex(first: number, capitalised: boolean): number {
  return ((first & (TYPO_FIRST_UNITS - 1)) << 1) | (capitalised ? 1 : 0);
}

/**
 * Registers a typo target. The first word of a multi-word alias takes typos only when it
 * is a name: common first words ("security", "nuclear") would send a large share of a
 * page's words to the typo check for little gain.
 */
function addTypoTarget(kb: CompiledKb, startNode: number, word: AliasWord, endNode: number): void {
  const targets = kb.typoTargets;
  const t = targets.add(word, endNode);
  if (startNode !== 0) {
    kb.innerTypos.add(startNode, t);
    return;
  }
  const first = word.form.charCodeAt(0);
  const { proper } = word;
  kb.typoLengths[typoShapeIndex(first, proper)]! |= typoLengthMask(targets, t);
  kb.typoPairs.add(word.form);
  // Keys of consecutive length buckets differ by 2 (see rootTypoKey).
  const lastKey = rootTypoKey(first, targets.maxLength(t) + 1, proper);
  for (let key = rootTypoKey(first, targets.minLength(t) - 1, proper); key <= lastKey; key += 2) kb.rootTypos.add(key, t);
}

/** Inserts the words of one alias from `node` on, recording terminals at the last word's ends. */
function insertWords(kb: CompiledKb, words: AliasWord[], index: number, node: number, alias: number): void {
  const word = words[index]!;
  // The stem, where an ending must follow; a KB stem also lets every longer prefix of the form end the word.
  if (!word.fromKb) insertPath(kb, words, index, node, alias, word.stem, word.stem.length);
  else if (word.form.startsWith(word.stem)) insertPath(kb, words, index, node, alias, word.form, Math.max(1, word.stem.length));
  else {
    insertPath(kb, words, index, node, alias, word.stem, word.stem.length);
    insertPath(kb, words, index, node, alias, word.form, word.form.length);
  }
}

/** Inserts one trie path of word `index`; every node from depth `from` to the end is a word end. */
function insertPath(kb: CompiledKb, words: AliasWord[], index: number, node: number, alias: number, path: string, from: number): void {
  const word = words[index]!;
  const { trie } = kb;
  if (index === 0) kb.anchors.addWord(path, from, word.sets !== SET_EXACT);
  let n = node;
  let created = false; // once a node is new, its children are too: no lookups below it
  for (let depth = 1; depth <= path.length; depth++) {
    const code = path.charCodeAt(depth - 1);
    if (created) n = trie.newChild(n, code);
    else {
      const nodes = trie.nodeCount;
      n = trie.addChild(n, code);
      created = trie.nodeCount !== nodes;
    }
    if (depth >= from) markWordEnd(kb, words, index, n, alias);
  }
  if (word.typoEdits > 0 && (index > 0 || word.proper || words.length === 1)) addTypoTarget(kb, node, word, n);
}

function markWordEnd(kb: CompiledKb, words: AliasWord[], index: number, n: number, alias: number): void {
  const { trie } = kb;
  const sets = words[index]!.sets;
  trie.wordEndSets[n]! |= sets;
  if (index === words.length - 1) {
    trie.addTerminal(n, alias);
    kb.aliases.lastSets[alias]! |= sets;
  } else {
    trie.innerSets[n]! |= sets;
    insertWords(kb, words, index + 1, trie.addChild(n, SEP_CODE), alias);
  }
}

const EMPTY_WORDS: Set<string> = new Set();
const NO_ALIASES: Set<MatchEntry['aliases'][number]> = new Set();

/**
 * A person's surname as the dictionary form in each other language: the first one-word
 * alias per language, unless it extends a given-name-first form (Polish "Trumpa" is
 * "Trump" declined). Later one-word aliases are case forms listed as written.
 */
function nominativeSurnames(entry: MatchEntry, givenNameFirst: ReadonlySet<string>): Set<MatchEntry['aliases'][number]> {
  const seen = new Set<string>();
  const out = new Set<MatchEntry['aliases'][number]>();
  for (const alias of entry.aliases) {
    if (GIVEN_NAME_FIRST.has(alias.lang) || alias.text.includes(' ') || seen.has(alias.lang)) continue;
    seen.add(alias.lang);
    // Also a case of a vowel-final form: Polish "Dudy" is "Duda" declined, not a nominative.
    if (![...givenNameFirst].some((name) => alias.text.startsWith(name) || (/[aeoy]$/.test(name) && name.length >= 4 && alias.text.startsWith(name.slice(0, -1)))))
      out.add(alias);
  }
  return out;
}
const GIVEN_NAME_FIRST: ReadonlySet<string> = new Set(['en', 'de', 'fr']);

/** Builds the matcher tables; entries in `muted` are left out entirely. */
export function compileKb(entries: readonly MatchEntry[], muted: ReadonlySet<string>): CompiledKb {
  const steps = compileKbSteps(entries, muted);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link compileKb} in steps: it pauses after each entry, so a page's first compile (a
 * cold JIT, 20 to 30 ms) can be spread over short tasks by the caller.
 */
export function* compileKbSteps(entries: readonly MatchEntry[], muted: ReadonlySet<string>): Generator<void, CompiledKb, void> {
  let aliasCount = 0;
  let units = 0;
  for (const entry of entries)
    for (const alias of entry.aliases) {
      aliasCount++;
      units += alias.text.length;
    }
  const kb: CompiledKb = {
    trie: new Trie(units, aliasCount),
    aliases: { count: 0, entry: new Int32Array(aliasCount), ambiguous: new Uint8Array(aliasCount), lastSets: new Uint8Array(aliasCount), caseLetters: [] },
    entryIds: [],
    rules: [],
    ruleSources: [],
    persons: [],
    localContext: [],
    scoped: [],
    surnames: new Uint8Array(aliasCount),
    namesLike: [],
    nominatives: [],
    ownWords: [],
    anchors: new AnchorSet(aliasCount),
    typoLengths: new Uint32Array(TYPO_LENGTH_SLOTS),
    typoPairs: new PairSet(aliasCount),
    typoTargets: new TypoTargets(aliasCount),
    rootTypos: new IntBuckets(),
    innerTypos: new IntBuckets(),
  };
  const { aliases } = kb;
  for (const entry of entries) {
    if (muted.size > 0 && muted.has(entry.id)) continue;
    const entryIndex = kb.entryIds.push(entry.id) - 1;
    kb.ruleSources.push(entry.disambiguation);
    kb.rules.push(undefined);
    kb.persons.push(entry.kind === 'person' ? 1 : 0);
    const context = entry.disambiguation?.context ?? (entry.kind === 'concept' ? 'local' : 'page');
    kb.localContext.push(context === 'local' ? 1 : 0);
    kb.scoped.push(entry.disambiguation?.scope ? 1 : 0);
    const person = entry.kind === 'person';
    kb.namesLike.push(person || entry.kind === 'place' ? 1 : 0);
    kb.ownWords.push(person ? new Set(entry.aliases.flatMap((a) => normalizeText(a.text).split(/[ -]+/))) : EMPTY_WORDS);
    // A form listed under a language that puts given names before surnames uninflected (any language's copy of it counts).
    const givenNameFirst = person ? new Set(entry.aliases.filter((a) => GIVEN_NAME_FIRST.has(a.lang)).map((a) => a.text)) : EMPTY_WORDS;
    const nominatives = person ? nominativeSurnames(entry, givenNameFirst) : NO_ALIASES;
    for (const alias of entry.aliases) {
      const ambiguous = alias.ambiguous === true;
      // An ambiguous alias without a rule could never be confirmed: leave it out.
      if (ambiguous && !entry.disambiguation) continue;
      const expanded = expandAlias(alias);
      if (!expanded) continue;
      const index = aliases.count++;
      aliases.entry[index] = entryIndex;
      aliases.ambiguous[index] = ambiguous ? 1 : 0;
      // Only where a given name comes before the surname uninflected: in Polish or Ukrainian a sentence-initial noun does ("Rozmowa Trumpa").
      if (person && expanded.words.length === 1) {
        if (GIVEN_NAME_FIRST.has(alias.lang)) kb.surnames[index] = 1;
        else if (nominatives.has(alias) || givenNameFirst.has(alias.text)) {
          kb.surnames[index] = 1;
          kb.nominatives[index] = expanded.words[0]!.form;
        }
      }
      if (expanded.caseLetters !== undefined) aliases.caseLetters[index] = expanded.caseLetters;
      insertWords(kb, expanded.words, 0, 0, index);
    }
    yield;
  }
  kb.rootTypos.freeze();
  kb.innerTypos.freeze();
  return kb;
}

/** The disambiguation rule of an entry, compiled on first use. */
export function ruleOf(kb: CompiledKb, entry: number): CueRule | undefined {
  const cached = kb.rules[entry];
  if (cached) return cached;
  const source = kb.ruleSources[entry];
  if (!source) return undefined;
  const rule = compileRule(source, kb.persons[entry] === 1, kb.localContext[entry] === 1);
  kb.rules[entry] = rule;
  return rule;
}
