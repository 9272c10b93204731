import { describe, expect, it } from 'vitest';
import { createSearchIndex, syntheticSearchEntries } from '../../core/search';
import { foldForSearch, searchTokens } from '../../core/search-fold';
import { isOneEditApart } from '../../core/search-vocab';
import { searchableEntries } from '../../core/localise';
import { KB } from '../../data/kb';

const index = createSearchIndex(searchableEntries(KB, 'en'));
const top = (query: string, n = 1) => index.search(query, n).map((hit) => hit.entryId);

describe('search ranking over the shipped KB', () => {
  it.each([
    ['weimar', 'weimar-triangle'],
    ['Weimar Triangle', 'weimar-triangle'],
    ['weimar trinagle', 'weimar-triangle'], // swapped letters
    ['Weimarer Dreieck', 'weimar-triangle'],
    ['budapest', 'budapest-memorandum'],
    ['будапештский меморандум', 'budapest-memorandum'],
    ['Будапештського меморандуму', 'budapest-memorandum'], // Ukrainian, declined
    ['budapesht memorandm', 'budapest-memorandum'],
    ['memorandum budapest', 'budapest-memorandum'], // word order
    ['Zelenskiy', 'volodymyr-zelenskyy'],
    ['Selenskyj', 'volodymyr-zelenskyy'],
    ['Зеленский', 'volodymyr-zelenskyy'],
    ['Zełenski', 'volodymyr-zelenskyy'],
    ['zelenksyy', 'volodymyr-zelenskyy'],
    ['article 5', 'nato-article-5'],
    ['nato artcle 5', 'nato-article-5'],
    ['peacekeepers', 'peacekeepers'],
    ['pecekeepers', 'peacekeepers'],
    ['nato', 'nato'],
    ['НАТО', 'nato'],
    ['Крым', 'crimea'],
    ['sword of damocles', 'sword-of-damocles'],
    ['un security council', 'un-security-council'],
    ['coalition of willing', 'coalition-of-the-willing'],
    ['security guarantees for ukraine', 'security-guarantees'], // a name with most words beats summaries
    ['Лавров', 'sergey-lavrov'],
    ['weimartriangle', 'weimar-triangle'], // no token matches: the Fuse fallback
  ])('%s → %s first', (query, id) => {
    expect(top(query)).toEqual([id]);
  });

  it('answers while the word is still being typed', () => {
    expect(top('weim')).toEqual(['weimar-triangle']);
    expect(top('budapest memo')).toEqual(['budapest-memorandum']);
    expect(top('Зеленс')).toEqual(['volodymyr-zelenskyy']);
  });

  it('ranks every title or alias hit above every summary hit', () => {
    for (const query of ['zelensky', 'nato', 'crimea', 'minerals', 'guarantees', 'nuclear']) {
      const fields = index.search(query, 50).map((hit) => hit.matchedIn);
      const firstSummary = fields.indexOf('summary');
      if (firstSummary !== -1) expect(fields.slice(firstSummary).every((f) => f === 'summary'), query).toBe(true);
      expect(fields[0], query).not.toBe('summary');
    }
  });

  it('finds entries by their summaries when no name matches', () => {
    const hits = index.search('nuclear arsenal', 10);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => hit.matchedIn === 'summary')).toBe(true);
  });

  it('returns nothing for empty, punctuation-only and meaningless queries', () => {
    for (const query of ['', '   ', '?!', 'qqqq', 'xyzzy plugh']) expect(index.search(query), query).toEqual([]);
  });

  it('respects the limit and reports what matched', () => {
    const hits = index.search('a', 3);
    expect(hits).toHaveLength(3);
    const [hit] = index.search('Selenskyj', 1);
    expect(hit).toMatchObject({ entryId: 'volodymyr-zelenskyy', matchedIn: 'alias' });
    // Spellings that fold alike are indexed once, so the hit names one of them.
    expect(searchTokens(hit!.matchedText)).toEqual(searchTokens('Selenskyj'));
  });
});

describe('search folding', () => {
  it('folds case, diacritics, apostrophes and punctuation', () => {
    expect(foldForSearch('  Trójkąt  Weimarski! ')).toBe('trojkat weimarski');
    expect(foldForSearch('Ukraine’s “Article 5”')).toBe('ukraine article 5');
    expect(foldForSearch('Памʼять')).toBe('pamyat');
  });

  it('brings Latin and Cyrillic spellings of one name to one token', () => {
    const forms = ['Zelenskyy', 'Zelensky', 'Zelenskiy', 'Selenskyj', 'Zełenski', 'Зеленский', 'Зеленський'];
    expect(new Set(forms.map((form) => searchTokens(form).join(' '))).size).toBe(1);
    expect(searchTokens('Kharkiv')).toEqual(searchTokens('Харків'));
    expect(searchTokens('Charkiw')).toEqual(searchTokens('Kharkiv'));
  });

  it('counts one insertion, deletion, substitution or swap as one typo, and no more', () => {
    expect(isOneEditApart('triangle', 'trinagle')).toBe(true);
    expect(isOneEditApart('triangle', 'triangl')).toBe(true);
    expect(isOneEditApart('triangle', 'triangles')).toBe(true);
    expect(isOneEditApart('triangle', 'trianglx')).toBe(true);
    expect(isOneEditApart('triangle', 'tirnagle')).toBe(false);
    expect(isOneEditApart('triangle', 'triangle')).toBe(false);
  });
});

describe('search over a synthetic KB', () => {
  it('finds a synthetic entry by its title among 500', () => {
    const entries = syntheticSearchEntries(500);
    const synthetic = createSearchIndex(entries);
    const target = entries[321]!;
    const ids = synthetic.search(target.title, 5).map((hit) => hit.entryId);
    expect(ids).toContain(target.id);
    expect(syntheticSearchEntries(3)).toEqual(syntheticSearchEntries(3)); // deterministic
  });
});
