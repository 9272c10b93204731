import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPeriod } from '../../../core/format-date';

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

describe('formatPeriod', () => {
  it.each([
    ['2019-05', '2024', 'May 2019 – 2024'],
    ['2019-05', undefined, 'since May 2019'],
    [undefined, '2018-11-30', 'until 30 Nov 2018'],
    [undefined, undefined, ''],
  ])('renders from %s to %s as %j', (from, to, expected) => {
    expect(formatPeriod(from, to)).toBe(expected);
  });
});
