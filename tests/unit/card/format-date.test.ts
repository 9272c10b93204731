import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../../core/format-date';

describe('formatPartialDate', () => {
  it.each([
    ['1991', '1991'],
    ['2025-03', 'Mar 2025'],
    ['1994-12-05', '5 Dec 1994'],
    ['2022-02-24', '24 Feb 2022'],
    ['2001-01-01', '1 Jan 2001'],
    ['1949-09', 'Sep 1949'],
  ])('renders %s as %s', (input, expected) => {
    expect(formatPartialDate(input)).toBe(expected);
  });

  it.each(['2025-13', '2025-00', '2025-02-00', '25-03', 'March 2025', ''])(
    'returns %j unchanged because it is not a partial date',
    (input) => {
      expect(formatPartialDate(input)).toBe(input);
    },
  );
});

describe('formatPartialDate in Ukrainian', () => {
  it.each([
    ['1991', 'alone', '1991'],
    ['2025-03', 'alone', 'березень 2025 р.'],
    ['2025-09', 'governed', 'вересня 2025 р.'],
    ['1994-12-05', 'alone', '5 грудня 1994 р.'],
    ['2018-11-30', 'governed', '30 листопада 2018 р.'],
  ] as const)('renders %s (%s) as %s', (input, form, expected) => {
    // ICU keeps "р." on the year's line with a (narrow) no-break space.
    expect(formatPartialDate(input, 'uk', form).replace(/[\u00a0\u202f]/g, ' ')).toBe(expected);
  });

  it('an unknown language tag still gives a readable English date', () => {
    expect(formatPartialDate('2025-03', 'not a tag!')).toBe('Mar 2025');
  });

  it('a value that is not a partial date comes back unchanged', () => {
    expect(formatPartialDate('2025-13', 'uk')).toBe('2025-13');
  });
});
