import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'donald-trump',
  kind: 'person',
  title: { en: 'Donald Trump', uk: 'Дональд Трамп' },
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
    { en: 'President of the United States, in office 2017–2021 and again since January 2025. In early 2025 his administration sought a quick settlement of the war, regarded a US–Ukraine minerals deal as a security guarantee in itself, and signalled it would not support Ukraine’s NATO membership.', uk: 'Президент США у 2017–2021 роках і знову з січня 2025 року. На початку 2025 року його адміністрація домагалася швидкого врегулювання війни, вважала угоду між США та Україною про корисні копалини гарантією безпеки самою по собі й дала зрозуміти, що не підтримає членства України в НАТО.' },
  background: [
    { en: 'A New York businessman and television personality, Trump won the 2016 presidential election as the Republican candidate and served as the 45th president. He lost the 2020 election, won in 2024, and took office as the 47th president on 20 January 2025.', uk: 'Нью-йоркський бізнесмен і телезірка, Трамп переміг на президентських виборах 2016 року як кандидат від Республіканської партії і став 45-м президентом. Він програв вибори 2020 року, переміг у 2024-му і 20 січня 2025 року вступив на посаду 47-го президента.' },
    { en: 'Early in his second term he opened direct contacts with Russia and pressed for a ceasefire in Ukraine. hromadske reported in March 2025 that he saw the minerals deal as “automatic security” for Ukraine, rendering other guarantees unnecessary, and that he claimed talk of Ukraine joining NATO had provoked Russia’s war. His 28 February 2025 Oval Office meeting with Zelenskyy ended in a public dispute.', uk: 'На початку другого терміну він встановив прямі контакти з Росією і домагався припинення вогню в Україні. hromadske писав у березні 2025 року, що Трамп вважав угоду про корисні копалини «автоматичною безпекою» для України, з якою інші гарантії не потрібні, і стверджував, що війну Росії спровокували розмови про вступ України до НАТО. Його зустріч із Зеленським в Овальному кабінеті 28 лютого 2025 року завершилася публічною сваркою.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, the Trump administration was pressing Ukraine and Russia towards a settlement; the US position was that any terms must be approved by both sides to hold.', uk: 'Станом на березень 2025 року адміністрація Трампа підштовхувала Україну та Росію до врегулювання; позиція США полягала в тому, що будь-які умови мають схвалити обидві сторони, — лише тоді вони триматимуться.' },
  },
  roles: [
    { title: { en: 'President of the United States (45th)', uk: 'Президент США (45-й)' }, from: '2017-01-20', to: '2021-01-20' },
    { title: { en: 'President of the United States (47th)', uk: 'Президент США (47-й)' }, from: '2025-01-20', asOf: '2025-08' },
  ],
  positions: positionsOf('donald-trump'),
  related: ['minerals-deal', 'nato-membership', 'peace-deal', 'volodymyr-zelenskyy', 'marco-rubio', 'mike-waltz'],
  sources: [
    HROMADSKE_2025_03,
    {
      publisher: 'The Moscow Times',
      title: 'Trump and Putin Kick Off High-Stakes Talks in Alaska',
      date: '2025-08-15',
      url: 'https://www.themoscowtimes.com/2025/08/15/trump-and-putin-kick-off-high-stakes-talks-in-alaska-a90244',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
