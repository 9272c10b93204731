/**
 * Word endings per language, and the stemming of alias words. A stem matches a text
 * word only when the word continues with an ending from the stem's set and then ends.
 * All strings here are in normalised form (lower case, Latin diacritics folded).
 */
import type { Lang } from '../../data/schema';

/** Ending sets, as bit masks so a trie node can allow several. */
export const SET_EXACT = 1; // the word ends where the alias word ends
export const SET_EN = 2; // English plural on the last word: "", s, es
export const SET_EN_Y = 4; // treaty → treaties
export const SET_EAST = 8; // Ukrainian and Russian case endings (one set: news quote both)
export const SET_PL = 16; // Polish case endings
export const SET_DE = 32; // German genitive, plural and adjective endings
export const SET_FR = 64; // French plural
export const ALL_SETS = 127;

const EAST = [
  '', 'а', 'я', 'у', 'ю', 'о', 'е', 'є', 'і', 'ї', 'и', 'ы', 'ь',
  'ом', 'ем', 'єм', 'ою', 'ею', 'єю', 'ів', 'їв', 'ов', 'ев', 'ей', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ові', 'еві', 'єві',
  'ий', 'ій', 'ый', 'ой', 'ого', 'ього', 'его', 'ому', 'ьому', 'ему', 'им', 'ім', 'ым', 'ої', 'ьої', 'ьою',
  'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие', 'их', 'іх', 'ых', 'ими', 'іми', 'ыми',
];
const POLISH = [
  '', 'a', 'u', 'e', 'i', 'y', 'o', 'em', 'ie', 'owi', 'om', 'ow', 'ami', 'ach', 'ego', 'emu', 'ym', 'im', 'ej',
  'ych', 'ich', 'ymi', 'imi', 'iego', 'iemu', 'iej', 'ia', 'iu', 'ii', 'iem', 'owie',
];
const GERMAN = ['', 'e', 'en', 'n', 's', 'es', 'er', 'em', 'ns'];

const SETS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [SET_EXACT, ['']],
  [SET_EN, ['', 's', 'es']],
  [SET_EN_Y, ['y', 'ies']],
  [SET_EAST, EAST],
  [SET_PL, POLISH],
  [SET_DE, GERMAN],
  [SET_FR, ['', 's', 'x']],
];

/**
 * Endings stripped from a dictionary form (nominative) to find an automatic stem, longest
 * first. Only nominative endings: "Лавров" keeps its -ов, which belongs to the stem.
 */
const STRIP_EAST = ['ий', 'ій', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'а', 'я', 'о', 'е', 'є', 'і', 'и', 'ы', 'ь'];
const STRIP: Partial<Record<Lang, readonly string[]>> = {
  uk: STRIP_EAST,
  ru: STRIP_EAST,
  pl: ['ie', 'a', 'o', 'e', 'y', 'i'],
  de: ['en', 'e'],
};
/** The same lists by last letter, so stemming tries only endings the word can have. */
const STRIP_BY_LAST = new Map<Lang, Map<number, string[]>>();
for (const [lang, endings] of Object.entries(STRIP) as Array<[Lang, readonly string[]]>) {
  const byLast = new Map<number, string[]>();
  for (const ending of endings) {
    const last = ending.charCodeAt(ending.length - 1);
    byLast.set(last, [...(byLast.get(last) ?? []), ending]);
  }
  STRIP_BY_LAST.set(lang, byLast);
}
const LANG_SET: Record<Lang, number> = { en: SET_EN, fr: SET_FR, uk: SET_EAST, ru: SET_EAST, pl: SET_PL, de: SET_DE };
const DECLINING: ReadonlySet<Lang> = new Set(['uk', 'ru', 'pl', 'de']);
/** Automatic stems never get shorter than this, so short stems cannot swallow other words. */
const MIN_AUTO_STEM = 4;

export interface Stemmed {
  stem: string;
  sets: number;
}

export interface WordSpec {
  /** Normalised alias word. */
  word: string;
  lang: Lang;
  isLast: boolean;
  /** Acronyms (all capitals), numbers and words with punctuation stay exact. */
  fixed: boolean;
  /** The alias's `inflect` flag. */
  inflect: boolean | undefined;
  /** Normalised explicit stem from the KB, if any. */
  explicitStem: string | undefined;
}

/** The stem and allowed ending sets of one alias word. */
export function stemWord(spec: WordSpec): Stemmed {
  const { word, lang, isLast, fixed, inflect } = spec;
  const set = LANG_SET[lang];
  if (spec.explicitStem !== undefined) return { stem: spec.explicitStem, sets: set | SET_EXACT };
  if (fixed || inflect === false) return { stem: word, sets: SET_EXACT };
  if (!DECLINING.has(lang)) return isLast ? stemPlural(word, set) : { stem: word, sets: SET_EXACT };
  if (inflect !== true && word.length < MIN_AUTO_STEM) return { stem: word, sets: SET_EXACT };
  const minStem = inflect === true ? 2 : MIN_AUTO_STEM;
  for (const ending of STRIP_BY_LAST.get(lang)?.get(word.charCodeAt(word.length - 1)) ?? []) {
    if (word.endsWith(ending) && word.length - ending.length >= minStem) {
      return { stem: word.slice(0, -ending.length), sets: set | SET_EXACT };
    }
  }
  return { stem: word, sets: set | SET_EXACT };
}

/** English/French: "peacekeepers" → "peacekeeper"+{"",s,es}; "treaty" → "treat"+{y,ies}. */
function stemPlural(word: string, set: number): Stemmed {
  if (set === SET_EN && /[^aeiou]y$/.test(word) && word.length >= 4) return { stem: word.slice(0, -1), sets: SET_EN_Y };
  if (set === SET_EN && word.length >= 5 && /[^siuo]s$/.test(word)) return { stem: word.slice(0, -1), sets: SET_EN };
  return { stem: word, sets: set | SET_EXACT };
}

/** A tiny trie of all endings; each node knows in which sets its path is a whole ending. */
export class EndingTrie {
  private readonly edges = new Map<number, number>();
  readonly masks: number[] = [0];
  readonly maxLength: number;

  constructor() {
    let max = 0;
    for (const [bit, endings] of SETS) {
      for (const ending of endings) {
        let node = 0;
        for (let i = 0; i < ending.length; i++) node = this.addChild(node, ending.charCodeAt(i));
        this.masks[node] = (this.masks[node] ?? 0) | bit;
        max = Math.max(max, ending.length);
      }
    }
    this.maxLength = max;
  }

  child(node: number, code: number): number {
    return this.edges.get(node * 65536 + code) ?? -1;
  }

  private addChild(node: number, code: number): number {
    const key = node * 65536 + code;
    let next = this.edges.get(key);
    if (next === undefined) {
      next = this.masks.length;
      this.masks.push(0);
      this.edges.set(key, next);
    }
    return next;
  }
}

export const ENDINGS = new EndingTrie();
