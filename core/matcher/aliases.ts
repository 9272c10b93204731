/** Alias expansion: one KB alias → normalised words with stems, ending sets and typo budget. */
import type { Alias } from '../../data/schema';
import { normalizeText } from './normalize';
import { doubled } from './buffers';
import { CLASSES, DASH, FOLDS, LOWER_CASE, SPACE, UPPER_CASE, WORD, charClass, letterCase } from './chars';
import { K_SEP, K_WORD, SymbolCursor } from './cursor';
import { stemWord } from './inflection';

export interface AliasWord {
  /** Normalised full word, as written in the KB. */
  form: string;
  /** What the text word must start with; the rest must be an ending from `sets`. */
  stem: string;
  sets: number;
  /**
   * The stem came from the KB: authors give the shortest shared prefix ("Trójk" for
   * Trójkąt/Trójkąta, "миротвор" for миротворці/миротворців), so every prefix of the
   * form from the stem on may take an ending.
   */
  fromKb: boolean;
  /** Edits a typo may make in this word: 0 (exact only), 1 (≥ 7 letters) or 2 (≥ 14). */
  typoEdits: number;
  /** Written with an initial capital in the KB (a name rather than a common word). */
  proper: boolean;
}

export interface ExpandedAlias {
  words: AliasWord[];
  /** For case-sensitive aliases: the letters and digits, as written. */
  caseLetters: string | undefined;
}

/**
 * The typo budget of an alias word by its length. Under 7 letters one edit too often lands
 * on another real word ("Merz"/"Mars", "Rada"/"Roda"), so short words match exactly; from
 * 14 a word is long enough that two slips still leave nothing else it could be.
 */
const MIN_TYPO_LENGTH = 7;
const MIN_TWO_TYPOS_LENGTH = 14;
const cursor = new SymbolCursor();
/**
 * The words of the alias being expanded (reused: no per-alias arrays): raw ranges
 * [from, to), folded forms, and whether a word holds anything but letters.
 */
// 16 words: more than any alias has (the KB's longest has 9); they double if one ever has more.
let wordFrom = new Int32Array(16);
let wordTo = new Int32Array(16);
let nonLetters = new Uint8Array(16);
const forms: string[] = [];
/** Normalised units in all words of the alias being expanded. */
let wordUnits = 0;

function setWord(w: number, from: number, to: number, form: string, nonLetter: boolean): void {
  if (w === wordFrom.length) {
    wordFrom = doubled(wordFrom);
    wordTo = doubled(wordTo);
    nonLetters = doubled(nonLetters);
  }
  wordFrom[w] = from;
  wordTo[w] = to;
  nonLetters[w] = nonLetter ? 1 : 0;
  forms[w] = form;
  wordUnits += form.length;
}

/**
 * Fast path for the common alias: only letters and digits that fold to one unit,
 * separated by spaces and dashes. Each raw unit is then one symbol, so the words are
 * read straight from the text without the general normaliser. Returns the word count,
 * or -1 when the text needs the general path (marks, soft hyphens, quotes, "ß", ...).
 */
function plainWords(text: string): number {
  const n = text.length;
  let count = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const cls = CLASSES[c] || charClass(c);
    if (cls === SPACE || cls === DASH) {
      i++;
      continue;
    }
    if (cls !== WORD) return -1;
    const from = i;
    let headFolds = false; // the first unit changes when folded (a capital)
    let restFolds = false;
    let nonLetter = false;
    for (; i < n; i++) {
      const u = text.charCodeAt(i);
      const uCls = CLASSES[u] || charClass(u);
      if (uCls !== WORD) {
        if (uCls === SPACE || uCls === DASH) break;
        return -1;
      }
      const f = FOLDS[u]!;
      if (f === 0) return -1;
      if (f !== u) {
        if (i === from) headFolds = true;
        else restFolds = true;
      }
      if (f >= 0x30 && f <= 0x39) nonLetter = true;
    }
    // Most words are lower case but for a capital first letter: one slice, not a unit-by-unit concatenation.
    let form: string;
    if (restFolds) form = foldedRaw(text, from, i);
    else if (headFolds) form = String.fromCharCode(FOLDS[c]!) + text.slice(from + 1, i);
    else form = text.slice(from, i);
    setWord(count++, from, i, form, nonLetter);
  }
  return count;
}

/** Folds of the raw units [from, to), all classified single-unit letters. */
function foldedRaw(text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += String.fromCharCode(FOLDS[text.charCodeAt(i)]!);
  return out;
}

/** The general path: normalises the alias with the symbol cursor; returns the word count. */
function normalisedWords(text: string): number {
  cursor.reset(text, 0);
  cursor.drain();
  const { kinds, length, starts, ends } = cursor;
  let count = 0;
  let start = -1;
  for (let k = 0; k <= length; k++) {
    if (k < length && kinds[k] !== K_SEP) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      setWord(count++, starts[start]!, ends[k - 1]!, foldedText(text, start, k), !lettersOnly(start, k));
      start = -1;
    }
  }
  return count;
}

/**
 * The folded units of symbols [from, to) as a string. Most alias words are already in
 * folded form except perhaps a capital first letter, so the rest is one slice of the raw
 * text rather than a concatenation per unit (which made expansion allocation-bound).
 */
function foldedText(text: string, from: number, to: number): string {
  const { codes, starts, ends } = cursor;
  let same = from + 1;
  while (same < to && ends[same - 1] === starts[same] && ends[same] === starts[same]! + 1 && text.charCodeAt(starts[same]!) === codes[same]) same++;
  if (same === to && ends[from] === starts[from]! + 1 && (from + 1 === to || ends[from] === starts[from + 1])) {
    const head = codes[from]!;
    const rest = text.slice(starts[from]! + 1, ends[to - 1]!);
    return text.charCodeAt(starts[from]!) === head ? text.charAt(starts[from]!) + rest : String.fromCharCode(head) + rest;
  }
  let out = '';
  for (let k = from; k < to; k++) out += String.fromCharCode(codes[k]!);
  return out;
}

/** Only letters (no digits, no punctuation) in symbols [from, to). */
function lettersOnly(from: number, to: number): boolean {
  const { codes, kinds } = cursor;
  for (let k = from; k < to; k++) if (kinds[k] !== K_WORD || (codes[k]! >= 0x30 && codes[k]! <= 0x39)) return false;
  return true;
}

/** Two or more letters, all capitals ("NATO", "НАТО"), in the raw text [from, to). */
function isAcronym(text: string, from: number, to: number): boolean {
  let upper = 0;
  for (let i = from; i < to; i++) {
    const letter = letterCase(text.charCodeAt(i));
    if (letter === LOWER_CASE) return false;
    if (letter === UPPER_CASE) upper++;
  }
  return upper >= 2;
}

function typoBudget(length: number, fixed: boolean): number {
  if (fixed) return 0;
  if (length >= MIN_TWO_TYPOS_LENGTH) return 2;
  return length >= MIN_TYPO_LENGTH ? 1 : 0;
}

function lettersAndDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (charClass(text.charCodeAt(i)) === WORD) out += text.charAt(i);
  return out;
}

/** Expands an alias; null when it normalises to fewer than two characters. */
export function expandAlias(alias: Alias): ExpandedAlias | null {
  const text = alias.text;
  wordUnits = 0;
  let count = plainWords(text);
  if (count < 0) {
    wordUnits = 0;
    count = normalisedWords(text);
  }
  if (wordUnits < 2) return null;
  const caseSensitive = alias.caseSensitive === true;
  const stems = alias.stems?.length === count ? alias.stems : undefined;
  const words: AliasWord[] = [];
  for (let w = 0; w < count; w++) {
    const from = wordFrom[w]!;
    const to = wordTo[w]!;
    const form = forms[w]!;
    // Acronyms ("NATO", "НАТО", "G7") never decline, pluralise or take typos; case-sensitive
    // names still decline ("Trumps", "Громадського"), their case is checked on the match.
    const fixed = nonLetters[w] === 1 || isAcronym(text, from, to);
    const explicitStem = (stems && normalizeText(stems[w]!)) || undefined;
    const { stem, sets } = stemWord({ word: form, lang: alias.lang, isLast: w === count - 1, fixed, inflect: alias.inflect, explicitStem });
    words.push({
      form,
      stem,
      sets,
      fromKb: explicitStem !== undefined && stem !== form,
      typoEdits: caseSensitive ? 0 : typoBudget(form.length, fixed),
      proper: letterCase(text.charCodeAt(from)) === UPPER_CASE,
    });
  }
  return { words, caseLetters: caseSensitive ? lettersAndDigits(text) : undefined };
}
