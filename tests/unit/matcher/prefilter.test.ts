/**
 * Edge cases any tightening of the anchor prefilter (anchors.ts) must keep: long words,
 * hyphen-split aliases, aliases with an apostrophe, letters folding to several units,
 * and short inflecting stems.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher';
import { type KbEntryInput, parseKb } from '../../../data/schema';
import { found } from './helpers';

function entry(id: string, aliases: KbEntryInput['aliases']): KbEntryInput {
  return {
    id,
    kind: 'concept',
    title: { en: id, uk: id },
    aliases,
    summary: { en: 'Test entry.', uk: 'Test entry.' },
    background: [{ en: 'Test entry.', uk: 'Test entry.' }],
    sources: [{ publisher: 'Test', title: 'Test' }],
    lastReviewed: '2025-03-01',
  };
}

const matcher = compileMatcher(
  parseKb([
    entry('long', [{ text: 'Sicherheitsgarantieabkommen', lang: 'de' }]),
    entry('peacekeeping', [{ text: 'peacekeeping', lang: 'en' }]),
    entry('obrien', [{ text: "O'Brien", lang: 'en' }]),
    entry('street', [{ text: 'Großbritannien', lang: 'de' }, { text: 'Strasse', lang: 'de' }]),
    entry('eu', [{ text: 'ЄС', lang: 'uk' }, { text: 'Unia', lang: 'pl', stems: ['Un'] }]),
    entry('treaty', [{ text: 'treaty', lang: 'en' }]),
  ]),
);
const find = (text: string) => found(matcher, text);

describe('alias shapes any prefilter must keep', () => {
  it('keeps very long alias words, in any case', () => {
    expect(find('die sicherheitsgarantieabkommen; Sicherheitsgarantieabkommen')).toEqual([
      ['long', 'sicherheitsgarantieabkommen'],
      ['long', 'Sicherheitsgarantieabkommen'],
    ]);
  });

  it('keeps the head of a hyphen-split alias word', () => {
    expect(find('a peace-keeping force')).toEqual([['peacekeeping', 'peace-keeping']]);
  });

  it("keeps a word that stops at an alias's apostrophe", () => {
    expect(find("O'Brien and O’Brien")).toEqual([
      ['obrien', "O'Brien"],
      ['obrien', 'O’Brien'],
    ]);
  });

  it('keeps words whose letters fold to several units', () => {
    expect(find('Grossbritannien, Großbritannien, Straße, Strasse')).toEqual([
      ['street', 'Grossbritannien'],
      ['street', 'Großbritannien'],
      ['street', 'Straße'],
      ['street', 'Strasse'],
    ]);
  });

  it('keeps short stems with endings and rejects words of impossible length', () => {
    expect(find('ЄС, Unii, Unią, treaties, treat, treatment')).toEqual(find('ЄС, Unii, Unią, treaties, treat, treatment'));
    expect(find('ЄС, Unii, Unią, treaties').map(([id]) => id)).toEqual(['eu', 'eu', 'eu', 'treaty']);
    expect(find('treat treatment')).toEqual([]);
  });
});
