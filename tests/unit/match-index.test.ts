import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMatchIndex, encodeMatchIndex } from '../../core/match-index';
import { matchIndexOf } from '../../core/match-index-build';
import { KB } from '../../data/kb';
import type { Alias, MatchEntry } from '../../data/schema';

describe('the matching index the content script ships', () => {
  it('decodes to exactly what it encoded, for the shipped KB', () => {
    const index = matchIndexOf(KB);
    expect(decodeMatchIndex(JSON.parse(JSON.stringify(encodeMatchIndex(index))))).toEqual(index);
  });

  it('decodes to exactly what it encoded, for any aliases', () => {
    const alias: fc.Arbitrary<Alias> = fc.record(
      {
        text: fc.string({ minLength: 1 }).filter((s) => !s.includes('\t') && !s.includes('\u0001')),
        lang: fc.constantFrom('en', 'uk', 'ru', 'de', 'pl', 'fr'),
        caseSensitive: fc.constant(true),
        ambiguous: fc.constant(true),
        inflect: fc.boolean(),
        stems: fc.array(fc.string({ minLength: 1 }).filter((s) => !s.includes('\t') && !s.includes('\u0001')), { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['text', 'lang'] },
    );
    const entry: fc.Arbitrary<MatchEntry> = fc.record({
      id: fc.string({ minLength: 1 }),
      kind: fc.constantFrom('person', 'place', 'concept'),
      aliases: fc.array(alias, { minLength: 1, maxLength: 4 }),
    });
    fc.assert(fc.property(fc.array(entry, { maxLength: 5 }), (entries) => {
      expect(decodeMatchIndex(JSON.parse(JSON.stringify(encodeMatchIndex(entries))))).toEqual(entries);
    }));
  });

  it('refuses an alias field it has no place for, instead of dropping it', () => {
    const entry: MatchEntry = { id: 'x', kind: 'person', aliases: [{ text: 'X', lang: 'en', honorific: true } as Alias] };
    expect(() => encodeMatchIndex([entry])).toThrow(/alias "X" has fields the index cannot carry: honorific/);
  });
});
