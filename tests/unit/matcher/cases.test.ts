import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher';
import { KB } from '../../../data/kb';
import { matchIndexOf } from '../../../core/match-index-build';
import { CASES, type MatchCase, PAGE_CASES } from './cases';

// The matching index the content script ships (with derived aliases), not the raw KB.
const matcher = compileMatcher(matchIndexOf(KB));

function run(c: MatchCase) {
  const page = c.page ? matcher.preparePage(c.page) : undefined;
  return matcher.findTermSpans(c.text, page).map((span) => ({ entryId: span.entryId, text: c.text.slice(span.start, span.end) }));
}

describe('case table against the shipped KB', () => {
  it('has at least 150 cases, positives and negatives in every language', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['en', 'uk', 'ru', 'de', 'pl'] as const) {
      const own = CASES.filter((c) => c.lang === lang);
      expect(own.some((c) => c.expected.length > 0) && own.some((c) => c.expected.length === 0)).toBe(true);
    }
  });

  it.each(CASES.map((c) => [c.text.replace(/\s+/g, ' ').slice(0, 70), c] as const))('%s', (_, c) => {
    expect(run(c)).toEqual(c.expected);
  });

  it.each(PAGE_CASES.map((c) => [`${c.text} | page: ${c.page?.title}`, c] as const))('%s', (_, c) => {
    expect(run(c)).toEqual(c.expected);
  });
});
