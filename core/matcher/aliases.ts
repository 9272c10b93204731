/** Alias expansion: one KB alias → normalised words with stems, ending sets and typo budget. */
import type { Alias } from '../../data/schema';
import { normalizeText } from '../normalize';
import { SET_EXACT, stemWord } from './inflection';

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

const SEPARATORS = /[\s\p{Pd}\u00ad\u200b-\u200d\u2060\ufeff]+/u;
const NOT_LETTER = /[^\p{L}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const WORD_CHARS = /[\p{L}\p{N}]/gu;
const MIN_TYPO_LENGTH = 7;
const MIN_TWO_TYPOS_LENGTH = 14;

/** Acronyms ("NATO", "НАТО", "G7") never decline, pluralise or take typos. */
function isAcronym(raw: string | undefined): boolean {
  return raw !== undefined && raw.length >= 2 && !LOWER.test(raw) && UPPER.test(raw);
}

function typoBudget(word: string, fixed: boolean, caseSensitive: boolean): number {
  if (fixed || caseSensitive || NOT_LETTER.test(word)) return 0;
  if (word.length >= MIN_TWO_TYPOS_LENGTH) return 2;
  return word.length >= MIN_TYPO_LENGTH ? 1 : 0;
}

/** Expands an alias; null when it normalises to fewer than two characters. */
export function expandAlias(alias: Alias): ExpandedAlias | null {
  const normalized = normalizeText(alias.text);
  if (normalized.length < 2) return null;
  const forms = normalized.split(/[ -]+/);
  const rawWords = alias.text.trim().split(SEPARATORS).filter(Boolean);
  const shapesKnown = rawWords.length === forms.length;
  const stems = alias.stems?.length === forms.length ? alias.stems.map(normalizeText) : undefined;
  const caseSensitive = alias.caseSensitive === true;
  const words = forms.map((form, i): AliasWord => {
    const raw = shapesKnown ? rawWords[i] : undefined;
    const fixed = caseSensitive || isAcronym(raw) || NOT_LETTER.test(form);
    const { stem, sets } = stemWord({
      word: form,
      lang: alias.lang,
      isLast: i === forms.length - 1,
      fixed,
      inflect: alias.inflect,
      explicitStem: caseSensitive ? undefined : stems?.[i] || undefined,
    });
    const proper = raw !== undefined && UPPER.test(raw.charAt(0));
    const fromKb = !caseSensitive && stems?.[i] !== undefined && stem !== form;
    return { form, stem, sets: caseSensitive ? SET_EXACT : sets, fromKb, typoEdits: typoBudget(form, fixed, caseSensitive), proper };
  });
  const caseLetters = caseSensitive ? (alias.text.match(WORD_CHARS) ?? []).join('') : undefined;
  return { words, caseLetters };
}
