import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher';
import { MINI_KB } from '../fixtures/mini-kb';
import { found } from './helpers';

const matcher = compileMatcher(MINI_KB);
const find = (text: string) => found(matcher, text);

describe('word boundaries and longest match', () => {
  it('does not match an alias inside a longer word or number', () => {
    expect(find('Article 50 of the treaty; a senator; UNESCO; Budapests')).toEqual([]);
  });

  it('prefers the longest alias at a position and never overlaps', () => {
    expect(find('NATO Article 5 applies.')).toEqual([['nato-article-5', 'NATO Article 5']]);
  });

  it('ends the span before an English possessive and includes plural endings', () => {
    expect(find('the Budapest Memorandum’s promise; peacekeepers’ role; security guarantees')).toEqual([
      ['budapest-memorandum', 'Budapest Memorandum'],
      ['peacekeepers', 'peacekeepers'],
      ['security-guarantees', 'security guarantees'],
    ]);
  });

  it('finds a term that heads a hyphenated compound', () => {
    expect(find('Der NATO-Beitritt und die UN-Mission')).toEqual([
      ['nato', 'NATO'],
      ['united-nations', 'UN'],
    ]);
  });
});

describe('normalised forms', () => {
  it('treats hyphens, line breaks, soft hyphens and case alike', () => {
    const text = 'BUDAPEST MEMORANDUM; Budapest-Memorandum; Budapest\n  Memorandum; Buda\u00ADpest Memo\u200Brandum';
    expect(find(text).map(([id, t]) => [id, t.replace(/\s+/g, ' ')])).toEqual([
      ['budapest-memorandum', 'BUDAPEST MEMORANDUM'],
      ['budapest-memorandum', 'Budapest-Memorandum'],
      ['budapest-memorandum', 'Budapest Memorandum'],
      ['budapest-memorandum', 'Buda\u00ADpest Memo\u200Brandum'],
    ]);
  });

  it('matches case-sensitive acronyms only in their exact case', () => {
    expect(find('The UN and NATO met; un, Nato, nato did not.')).toEqual([
      ['united-nations', 'UN'],
      ['nato', 'NATO'],
    ]);
  });
});

describe('inflection', () => {
  it.each([
    ['Будапештського меморандуму', 'budapest-memorandum'],
    ['Будапештським меморандумом', 'budapest-memorandum'],
    ['Budapester Memorandums', 'budapest-memorandum'],
    ['Memorandum budapeszteńskiego', 'budapest-memorandum'],
    ['Trójkąta Weimarskiego', 'weimar-triangle'],
    ['Weimarer Dreiecks', 'weimar-triangle'],
    ['миротворців', 'peacekeepers'],
    ['миротворцями', 'peacekeepers'],
    ['Friedenstruppen', 'peacekeepers'],
    ['Зеленського', 'zelensky'],
    ['Зеленским', 'zelensky'],
    ['Лаврова', 'lavrov'],
    ['статті 5 НАТО', 'nato-article-5'],
    ['Sicherheitsgarantien', 'security-guarantees'],
  ])('%s → %s', (text, id) => {
    expect(find(text)[0]).toEqual([id, text.split(' НАТО')[0]]);
  });

  it('keeps acronyms unchanged', () => {
    expect(find('НАТОвський НАТО')).toEqual([['nato', 'НАТО']]);
  });

  it('requires a known ending after a stem', () => {
    expect(find('Будапештськийзм Зеленськийович Лавровлянд')).toEqual([]);
  });
});

describe('typos', () => {
  it('accepts one edit in a long word when another word of the alias is exact', () => {
    expect(find('The Weimar Triangel met. The Budapset Memorandum.')).toEqual([
      ['weimar-triangle', 'Weimar Triangel'],
      ['budapest-memorandum', 'Budapset Memorandum'],
    ]);
  });

  it('accepts one edit in a single long word, not one confined to its ending', () => {
    expect(find('peacekeeepers and Zelenksy')).toEqual([
      ['peacekeepers', 'peacekeeepers'],
      ['zelensky', 'Zelenksy'],
    ]);
    expect(find('Zelenska spoke; Lavrova; peacekeepings')).toEqual([]);
  });

  it('does not fuzzy-match short words or capitalised near-misses of common words', () => {
    expect(find('Zelensk Peacemaker Peacekeeeper')).toEqual([]);
  });

  it('still applies disambiguation to a typo match', () => {
    expect(find('Crimean War aside, Crimmea is here.')).toEqual([]);
  });
});

describe('disambiguation', () => {
  it('needs an anyOf cue in the window', () => {
    expect(find('Article 5 of the NATO treaty')).toEqual([
      ['nato-article-5', 'Article 5'],
      ['nato', 'NATO'],
    ]);
    expect(find('Article 5 of the treaty was read aloud.')).toEqual([]);
  });

  it('rejects a match with a noneOf cue in the window', () => {
    expect(find('The allies discussed Article 5 of the GDPR.')).toEqual([]);
    expect(find('The Crimean War of 1853 was fought in Crimea.')).toEqual([]);
  });

  it('matches cues as whole-word prefixes', () => {
    expect(find('Russia annexed Crimea.')).toEqual([['crimea', 'Crimea']]);
    expect(find('Crimea, unrussian text')).toEqual([]);
  });

  it('uses the page title and lead for anyOf cues', () => {
    const page = matcher.preparePage({ title: 'What the 1994 Budapest Memorandum promised', lead: '' });
    expect(found(matcher, 'Talks in Budapest went on.', page)).toEqual([['budapest-memorandum', 'Budapest']]);
    expect(found(matcher, 'Talks in Budapest went on.')).toEqual([]);
  });

  it('ignores cues outside the window', () => {
    expect(find(`NATO. ${'filler '.repeat(40)}Article 5 was cited.`)).toEqual([['nato', 'NATO']]);
  });
});

describe('options', () => {
  it('never returns muted entries', () => {
    const muted = compileMatcher(MINI_KB, { muted: new Set(['nato']) });
    expect(found(muted, 'NATO and the UN')).toEqual([['united-nations', 'UN']]);
    expect(muted.aliasCount).toBe(matcher.aliasCount - 2);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['control characters', '\u0000\u0001\u0002NATO\u0007'.slice(0, 3)],
    ['lone surrogates', '\uD800NATO\uDC00 \uDFFF'],
    ['binary-looking', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536))],
  ])('does not throw on %s', (_, text) => {
    expect(() => matcher.findTermSpans(text)).not.toThrow();
  });

  it('matches next to lone surrogates and astral symbols, but not next to astral letters', () => {
    expect(find('\uD800NATO\uDC00 🇺🇦NATO')).toEqual([
      ['nato', 'NATO'],
      ['nato', 'NATO'],
    ]);
    expect(find('𝐀NATO')).toEqual([]);
  });

  it('returns [] for a non-string', () => {
    expect(matcher.findTermSpans(undefined as unknown as string)).toEqual([]);
  });
});
