/**
 * Context mechanisms of the matcher (issue 14), each on a small KB written here: the cue
 * syntax, windows that include the match, namesakes, scope, titles, page memory, and the
 * derived spellings and endings.
 */
import { describe, expect, it } from 'vitest';
import type { MatchEntry } from '../../../data/schema';
import { compileMatcher } from '../../../core/matcher';
import { cueRegex } from '../../../core/matcher/cues';
import { derivedAliases } from '../../../core/matcher/variants';
import { withDerivedAliases } from '../../../core/match-index-build';
import { found } from './helpers';

const rule = (anyOf: string[], noneOf: string[] = [], window = 250) => ({ anyOf, noneOf, window });
const KB: MatchEntry[] = [
  { id: 'lombard', kind: 'person', aliases: [{ text: 'Lombard', lang: 'en', caseSensitive: true, ambiguous: true }], disambiguation: rule(['French', 'minister'], ['Lombard Street']) },
  { id: 'unsc', kind: 'institution', aliases: [{ text: 'Security Council', lang: 'en', ambiguous: true }], disambiguation: rule(['resolution'], ["Russia's Security Council"]) },
  { id: 'deterrence', kind: 'concept', aliases: [{ text: 'deterrent', lang: 'en', ambiguous: true }], disambiguation: rule(['war', 'альянс', 'Ukrain*']) },
  {
    id: 'president',
    kind: 'person',
    aliases: [
      { text: 'Volodymyr Zelensky', lang: 'en' },
      { text: 'Зеленський', lang: 'uk', stems: ['Зеленськ'], ambiguous: true },
      { text: 'Zelensky', lang: 'en', ambiguous: true },
    ],
    disambiguation: rule(['Kyiv'], ['Олена', 'Olena']),
  },
  { id: 'membership', kind: 'concept', aliases: [{ text: 'NATO membership', lang: 'en' }], disambiguation: { anyOf: [], noneOf: [], window: 250, scope: { anyOf: ['Ukrain*', 'Kyiv'], noneOf: ['Sweden'], within: 'sentence' } } },
  { id: 'nato', kind: 'alliance', aliases: [{ text: 'NATO', lang: 'en', caseSensitive: true }] },
  { id: 'waltz', kind: 'person', aliases: [{ text: 'Mike Waltz', lang: 'en' }, { text: 'Waltz', lang: 'en', caseSensitive: true, ambiguous: true }], disambiguation: rule(['adviser']) },
  { id: 'starmer', kind: 'person', aliases: [{ text: 'Keir Starmer', lang: 'en' }] },
  { id: 'gorokhovsky', kind: 'person', aliases: [{ text: 'Gorokhovsky', lang: 'en' }, { text: 'Гороховський', lang: 'uk' }] },
  { id: 'peacekeepers', kind: 'concept', aliases: [{ text: 'peacekeeper', lang: 'en' }, { text: 'full-scale invasion', lang: 'en' }] },
  { id: 'macron', kind: 'person', aliases: [{ text: 'Emmanuel Macron', lang: 'en' }, { text: 'Macron', lang: 'en' }, { text: 'Macron', lang: 'pl' }] },
  { id: 'kharkiv', kind: 'place', aliases: [{ text: 'Kharkiv', lang: 'en' }] },
  {
    id: 'trump',
    kind: 'person',
    aliases: [{ text: 'Trump', lang: 'en', caseSensitive: true, ambiguous: true }, { text: 'Trumpa', lang: 'pl', caseSensitive: true }],
    disambiguation: rule(['president'], ['Melania']),
  },
  { id: 'treaty', kind: 'agreement', aliases: [{ text: 'мирний договір', lang: 'uk', stems: ['мирн', 'догов'] }] },
];
const matcher = compileMatcher(withDerivedAliases(KB));
const find = (text: string) => found(matcher, text);

describe('cue syntax', () => {
  const matches = (cue: string, text: string) => cueRegex([cue])!.test(text);

  it('matches a plain cue as a whole word, with its language’s endings', () => {
    expect(matches('war', 'the war goes on')).toBe(true);
    expect(matches('war', 'two wars')).toBe(true);
    expect(matches('war', 'they warned')).toBe(false);
    expect(matches('war', 'warn them')).toBe(false);
    expect(matches('альянс', 'члени альянсу')).toBe(true);
    expect(matches('ally', 'the allies')).toBe(true);
    expect(matches('Allianz', 'der allianzen')).toBe(true);
    expect(matches('prezydent', 'prezydent')).toBe(true);
  });

  it('matches a cue ending in * as a prefix', () => {
    expect(matches('Ukrain*', 'ukrainian troops')).toBe(true);
    expect(matches('Україн*', 'до україни')).toBe(true);
    expect(matches('Ukrain*', 'pro-ukrainian')).toBe(true);
    expect(matches('Ukrain*', 'antiukrainian')).toBe(false);
  });

  it('matches acronyms and numbers exactly', () => {
    expect(matches('NATO', 'natos')).toBe(false);
    expect(matches('2014', '20145')).toBe(false);
  });

  it('keeps short words exact but for the English plural', () => {
    expect(matches('war', 'wary')).toBe(false);
    expect(matches('crime', 'crimes')).toBe(true);
    expect(matches('crime', 'crimea')).toBe(false);
  });
});

describe('context rules', () => {
  it('sees exclusion cues that contain the match', () => {
    expect(find('Tourists queued on Lombard Street as the French minister spoke.')).toEqual([]);
    expect(find('Lombard, the French minister, spoke.')).toEqual([['lombard', 'Lombard']]);
    expect(find('Russia’s Security Council discussed the resolution.')).toEqual([]);
    expect(find('The Security Council passed the resolution.')).toEqual([['unsc', 'Security Council']]);
  });

  it('does not take a cue from inside another word', () => {
    expect(find('Shop owners warned that a deterrent was needed.')).toEqual([]);
    expect(find('A deterrent against war.')).toEqual([['deterrence', 'deterrent']]);
  });

  it('lets a namesake’s first name exclude only the namesake’s own mention', () => {
    expect(find('Олена Зеленська прилетіла до Києва, а Зеленський — до Kyiv.')).toEqual([['president', 'Зеленський']]);
    expect(find('Олена Зеленський у Kyiv.')).toEqual([]);
  });

  it('leaves another country’s case to the general entry (scope)', () => {
    expect(find('Sweden’s NATO membership was ratified.')).toEqual([['nato', 'NATO']]);
    expect(find('NATO membership for Sweden was ratified in Ankara, Ukraine noted.')).toEqual([['nato', 'NATO']]);
    expect(find('Sweden completed its NATO membership in 2024.')).toEqual([['nato', 'NATO']]);
    expect(find('Ukraine’s NATO membership is a long way off.')).toEqual([['membership', 'NATO membership']]);
    expect(find('Unlike Sweden, Ukraine still waits for NATO membership.')).toEqual([['membership', 'NATO membership']]);
    expect(find('Talks on NATO membership stalled.')).toEqual([['membership', 'NATO membership']]);
  });

  it('takes a title right before a surname as a person cue', () => {
    expect(find('Mr Waltz left early.')).toEqual([['waltz', 'Waltz']]);
    expect(find('The Waltz left early.')).toEqual([]);
    expect(find('Пан Зеленський подякував.')).toEqual([['president', 'Зеленський']]);
    expect(find('президента Зеленського привітали.')).toEqual([['president', 'Зеленського']]);
  });

  it('counts a full name earlier on the page as context for the surname', () => {
    const page = matcher.preparePage({ title: 'Mike Waltz out', lead: '' });
    expect(found(matcher, 'Waltz left early.', page)).toEqual([['waltz', 'Waltz']]);
    expect(found(matcher, 'Waltz left early.')).toEqual([]);
    const later = matcher.preparePage({});
    expect(found(matcher, 'Volodymyr Zelensky arrived.', later)).toEqual([['president', 'Volodymyr Zelensky']]);
    expect(found(matcher, 'Zelensky spoke.', later)).toEqual([['president', 'Zelensky']]);
    expect(find('Mike Waltz came. Waltz spoke.')).toEqual([['waltz', 'Mike Waltz'], ['waltz', 'Waltz']]);
  });
});

describe('other people and other names', () => {
  it('gives no card to a surname after another person’s given name, in that block', () => {
    expect(find('Brigitte Macron opened the show; Mrs Macron spoke.')).toEqual([]);
    expect(find('When Macron spoke, Emmanuel Macron was in Kyiv.')).toEqual([['macron', 'Macron'], ['macron', 'Emmanuel Macron']]);
    expect(find('Rozmowa Trumpa z prezydentem.')).toEqual([['trump', 'Trumpa']]);
  });

  it('lets an ambiguous alias decide for an unambiguous one that reads the same words', () => {
    expect(find('Melania Trump launched a book.')).toEqual([]);
    expect(find('President Trump launched a plan.')).toEqual([['trump', 'Trump']]);
  });

  it('gives no card to a name that is part of a street or company name', () => {
    expect(find('The shop on Kharkiv Street sells coffee.')).toEqual([]);
    expect(find('Kharkiv was shelled.')).toEqual([['kharkiv', 'Kharkiv']]);
  });
});

describe('derived forms', () => {
  it('declines adjectival surnames with masculine endings only', () => {
    expect(find('Зеленського, Зеленському, Зеленським у Kyiv')).toEqual([
      ['president', 'Зеленського'],
      ['president', 'Зеленському'],
      ['president', 'Зеленським'],
    ]);
    expect(find('Зеленська, Зеленської у Kyiv')).toEqual([]);
    expect(find('Гороховського')).toEqual([['gorokhovsky', 'Гороховського']]);
  });

  it('derives transliteration spellings and Sir with the first name for people', () => {
    expect(find('Horokhovsky, Gorokhovskyi and Horokhovskiy')).toEqual([
      ['gorokhovsky', 'Horokhovsky'],
      ['gorokhovsky', 'Gorokhovskyi'],
      ['gorokhovsky', 'Horokhovskiy'],
    ]);
    expect(find('Sir Keir spoke.')).toEqual([['starmer', 'Sir Keir']]);
    expect(derivedAliases(KB.find((e) => e.id === 'starmer')!).map((a) => a.text)).toEqual(['Sir Keir', 'Dame Keir']);
  });

  it('matches compounds written with a space, a hyphen or joined', () => {
    expect(find('peace keepers, peace-keepers, peacekeepers')).toEqual([
      ['peacekeepers', 'peace keepers'],
      ['peacekeepers', 'peace-keepers'],
      ['peacekeepers', 'peacekeepers'],
    ]);
    expect(find('full scale invasion, fullscale invasion')).toEqual([
      ['peacekeepers', 'full scale invasion'],
      ['peacekeepers', 'fullscale invasion'],
    ]);
  });

  it('follows the Ukrainian і/о alternation of a closed last syllable', () => {
    expect(find('мирного договору, мирним договором, мирний договір')).toEqual([
      ['treaty', 'мирного договору'],
      ['treaty', 'мирним договором'],
      ['treaty', 'мирний договір'],
    ]);
  });
});

describe('where a cue may come from: the page for names, the paragraph for common nouns', () => {
  const kb: MatchEntry[] = [
    { id: 'sanctions', kind: 'concept', aliases: [{ text: 'sanctions', lang: 'en', ambiguous: true }], disambiguation: rule(['Russia*', 'Putin']) },
    { id: 'tusk', kind: 'person', aliases: [{ text: 'Tusk', lang: 'en', caseSensitive: true, ambiguous: true }], disambiguation: rule(['Poland', 'Polish']) },
    {
      id: 'sanctions-page',
      kind: 'concept',
      aliases: [{ text: 'embargo', lang: 'en', ambiguous: true }],
      disambiguation: { ...rule(['Russia*']), context: 'page' as const },
    },
  ];
  const matcher = compileMatcher(kb);
  // A news page whose related-links strip names Putin, above an article about Sudan.
  const page = matcher.preparePage({ title: 'As Trump Reaches Toward Putin, Troops Arrive', lead: 'Putin and Russia in the headlines.' });

  it('a concept needs its cue in its own window: the page title does not decide "sanctions" in a paragraph about Sudan', () => {
    expect(found(matcher, 'In exchange for the lifting of United States trade sanctions, Sudan will improve access for aid groups.', page)).toEqual([]);
    expect(found(matcher, 'New sanctions on Russia took effect on Monday.', page)).toEqual([['sanctions', 'sanctions']]);
  });

  it('a name is still decided by the page title', () => {
    const polish = matcher.preparePage({ title: 'Poland votes: Tusk against the president' });
    expect(found(matcher, 'Tusk spoke in the evening.', polish)).toEqual([['tusk', 'Tusk']]);
  });

  it('an entry can ask for page context explicitly', () => {
    expect(found(matcher, 'The embargo began in March.', page)).toEqual([['sanctions-page', 'embargo']]);
  });
});
