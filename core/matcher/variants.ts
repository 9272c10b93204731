/**
 * Aliases derived from an entry's own at build time (core/match-index.ts writes them into
 * the content script's matching index, so pages pay neither the derivation nor its code),
 * so entries list each name once and every entry gets the same systematic variants:
 * - compounds written joined: "full-scale invasion" → "fullscale invasion" (the text's
 *   hyphen or space inside an alias word is the walker's job, see walker.ts);
 * - the Ukrainian closed-syllable і that turns into о/е when the word declines
 *   ("договір" → "договору", "рік" → "року");
 * - for people: "Sir"/"Dame" with the first name ("Sir Keir"), and for names transliterated
 *   from Cyrillic the spellings outlets print: -y/-yi/-iy/-yy/-ii/-ij/-yj/-i endings
 *   (Zelensky, Zelenskyi, Zelenski; Vitaliy, Vitalii, Vitaly) and an initial H/G
 *   (Horokhovsky, Gorokhovsky).
 * - Polish: the dative/locative with a changed consonant ("szczyt" → "szczycie", "Poroszenko"
 *   → "Poroszence", "Rada" → "Radzie"), which no stem plus ending reaches;
 * - Ukrainian/Russian: a woman's foreign name whose surname does not decline ("Кая Каллас"
 *   → "Каєю Каллас", "Каей Каллас"): the given name's case forms with the surname as written.
 * Titles in front of a name ("President", "пан") are context, not aliases: see titles.ts.
 */
import type { Alias, MatchEntry } from '../../data/schema';

const LETTER_HYPHEN_LETTER = /(\p{L})[-\u2010\u2011](?=\p{L})/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** A Latin word ending in a transliterated -ий/-ій/-ї: consonant + one of these. */
const SOFT_ENDING = /^(.{3,}[^aeiouy])(yy|yi|iy|ii|ij|yj|y|i)$/i;
const SOFT_ENDINGS = ['y', 'yi', 'iy', 'yy', 'ii', 'i'];
/** Ukrainian: a last-syllable і between consonants alternates with о/е in the other cases. */
const CLOSED_I = /^(.{2,}[бвгґджзклмнпрстфхцчшщ])і([бвгґджзклмнпрстфхцчшщ]+)$/u;
/**
 * Caps the variants of one alias: products of per-word choices grow fast (a three-word name
 * with four spellings each is 64). Sixteen keeps every spelling of a two-word name and the
 * commonest of longer ones, at a bounded cost in index size.
 */
const MAX_VARIANTS = 16;

/** Derived aliases of `entry`, none equal to one of its own. */
export function derivedAliases(entry: MatchEntry): Alias[] {
  const own = new Set(entry.aliases.map((a) => a.text.toLowerCase()));
  const out: Alias[] = [];
  const add = (alias: Alias) => {
    const key = alias.text.toLowerCase();
    if (own.has(key)) return;
    own.add(key);
    out.push(alias);
  };
  const fromCyrillic = entry.aliases.some((a) => CYRILLIC.test(a.text));
  for (const alias of entry.aliases) {
    if (alias.caseSensitive) continue;
    if (LETTER_HYPHEN_LETTER.test(alias.text)) add(withText(alias, alias.text.replace(LETTER_HYPHEN_LETTER, '$1')));
    LETTER_HYPHEN_LETTER.lastIndex = 0;
    if (alias.lang === 'uk') for (const variant of closedSyllableVariants(alias)) add(variant);
    if (alias.lang === 'pl') for (const variant of polishAlternationVariants(alias)) add(variant);
    if (entry.kind === 'person' && (alias.lang === 'uk' || alias.lang === 'ru')) for (const variant of feminineGivenNameVariants(alias)) add(variant);
    if (entry.kind !== 'person' || alias.lang !== 'en') continue;
    const words = alias.text.split(' ');
    if (words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!)) {
      add({ text: `Sir ${words[0]}`, lang: 'en' });
      add({ text: `Dame ${words[0]}`, lang: 'en' });
    }
    if (fromCyrillic) for (const text of spellings(words)) add(withText(alias, text));
  }
  return out;
}

function withText(alias: Alias, text: string): Alias {
  const { stems: _stems, ...rest } = alias;
  return { ...rest, text };
}

/** Transliteration spellings of a Latin name, word by word (see the module comment). */
function spellings(words: string[]): string[] {
  let texts = [''];
  for (const word of words) {
    const forms = new Set([word]);
    const soft = SOFT_ENDING.exec(word);
    if (soft) for (const ending of SOFT_ENDINGS) forms.add(soft[1] + ending);
    for (const form of [...forms]) {
      if (form[0] === 'H') forms.add(`G${form.slice(1)}`);
      if (form[0] === 'G') forms.add(`H${form.slice(1)}`);
    }
    texts = texts.flatMap((t) => [...forms].map((f) => (t ? `${t} ${f}` : f))).slice(0, MAX_VARIANTS);
  }
  return texts;
}

/** "мирний договір" → "мирний договор" (stem for договору, договором), with the alias's stems kept. */
function closedSyllableVariants(alias: Alias): Alias[] {
  const words = alias.text.split(' ');
  const out: Alias[] = [];
  words.forEach((word, i) => {
    const m = CLOSED_I.exec(word);
    if (!m || word.length < 5) return;
    for (const vowel of ['о', 'е']) {
      const text = [...words.slice(0, i), `${m[1]}${vowel}${m[2]}`, ...words.slice(i + 1)].join(' ');
      const stems = alias.stems?.map((stem, j) => (j === i ? `${m[1]}${vowel}${m[2]}` : stem));
      out.push({ ...alias, text, ...(stems ? { stems } : {}) });
    }
  });
  return out;
}

/**
 * Polish consonant alternation before the dative/locative -e: a hard stem consonant softens
 * ("szczyt" → "szczycie", "Bukareszt" → "Bukareszcie", "Rada" → "Radzie", "Poroszenko" →
 * "Poroszence"). Longest first. k/g/ch alternate only in -a/-o words (masculine nouns in -k
 * take -u: "Orzeszniku").
 */
const PL_ALTERNATIONS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['st', 'ście', true], ['zd', 'ździe', true], ['sł', 'śle', true], ['ch', 'sze', false],
  ['t', 'cie', true], ['d', 'dzie', true], ['r', 'rze', true], ['ł', 'le', true], ['k', 'ce', false], ['g', 'dze', false],
];
const PL_WORD = /^\p{L}{4,}$/u;

/** "szczyt NATO w Hadze" → "szczycie NATO w Hadze", one word at a time, stems kept for the others. */
function polishAlternationVariants(alias: Alias): Alias[] {
  if (alias.caseSensitive || alias.inflect === false) return [];
  const words = alias.text.split(' ');
  const out: Alias[] = [];
  words.forEach((word, i) => {
    if (!PL_WORD.test(word) || word === word.toUpperCase()) return;
    const vowelFinal = /[ao]$/.test(word);
    const stem = vowelFinal ? word.slice(0, -1) : word;
    const rule = PL_ALTERNATIONS.find(([from, , consonantFinal]) => stem.endsWith(from) && (vowelFinal || consonantFinal));
    if (!rule) return;
    const form = stem.slice(0, -rule[0].length) + rule[1];
    const text = [...words.slice(0, i), form, ...words.slice(i + 1)].join(' ');
    const stems = alias.stems?.map((s, j) => (j === i ? form : s));
    out.push({ ...alias, text, ...(stems ? { stems } : {}) });
  });
  return out;
}

/** Case endings of a feminine given name in -а/-я (uk and ru together, as news quote both). */
const FEMININE_CASES: Readonly<Record<'uk' | 'ru', Record<string, readonly string[]>>> = {
  uk: { а: ['и', 'і', 'у', 'ою'], я: ['ї', 'і', 'ю', 'єю', 'ею'] },
  ru: { а: ['ы', 'и', 'е', 'у', 'ой', 'ою'], я: ['и', 'е', 'ю', 'ей', 'ею'] },
};
/** A surname that stays as written in every case: it ends in a consonant (Каллас, Бербок, Гарріс). */
const INDECLINABLE_SURNAME = /[бвгґджзклмнпрстфхцчшщ]$/u;

/** "Кая Каллас" → "Каї Каллас", "Каєю Каллас"…: only the given name declines, so each form is exact. */
function feminineGivenNameVariants(alias: Alias): Alias[] {
  const words = alias.text.split(' ');
  if (words.length !== 2) return [];
  const [given, surname] = words as [string, string];
  const last = given.slice(-1);
  const endings = FEMININE_CASES[alias.lang as 'uk' | 'ru'][last];
  if (!endings || given.length < 3 || !INDECLINABLE_SURNAME.test(surname)) return [];
  return endings.map((ending) => ({ text: `${given.slice(0, -1)}${ending} ${surname}`, lang: alias.lang, inflect: false }));
}
