/**
 * Case rules for case-sensitive aliases ("UN", "Trump", "Lombard"): the letters of a match
 * must have the case they have in the KB, except in all-caps text (a shouted headline),
 * where capitals say nothing. Letters past the alias (an ending, as in "Trumps") must be
 * lower case unless the text is shouting.
 */
import { LOWER_CASE, UPPER_CASE, WORD, charClass, letterCase } from './chars';

/** Whether `text` has capitals and no lower-case letters at all. */
export function isShouting(text: string): boolean {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const letter = letterCase(text.charCodeAt(i));
    if (letter === LOWER_CASE) return false;
    if (letter === UPPER_CASE) upper = true;
  }
  return upper;
}

/** Whether the match `text[start, end)` has the case of `letters` (the alias's letters and digits). */
export function caseFits(text: string, start: number, end: number, letters: string, shouting: boolean): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (charClass(c) !== WORD) continue;
    const expected = k < letters.length ? letterCase(letters.charCodeAt(k)) : LOWER_CASE;
    k++;
    const actual = letterCase(c);
    if (actual === expected || actual === 0 || expected === 0 || (shouting && actual === UPPER_CASE)) continue;
    return false;
  }
  return true;
}
