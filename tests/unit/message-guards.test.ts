import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOwnSender, parseContentRequest } from '../../utils/message-guards';
import { ContentRequest } from '../../utils/messages';

describe('the content script reads requests without zod', () => {
  it.each([
    [{ type: 'page-terms' }, { type: 'page-terms' }],
    [{ type: 'annotation-state', extra: 1 }, { type: 'annotation-state' }],
    [{ type: 'reveal-term', entryId: 'nato' }, { type: 'reveal-term', entryId: 'nato' }],
    [{ type: 'reveal-term' }, null],
    [{ type: 'reveal-term', entryId: 5 }, null],
    [{ type: 'term-count', distinct: 3 }, null],
    [{ type: 'page-terms', toFrame: true }, { type: 'page-terms', toFrame: true }],
    [{ type: 'page-terms', toFrame: 'yes' }, null],
    [{ type: 'step-term', direction: 'next' }, { type: 'step-term', direction: 'next' }],
    [{ type: 'step-term', direction: 'up' }, null],
    [[{ type: 'page-terms' }], null],
    ['page-terms', null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(parseContentRequest(raw)).toEqual(expected);
  });

  it('accepts and returns exactly what the ContentRequest schema does, for any value', () => {
    const request = fc.record(
      {
        type: fc.oneof(fc.constantFrom('page-terms', 'reveal-term', 'annotation-state', 'step-term', 'term-count', ''), fc.anything()),
        entryId: fc.oneof(fc.string(), fc.anything()),
        direction: fc.oneof(fc.constantFrom('next', 'previous', ''), fc.anything()),
        toFrame: fc.oneof(fc.boolean(), fc.constant(undefined), fc.anything()),
        other: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(request, fc.anything()), (raw) => {
        const parsed = ContentRequest.safeParse(raw);
        expect(parseContentRequest(raw)).toEqual(parsed.success ? parsed.data : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('only our own extension is a trusted sender', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
    expect(isOwnSender(undefined, 'abc')).toBe(false);
  });
});
