import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandAlias } from '../../../core/matcher/aliases';
import { normalizeText, normalizeWithMap } from '../../../core/matcher/normalize';

/**
 * Alias expansion reads most aliases on a fast path (letters and digits that fold to one
 * unit, spaces, dashes) and the rest through the general normaliser. Whichever path an
 * alias takes, its words must be the general normaliser's words.
 */
const PLAIN_UNITS = [...'abcxyzABCXYZ0123456789łŁøéÉüÜабвгґєіїАБВГҐЄІЇщЩйЙ', ' ', '-', '–', '—', '\u00a0'];
/** Units that send an alias to the general path: marks, soft hyphens, quotes, ß, ligatures, NFD letters. */
const OTHER_UNITS = ['\u00ad', '\u0301', '’', "'", '"', 'ß', 'æ', 'e\u0301', 'ё', '.', '\u200b', 'İ'];

const aliasText = (units: string[]) => fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));

/** The general normaliser's words, and for each the raw offset it starts at. */
function generalWords(text: string): Array<{ form: string; start: number }> {
  const { text: normalised, start } = normalizeWithMap(text);
  const words: Array<{ form: string; start: number }> = [];
  for (const match of normalised.matchAll(/[^ -]+/g)) words.push({ form: match[0], start: start[match.index]! });
  return words;
}

describe('alias expansion', () => {
  it.each([
    ['plain aliases (the fast path)', PLAIN_UNITS],
    ['aliases with marks, quotes and invisible units (the general path)', [...PLAIN_UNITS, ...OTHER_UNITS]],
  ])('%s: the words are the general normaliser’s', (_, units) => {
    fc.assert(
      fc.property(aliasText(units), (text) => {
        const expanded = expandAlias({ text, lang: 'en' });
        const general = generalWords(text);
        if (expanded === null) {
          // Only an alias of fewer than two units is refused.
          expect(normalizeText(text).replace(/[ -]/g, '').length).toBeLessThan(2);
          return;
        }
        expect(expanded.words.map((w) => w.form)).toEqual(general.map((w) => w.form));
        // A word is a name when its first raw letter is a capital, whichever path read it.
        expect(expanded.words.map((w) => w.proper)).toEqual(general.map((w) => /\p{Lu}/u.test(text.charAt(w.start))));
      }),
      { numRuns: 2000 },
    );
  });
});
