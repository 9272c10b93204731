import { describe, expect, it } from 'vitest';
import { parseKb } from '../../data/schema';

const minimal = {
  id: 'test-entry',
  kind: 'concept',
  title: { en: 'Test entry', uk: 'Тестовий запис' },
  aliases: [{ text: 'test entry', lang: 'en' }],
  summary: { en: 'A short summary.', uk: 'Короткий опис.' },
  background: [{ en: 'One paragraph.', uk: 'Один абзац.' }],
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
          name: { en: 'A Person', uk: 'Особа' },
          role: { en: 'Analyst', uk: 'Аналітик' },
          side: { en: 'Ukrainian analyst', uk: 'Український аналітик' },
          stance: { en: 'Sceptical', uk: 'Скептично' },
          paraphrase: { en: 'Doubts it.', uk: 'Сумнівається.' },
          quote: { text: quote, lang: 'en' },
          source: { publisher: 'Example', title: 'Interview' },
        },
      ],
    };
    expect(() => parseKb([bad])).toThrow(/test-entry: positions\.0\.quote\.text: quote must be under 25 words/);
  });

  it('requires a disambiguation rule when an alias is ambiguous', () => {
    const bad = { ...minimal, aliases: [{ text: 'Weimar', lang: 'en', ambiguous: true }] };
    expect(() => parseKb([bad])).toThrow(/test-entry: disambiguation: has ambiguous aliases/);
  });

  it('names the entry, the field and the language of a missing translation', () => {
    const bad = { ...minimal, summary: { en: 'A short summary.' }, background: [{ en: 'One paragraph.', uk: ' ' }] };
    expect(() => parseKb([bad])).toThrow(/test-entry: summary\.uk: /);
    expect(() => parseKb([bad])).toThrow(/test-entry: background\.0\.uk: is missing/);
  });

  it('requires asOf on a role that has not ended, so no title outlives its check', () => {
    const bad = { ...minimal, kind: 'person', roles: [{ title: { en: 'Minister', uk: 'Міністр' }, from: '2024-01' }] };
    expect(() => parseKb([bad])).toThrow(/test-entry: roles\.0\.asOf: a role without an end date needs asOf/);
    expect(() => parseKb([{ ...bad, roles: [{ ...bad.roles[0], asOf: '2025-06' }] }])).not.toThrow();
  });
});
