import { describe, expect, it } from 'vitest';
import { substitutionCost } from '../../../core/matcher/keyboard';
import { boundedDistance } from '../../../core/matcher/typos';

const codes = (s: string) => Uint16Array.from(s, (ch) => ch.charCodeAt(0));
const distance = (a: string, b: string, max = 2) => boundedDistance(codes(a), 0, a.length, b, max);

describe('typo model', () => {
  it('treats neighbouring keys, vowels and transliteration swaps as likely slips', () => {
    expect(substitutionCost(0x6d, 0x6e)).toBe(1); // m/n: neighbours
    expect(substitutionCost(0x69, 0x79)).toBe(1); // i/y: Zelenskiy, Zelensky
    expect(substitutionCost('а'.charCodeAt(0), 'о'.charCodeAt(0))).toBe(1); // vowels
    expect(substitutionCost(0x6d, 0x74)).toBe(2); // m/t: far apart
  });

  it('counts swaps, insertions and deletions as one edit each', () => {
    expect(distance('zelenksy', 'zelensky')).toBe(1);
    expect(distance('peacekeeeper', 'peacekeeper')).toBe(1);
    expect(distance('zelensy', 'zelensky')).toBe(1);
  });

  it('makes an unlikely substitution cost two, so one-edit matching rejects it', () => {
    expect(distance('starter', 'starmer')).toBe(2);
    expect(distance('starmer', 'starmer')).toBe(0);
  });

  it('stops early once the bound is exceeded', () => {
    expect(distance('completely', 'different', 1)).toBe(2);
  });
});
