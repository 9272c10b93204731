/** Alias expansion: one KB alias → normalised words with stems, ending sets and typo budget. */
import type { Alias } from '../../data/schema';
import { normalizeText } from '../normalize';
import { LOWER_CASE, UPPER_CASE, WORD, charClass, letterCase } from './chars';
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

const MIN_TYPO_LENGTH = 7;
const MIN_TWO_TYPOS_LENGTH = 14;
const cursor = new SymbolCursor();
/** Symbol ranges [from, to) of the words of the alias being expanded (reused: no per-alias arrays). */
let wordFrom = new Int32Array(16);
let wordTo = new Int32Array(16);

/** Finds the words (runs of non-separator symbols) of the normalised alias; returns their count. */
function splitWords(): number {
  const { kinds, length } = cursor;
  let count = 0;
  let start = -1;
  for (let k = 0; k <= length; k++) {
    if (k < length && kinds[k] !== K_SEP) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      if (count === wordFrom.length) [wordFrom, wordTo] = [grow(wordFrom), grow(wordTo)];
      wordFrom[count] = start;
      wordTo[count++] = k;
      start = -1;
    }
  }
  return count;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
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

/** Two or more letters, all capitals ("NATO", "НАТО"), in the raw text of symbols [from, to). */
function isAcronym(text: string, from: number, to: number): boolean {
  let upper = 0;
  for (let i = cursor.starts[from]!, end = cursor.ends[to - 1]!; i < end; i++) {
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
  cursor.reset(text, 0);
  cursor.drain();
  const count = splitWords();
  let units = 0;
  for (let w = 0; w < count; w++) units += wordTo[w]! - wordFrom[w]!;
  if (units < 2) return null;
  const caseSensitive = alias.caseSensitive === true;
  const stems = alias.stems?.length === count ? alias.stems : undefined;
  const words: AliasWord[] = [];
  for (let w = 0; w < count; w++) {
    const from = wordFrom[w]!;
    const to = wordTo[w]!;
    const form = foldedText(text, from, to);
    // Acronyms ("NATO", "НАТО", "G7") never decline, pluralise or take typos; case-sensitive
    // names still decline ("Trumps", "Громадського"), their case is checked on the match.
    const fixed = !lettersOnly(from, to) || isAcronym(text, from, to);
    const explicitStem = (stems && normalizeText(stems[w]!)) || undefined;
    const { stem, sets } = stemWord({ word: form, lang: alias.lang, isLast: w === count - 1, fixed, inflect: alias.inflect, explicitStem });
    words.push({
      form,
      stem,
      sets,
      fromKb: explicitStem !== undefined && stem !== form,
      typoEdits: caseSensitive ? 0 : typoBudget(form.length, fixed),
      proper: letterCase(text.charCodeAt(cursor.starts[from]!)) === UPPER_CASE,
    });
  }
  return { words, caseLetters: caseSensitive ? lettersAndDigits(text) : undefined };
}
