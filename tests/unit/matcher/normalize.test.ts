import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithMap } from '../../../core/matcher/normalize';

describe('normalizeText', () => {
  it.each([
    ['Budapest Memorandum', 'budapest memorandum'],
    ['Trójkąt Weimarski', 'trojkat weimarski'],
    ['Łódź Straße', 'lodz strasse'],
    ['Élysée', 'elysee'],
    ['Зеленський Її Єдиний', 'зеленський її єдиний'],
    ['Ёлка', 'елка'],
    ['Buda\u00ADpest\u200B', 'budapest'],
    ['Budapest\u00A0\u2009\n Memorandum', 'budapest memorandum'],
    ['Budapest–Memorandum', 'budapest-memorandum'],
    ['Kyiv’s ʼ‘`', "kyiv's '''"],
    ['«Nato» “quoted”', '"nato" "quoted"'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps й when it arrives decomposed (и + combining breve) and drops stress accents', () => {
    expect(normalizeText('Зеленськии\u0306 Зеле\u0301нський')).toBe('зеленський зеленський');
  });

  it('composes і + combining diaeresis into ї', () => {
    expect(normalizeText('Украі\u0308на')).toBe('україна');
  });
});

describe('normalizeWithMap', () => {
  it('maps each normalised unit back to the original offsets', () => {
    const source = 'A\u00ADß  é';
    const { text, start, end } = normalizeWithMap(source);
    expect(text).toBe('ass e');
    expect(Array.from(start)).toEqual([0, 2, 2, 3, 5]);
    expect(Array.from(end)).toEqual([1, 3, 3, 5, 6]);
  });

  it('extends a letter over its combining marks', () => {
    const { text, end } = normalizeWithMap('e\u0301x');
    expect(text).toBe('ex');
    expect(Array.from(end)).toEqual([2, 3]);
  });
});
