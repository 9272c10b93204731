import { describe, expect, it } from 'vitest';
import { parseKb } from '../../data/schema';

const minimal = {
  id: 'test-entry',
  kind: 'concept',
  title: 'Test entry',
  aliases: [{ text: 'test entry', lang: 'en' }],
  summary: 'A short summary.',
  background: ['One paragraph.'],
  sources: [{ publisher: 'Example', title: 'Example source' }],
  lastReviewed: '2026-11-22',
};

describe('parseKb', () => {
  it('accepts a minimal valid entry and applies defaults', () => {
    const [entry] = parseKb([minimal]);
    expect(entry?.timeline).toEqual([]);
    expect(entry?.positions).toEqual([]);
  });

  it('names the entry id and the field of a malformed entry', () => {
    const bad = { ...minimal, id: 'broken-entry', lastReviewed: '2026-02-30' };
    expect(() => parseKb([bad])).toThrow(/broken-entry: lastReviewed: is not a real calendar date/);
  });

  it('rejects a quote of 25 words or more, naming the path', () => {
    const quote = Array.from({ length: 25 }, (_, i) => `w${i}`).join(' ');
    const bad = {
      ...minimal,
      positions: [
        {
          name: 'A Person',
          role: 'Analyst',
          side: 'Ukrainian analyst',
          stance: 'Sceptical',
          paraphrase: 'Doubts it.',
          quote,
          source: { publisher: 'Example', title: 'Interview' },
        },
      ],
    };
    expect(() => parseKb([bad])).toThrow(/test-entry: positions\.0\.quote: quote must be under 25 words/);
  });

  it('requires a disambiguation rule when an alias is ambiguous', () => {
    const bad = { ...minimal, aliases: [{ text: 'Weimar', lang: 'en', ambiguous: true }] };
    expect(() => parseKb([bad])).toThrow(/test-entry: disambiguation: has ambiguous aliases/);
  });
});
