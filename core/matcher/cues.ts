/**
 * The cue syntax of context rules (data/schema.ts `Disambiguation`), compiled to regular
 * expressions over normalised text:
 * - a plain cue is a whole word or phrase; each word may take the inflectional endings
 *   of its language, found from its letters: Cyrillic words the Ukrainian/Russian case
 *   endings ("альянс" → "альянсу"), words with Polish or German letters those languages'
 *   endings, other Latin words the English plural and, from five letters on, the German
 *   and French endings ("Allianz" → "Allianzen"). Shorter Latin words take only -s/-es,
 *   because a short stem plus an ending is often another word ("war" + "n").
 * - a cue ending in `*` is a prefix of a word: "Ukrain*" matches "Ukrainian".
 * Acronyms and words with digits match exactly ("NATO", "2014").
 */
import type { Lang } from '../../data/schema';
import { normalizeText } from '../normalize';
import { ENDINGS_BY_SET, SET_DE, SET_EN, SET_EXACT, SET_FR, stemWord } from './inflection';

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\/]/g;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const POLISH = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;
const GERMAN = /[äöüßÄÖÜ]/;
const MIN_LATIN_INFLECTED = 5;

const escape = (s: string) => s.replace(REGEX_SPECIALS, '\\$&');

/** The language whose endings a cue word takes. */
function cueLang(raw: string): Lang {
  if (CYRILLIC.test(raw)) return 'uk';
  if (POLISH.test(raw)) return 'pl';
  if (GERMAN.test(raw)) return 'de';
  return 'en';
}

const alternations = new Map<number, string>();

/** `(?:…)` of every ending in `sets`, longest first. */
function endingGroup(sets: number): string {
  let group = alternations.get(sets);
  if (group === undefined) {
    const endings = new Set<string>();
    for (const [bit, list] of ENDINGS_BY_SET) if (sets & bit) for (const e of list) endings.add(e);
    const sorted = [...endings].sort((a, b) => b.length - a.length).map(escape);
    group = `(?:${sorted.join('|')})`;
    alternations.set(sets, group);
  }
  return group;
}

/** Regex source of one word of a plain cue: its stem and the endings its language allows. */
function wordSource(raw: string, word: string): string {
  const fixed = /\d/.test(word) || (raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase());
  if (fixed) return escape(word);
  const lang = cueLang(raw);
  let { stem, sets } = stemWord({ word, lang, isLast: true, fixed: false, inflect: undefined, explicitStem: undefined });
  if (lang === 'en' && sets & SET_EN && word.length >= MIN_LATIN_INFLECTED) sets |= SET_DE | SET_FR;
  return sets === SET_EXACT ? escape(stem) : escape(stem) + endingGroup(sets);
}

/** Regex source of one cue (see the module comment), or undefined for an empty cue. */
export function cueSource(cue: string): string | undefined {
  const prefix = cue.trimEnd().endsWith('*');
  const raw = prefix ? cue.trimEnd().slice(0, -1) : cue;
  const words = normalizeText(raw).split(/[ -]+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const rawWords = raw.trim().split(/[\s\p{Pd}]+/u).filter(Boolean);
  const parts = words.map((word, i) => {
    if (prefix && i === words.length - 1) return escape(word);
    return wordSource(rawWords.length === words.length ? rawWords[i]! : raw, word);
  });
  return parts.join('[ -]+') + (prefix ? '' : '(?![\\p{L}\\p{N}])');
}

/** One global regex for a cue list (any cue, at a word start); undefined when the list is empty. */
export function cueRegex(cues: readonly string[]): RegExp | undefined {
  const sources = cues.map(cueSource).filter((s): s is string => s !== undefined);
  if (sources.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})`, 'gu');
}
