import type { Source } from './schema';

/**
 * Shared source records. Entries cite these instead of retyping them, so the
 * headline of the seed article is spelled exactly once.
 */

/** The seed article (hromadske, March 2025; exact day not given). All quotes in the KB come from it. */
export const HROMADSKE_2025_03 = {
  publisher: 'hromadske',
  title: 'Guarantees without guarantees: Can Ukraine be shielded from another Russian invasion?',
  date: '2025-03',
} as const satisfies Source;

export const NORTH_ATLANTIC_TREATY = {
  publisher: 'NATO',
  title: 'The North Atlantic Treaty',
  date: '1949-04-04',
  url: 'https://www.nato.int/cps/en/natolive/official_texts_17120.htm',
} as const satisfies Source;

export const NATO_ARTICLE_5_PAGE = {
  publisher: 'NATO',
  title: 'Collective defence and Article 5',
  url: 'https://www.nato.int/cps/en/natohq/topics_110496.htm',
} as const satisfies Source;

export const BUDAPEST_MEMORANDUM_TEXT = {
  publisher: 'United Nations',
  title:
    "Memorandum on security assurances in connection with Ukraine's accession to the Treaty on the Non-Proliferation of Nuclear Weapons (UN doc. A/49/765–S/1994/1399)",
} as const satisfies Source;

export const NPT_TEXT = {
  publisher: 'United Nations',
  title: 'Treaty on the Non-Proliferation of Nuclear Weapons',
  date: '1968-07-01',
} as const satisfies Source;

export const UNGA_RES_68_262 = {
  publisher: 'United Nations General Assembly',
  title: 'Resolution 68/262: Territorial integrity of Ukraine',
  date: '2014-03-27',
} as const satisfies Source;

export const UNGA_RES_ES_11_1 = {
  publisher: 'United Nations General Assembly',
  title: 'Resolution ES-11/1: Aggression against Ukraine',
  date: '2022-03-02',
} as const satisfies Source;

export const KREMLIN_2024_06_14 = {
  publisher: 'President of Russia (kremlin.ru)',
  title: 'Meeting with senior staff of the Russian Foreign Ministry',
  date: '2024-06-14',
} as const satisfies Source;
