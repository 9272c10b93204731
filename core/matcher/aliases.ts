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

/** A normalised alias word and what its raw spelling says about it. */
interface SplitWord {
  form: string;
  /** Only letters (no digits, no punctuation). */
  lettersOnly: boolean;
  /** Two or more letters, all capitals: "NATO", "НАТО". */
  acronym: boolean;
  capitalised: boolean;
}

const MIN_TYPO_LENGTH = 7;
const MIN_TWO_TYPOS_LENGTH = 14;
const cursor = new SymbolCursor();

function describe(text: string, from: number, to: number): SplitWord {
  const codes = cursor.codes;
  let form = '';
  let lettersOnly = true;
  for (let k = from; k < to; k++) {
    const code = codes[k]!;
    form += String.fromCharCode(code);
    if (cursor.kinds[k] !== K_WORD || (code >= 0x30 && code <= 0x39)) lettersOnly = false;
  }
  let upper = 0;
  for (let i = cursor.starts[from]!; i < cursor.ends[to - 1]!; i++) {
    const letter = letterCase(text.charCodeAt(i));
    if (letter === LOWER_CASE) {
      upper = 0; // any lower-case letter: not an acronym
      break;
    }
    if (letter === UPPER_CASE) upper++;
  }
  const capitalised = letterCase(text.charCodeAt(cursor.starts[from]!)) === UPPER_CASE;
  return { form, lettersOnly, acronym: upper >= 2, capitalised };
}

/** Splits an alias into normalised words at separators, in one pass of the normaliser. */
function splitAlias(text: string): SplitWord[] {
  cursor.reset(text, 0);
  cursor.drain();
  const words: SplitWord[] = [];
  let start = -1;
  for (let k = 0; k <= cursor.length; k++) {
    if (k < cursor.length && cursor.kinds[k] !== K_SEP) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      words.push(describe(text, start, k));
      start = -1;
    }
  }
  return words;
}

function typoBudget(word: SplitWord, fixed: boolean): number {
  if (fixed || !word.lettersOnly) return 0;
  if (word.form.length >= MIN_TWO_TYPOS_LENGTH) return 2;
  return word.form.length >= MIN_TYPO_LENGTH ? 1 : 0;
}

function lettersAndDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (charClass(text.charCodeAt(i)) === WORD) out += text.charAt(i);
  return out;
}

/** Expands an alias; null when it normalises to fewer than two characters. */
export function expandAlias(alias: Alias): ExpandedAlias | null {
  const split = splitAlias(alias.text);
  if (split.reduce((n, w) => n + w.form.length, 0) < 2) return null;
  const caseSensitive = alias.caseSensitive === true;
  const stems = alias.stems?.length === split.length ? alias.stems.map(normalizeText) : undefined;
  const words = split.map((word, i): AliasWord => {
    // Acronyms ("NATO", "НАТО", "G7") never decline, pluralise or take typos; case-sensitive
    // names still decline ("Trumps", "Громадського"), their case is checked on the match.
    const fixed = word.acronym || !word.lettersOnly;
    const explicitStem = stems?.[i] || undefined;
    const { stem, sets } = stemWord({ word: word.form, lang: alias.lang, isLast: i === split.length - 1, fixed, inflect: alias.inflect, explicitStem });
    return {
      form: word.form,
      stem,
      sets,
      fromKb: explicitStem !== undefined && stem !== word.form,
      typoEdits: caseSensitive ? 0 : typoBudget(word, fixed),
      proper: word.capitalised,
    };
  });
  return { words, caseLetters: caseSensitive ? lettersAndDigits(alias.text) : undefined };
}
