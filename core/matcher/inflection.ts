/**
 * Word endings per language, and the stemming of alias words. A stem matches a text
 * word only when the word continues with an ending from the stem's set and then ends.
 * All strings here are in normalised form (lower case, Latin diacritics folded).
 */
import type { Lang } from '../../data/schema';
import { Trie } from './trie';

/** Ending sets, as bit masks so a trie node can allow several. */
export const SET_EXACT = 1; // the word ends where the alias word ends
export const SET_EN = 2; // English plural on the last word: "", s, es
export const SET_EN_Y = 4; // treaty → treaties
export const SET_EAST = 8; // Ukrainian and Russian case endings (one set: news quote both)
export const SET_PL = 16; // Polish case endings
export const SET_DE = 32; // German genitive, plural and adjective endings
export const SET_FR = 64; // French plural
/**
 * Masculine singular of adjectival words: surnames (Зеленський, Гороховский, Zełenski) and
 * adjectives of masculine names (Будапештський меморандум). Their feminine forms (Зеленська,
 * Zełenska) name another person, so they must not match: this set holds only the
 * masculine case endings after the stem's -к (uk, ru, pl).
 */
export const SET_ADJ_MASC = 128;
export const ALL_SETS = 255;

const EAST = [
  // 'й' ends the genitive plural of -ие/-ія nouns on a stem in -и/-і (соглашени-й, операці-й).
  '', 'а', 'я', 'у', 'ю', 'о', 'е', 'є', 'і', 'ї', 'и', 'ы', 'ь', 'й',
  'ом', 'ем', 'єм', 'ою', 'ею', 'єю', 'ів', 'їв', 'ов', 'ев', 'ей', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ові', 'еві', 'єві',
  'ий', 'ій', 'ый', 'ой', 'ого', 'ього', 'его', 'ому', 'ьому', 'ему', 'им', 'ім', 'ым', 'ої', 'ьої', 'ьою',
  'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие', 'их', 'іх', 'ых', 'ими', 'іми', 'ыми',
  // Nouns in -ій/-ий and -ія/-ия keep their і/и in every case, but the stem strips it with the
  // adjectival -ій/-ий: Андрій → Андр-ія, Евгений → Евген-ия, коаліц-ії, коалиц-ию.
  'ія', 'ію', 'ії', 'ією', 'ієм', 'ієві', 'ия', 'ию', 'ии', 'ией', 'ием',
];
const POLISH = [
  '', 'a', 'u', 'e', 'i', 'y', 'o', 'em', 'ie', 'owi', 'om', 'ow', 'ami', 'ach', 'ego', 'emu', 'ym', 'im', 'ej',
  'ych', 'ich', 'ymi', 'imi', 'iego', 'iemu', 'iej', 'ia', 'iu', 'ii', 'iem', 'owie',
];
const GERMAN = ['', 'e', 'en', 'n', 's', 'es', 'er', 'em', 'ns'];

/** Each ending set with its endings (normalised). */
export const ENDINGS_BY_SET: ReadonlyArray<readonly [number, readonly string[]]> = [
  [SET_EXACT, ['']],
  [SET_EN, ['', 's', 'es']],
  [SET_EN_Y, ['y', 'ies']],
  [SET_EAST, EAST],
  [SET_PL, POLISH],
  [SET_DE, GERMAN],
  [SET_FR, ['', 's', 'x']],
  [SET_ADJ_MASC, ['ий', 'ый', 'ого', 'ому', 'им', 'ім', 'ом', 'i', 'iego', 'iemu', 'im']],
];

/**
 * Endings stripped from a dictionary form (nominative) to find an automatic stem, longest
 * first. Only nominative endings: "Лавров" keeps its -ов, which belongs to the stem.
 */
// The last 'й' only after е/а/у/є/ї/я/ю (checked in stemWordBySet): Андрей → Андре-я, Николай → Никола-ю.
const STRIP_EAST = ['ий', 'ій', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'а', 'я', 'о', 'е', 'є', 'і', 'и', 'ы', 'ь', 'й'];
const VOWEL_BEFORE_Й = 'еауєїяю';
const STRIP: Partial<Record<Lang, readonly string[]>> = {
  uk: STRIP_EAST,
  ru: STRIP_EAST,
  pl: ['ie', 'a', 'o', 'e', 'y', 'i'],
  de: ['en', 'e'],
};
const LANG_SET: Record<Lang, number> = { en: SET_EN, fr: SET_FR, uk: SET_EAST, ru: SET_EAST, pl: SET_PL, de: SET_DE };
const DECLINING: ReadonlySet<Lang> = new Set(['uk', 'ru', 'pl', 'de']);

/** What stemming needs per language, in one lookup (stemming runs for every alias word). */
interface LangStemming {
  set: number;
  declines: boolean;
  /** The strip list by last letter, so stemming tries only endings the word can have. */
  stripByLast: Map<number, string[]>;
}

const STEMMING = {} as Record<Lang, LangStemming>;
for (const lang of Object.keys(LANG_SET) as Lang[]) {
  const stripByLast = new Map<number, string[]>();
  for (const ending of STRIP[lang] ?? []) {
    const last = ending.charCodeAt(ending.length - 1);
    stripByLast.set(last, [...(stripByLast.get(last) ?? []), ending]);
  }
  STEMMING[lang] = { set: LANG_SET[lang], declines: DECLINING.has(lang), stripByLast };
}
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

/** Masculine adjectival forms (normalised): -ський/-цький/-зький, -ский/-цкий, Polish -ski/-cki. */
const MASC_ADJECTIVE = /(?:[сцз]ьк|[сц]к)(?:ий|ый)$|(?:sk|ck|dzk)i$/;

/** The stem and allowed ending sets of one alias word. */
export function stemWord(spec: WordSpec): Stemmed {
  const stemmed = stemWordBySet(spec);
  // An adjectival word keeps its gender: only masculine endings after the stem's -к.
  if (stemmed.sets !== SET_EXACT && STEMMING[spec.lang].declines && spec.lang !== 'de' && MASC_ADJECTIVE.test(spec.word)) {
    const stem = spec.word.slice(0, spec.word.search(/[ийыi]+$/));
    if (stemmed.stem.length <= stem.length) return { stem, sets: SET_ADJ_MASC };
  }
  return stemmed;
}

function stemWordBySet(spec: WordSpec): Stemmed {
  const { word, isLast, fixed, inflect } = spec;
  const { set, declines, stripByLast } = STEMMING[spec.lang];
  if (spec.explicitStem !== undefined) return { stem: spec.explicitStem, sets: set | SET_EXACT };
  if (fixed || inflect === false) return { stem: word, sets: SET_EXACT };
  if (!declines) return isLast ? stemPlural(word, set) : { stem: word, sets: SET_EXACT };
  if (inflect !== true && word.length < MIN_AUTO_STEM) return { stem: word, sets: SET_EXACT };
  const minStem = inflect === true ? 2 : MIN_AUTO_STEM;
  const endings = stripByLast.get(word.charCodeAt(word.length - 1));
  if (endings !== undefined) {
    for (const ending of endings) {
      if (word.endsWith(ending) && word.length - ending.length >= minStem) {
        if (ending === 'й' && !VOWEL_BEFORE_Й.includes(word.charAt(word.length - 2))) continue;
        return { stem: word.slice(0, -ending.length), sets: set | SET_EXACT };
      }
    }
  }
  return { stem: word, sets: set | SET_EXACT };
}

/** English/French: "peacekeepers" → "peacekeeper"+{"",s,es}; "treaty" → "treat"+{y,ies}. */
function stemPlural(word: string, set: number): Stemmed {
  if (set === SET_EN && word.length >= 4 && endsWithAfter(word, 0x79, 'aeiou')) return { stem: word.slice(0, -1), sets: SET_EN_Y };
  if (set === SET_EN && word.length >= 5 && endsWithAfter(word, 0x73, 'siuo')) return { stem: word.slice(0, -1), sets: SET_EN };
  return { stem: word, sets: set | SET_EXACT };
}

/** Whether `word` ends in `last` after a unit not in `notBefore` (as /[^…]y$/, without a regex per word). */
function endsWithAfter(word: string, last: number, notBefore: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === last && !notBefore.includes(word.charAt(n - 2));
}

/**
 * A tiny trie of all endings; each node knows in which sets its path is a whole ending.
 * Typed arrays (the alias trie's structure) rather than a Map: it is read per symbol
 * wherever a stem may end.
 */
export class EndingTrie {
  private readonly trie = new Trie(256);
  readonly masks: Uint8Array;
  readonly maxLength: number;

  constructor() {
    const masks: number[] = [0];
    let max = 0;
    for (const [bit, endings] of ENDINGS_BY_SET) {
      for (const ending of endings) {
        let node = 0;
        for (let i = 0; i < ending.length; i++) node = this.trie.addChild(node, ending.charCodeAt(i));
        masks[node] = (masks[node] ?? 0) | bit;
        max = Math.max(max, ending.length);
      }
    }
    this.masks = Uint8Array.from({ length: this.trie.nodeCount }, (_, node) => masks[node] ?? 0);
    this.maxLength = max;
  }

  /** Child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    return this.trie.child(node, code);
  }
}

export const ENDINGS = new EndingTrie();
