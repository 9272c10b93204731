import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'donald-trump',
  kind: 'person',
  title: { en: 'Donald Trump', uk: 'Donald Trump' },
  aliases: [
    { text: 'Donald Trump', lang: 'en' },
    { text: 'Donald J. Trump', lang: 'en' },
    // "trump" is also an English verb and noun ("will always trump sending them"): capitals and context required.
    { text: 'Trump', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Donald Trump', lang: 'pl', stems: ['Donald', 'Trump'] },
    // Polish case forms, exact and capitalised (case-sensitive aliases take no endings).
    { text: 'Trumpa', lang: 'pl', caseSensitive: true },
    { text: 'Trumpowi', lang: 'pl', caseSensitive: true },
    { text: 'Trumpem', lang: 'pl', caseSensitive: true },
    { text: 'Trumpie', lang: 'pl', caseSensitive: true },
    { text: 'Дональд Трамп', lang: 'uk' },
    { text: 'Трамп', lang: 'uk' },
  ],
  disambiguation: {
    anyOf: [
      'Donald',
      'president',
      'präsident',
      'prezydent*',
      'administration',
      'White House',
      'Weiße Haus',
      'Biały Dom',
      'United States',
      'America',
      'Amerika',
      'Washington',
      'Republican',
      'MAGA',
      'Oval Office',
      'Vance',
      'Mar-a-Lago',
      'tariff',
      'Zöll*',
      // The news context Kontekst is for: a capitalised "Trump" next to these is the president.
      'Ukrain*',
      'Russia',
      'Putin*',
      'Kyiv',
      'Kremlin',
      'ceasefire',
      'Zelensk*',
    ],
    noneOf: ['Melania', 'Ivanka', 'Barron'],
    window: 400,
  },
  summary:
    { en: 'President of the United States, in office 2017–2021 and again since January 2025. In early 2025 his administration sought a quick settlement of the war, regarded a US–Ukraine minerals deal as a security guarantee in itself, and signalled it would not support Ukraine’s NATO membership.', uk: 'President of the United States, in office 2017–2021 and again since January 2025. In early 2025 his administration sought a quick settlement of the war, regarded a US–Ukraine minerals deal as a security guarantee in itself, and signalled it would not support Ukraine’s NATO membership.' },
  background: [
    { en: 'A New York businessman and television personality, Trump won the 2016 presidential election as the Republican candidate and served as the 45th president. He lost the 2020 election, won in 2024, and took office as the 47th president on 20 January 2025.', uk: 'A New York businessman and television personality, Trump won the 2016 presidential election as the Republican candidate and served as the 45th president. He lost the 2020 election, won in 2024, and took office as the 47th president on 20 January 2025.' },
    { en: 'Early in his second term he opened direct contacts with Russia and pressed for a ceasefire in Ukraine. hromadske reported in March 2025 that he saw the minerals deal as “automatic security” for Ukraine, rendering other guarantees unnecessary, and that he claimed talk of Ukraine joining NATO had provoked Russia’s war. His 28 February 2025 Oval Office meeting with Zelenskyy ended in a public dispute.', uk: 'Early in his second term he opened direct contacts with Russia and pressed for a ceasefire in Ukraine. hromadske reported in March 2025 that he saw the minerals deal as “automatic security” for Ukraine, rendering other guarantees unnecessary, and that he claimed talk of Ukraine joining NATO had provoked Russia’s war. His 28 February 2025 Oval Office meeting with Zelenskyy ended in a public dispute.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, the Trump administration was pressing Ukraine and Russia towards a settlement; the US position was that any terms must be approved by both sides to hold.', uk: 'As of March 2025, the Trump administration was pressing Ukraine and Russia towards a settlement; the US position was that any terms must be approved by both sides to hold.' },
  },
  roles: [
    { title: { en: 'President of the United States (45th)', uk: 'President of the United States (45th)' }, from: '2017-01-20', to: '2021-01-20' },
    { title: { en: 'President of the United States (47th)', uk: 'President of the United States (47th)' }, from: '2025-01-20', asOf: '2025-09' },
  ],
  positions: positionsOf('donald-trump'),
  related: ['minerals-deal', 'nato-membership', 'peace-deal', 'volodymyr-zelenskyy', 'marco-rubio', 'mike-waltz'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
