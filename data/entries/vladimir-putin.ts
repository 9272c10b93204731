import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03, KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'vladimir-putin',
  kind: 'person',
  title: { en: 'Vladimir Putin', uk: 'Володимир Путін' },
  aliases: [
    { text: 'Vladimir Putin', lang: 'en' },
    { text: 'Putin', lang: 'en' },
    { text: 'Wladimir Putin', lang: 'de' },
    { text: 'Władimir Putin', lang: 'pl', stems: ['Władimir', 'Putin'] },
    { text: 'Putin', lang: 'pl', stems: ['Putin'] },
    { text: 'Володимир Путін', lang: 'uk' },
    { text: 'Путін', lang: 'uk' },
    { text: 'Владимир Путин', lang: 'ru' },
    { text: 'Путин', lang: 'ru' },
    { text: 'Vladimir Poutine', lang: 'fr' },
    // French "poutine" is also a Québec dish.
    { text: 'Poutine', lang: 'fr', caseSensitive: true, ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['Vladimir', 'Russie', 'russe', 'Kremlin', 'président', 'Moscou', 'Ukraine', 'guerre', 'Zelensky'],
    noneOf: ['frites', 'fromage', 'cheese', 'sauce', 'Québec', 'recette'],
    window: 250,
  },
  summary:
    { en: 'President of Russia, in office 2000–2008 and again since 2012, and Prime Minister in between. He ordered the annexation of Crimea in 2014 and the full-scale invasion of Ukraine in 2022, and demands that Ukraine renounce NATO membership as a condition for a ceasefire.', uk: 'Президент Росії у 2000–2008 роках і знову з 2012 року, у проміжку — прем’єр-міністр. Віддав наказ про анексію Криму у 2014 році і повномасштабне вторгнення в Україну у 2022-му; вимагає відмови України від членства в НАТО як умови припинення вогню.' },
  background: [
    { en: 'A former KGB officer and director of the FSB security service, Putin became prime minister in August 1999 and acting president on 31 December 1999, after Boris Yeltsin resigned. He was elected president in 2000 and 2004, served as prime minister from 2008 to 2012 under President Dmitry Medvedev, and has been president again since 2012.', uk: 'Колишній офіцер КГБ і директор ФСБ, Путін став прем’єр-міністром у серпні 1999 року, а 31 грудня 1999 року, після відставки Бориса Єльцина, — виконувачем обов’язків президента. Його обирали президентом у 2000 і 2004 роках, у 2008–2012 роках він був прем’єр-міністром за президента Дмитра Медведєва, а з 2012 року знову президент.' },
    { en: 'He has described NATO enlargement as a threat to Russia and has questioned Ukraine’s separate statehood. In June 2024 he named as conditions for a ceasefire the withdrawal of Ukrainian troops from four regions Russia claims and Ukraine’s renunciation of NATO membership.', uk: 'Він називає розширення НАТО загрозою для Росії і ставить під сумнів окрему державність України. У червні 2024 року умовами припинення вогню назвав виведення українських військ із чотирьох областей, на які претендує Росія, і відмову України від членства в НАТО.' },
    { en: 'In hromadske’s March 2025 article, analyst Alina Hrytsenko argued that a large European contingent in Ukraine would be a human shield Putin would have to destroy to keep fighting, and that he would therefore likely reject it.', uk: 'У статті hromadske в березні 2025 року аналітикиня Аліна Гриценко стверджувала, що великий європейський контингент в Україні став би живим щитом, який Путіну довелося б знищити, щоб продовжувати війну, тож він, найімовірніше, його відкине.' },
  ],
  roles: [
    { title: { en: 'Prime Minister of Russia', uk: 'Прем’єр-міністр Росії' }, from: '1999-08', to: '2000-05-07' },
    { title: { en: 'President of Russia', uk: 'Президент Росії' }, from: '2000-05-07', to: '2008-05-07' },
    { title: { en: 'Prime Minister of Russia', uk: 'Прем’єр-міністр Росії' }, from: '2008-05-08', to: '2012-05-07' },
    { title: { en: 'President of Russia', uk: 'Президент Росії' }, from: '2012-05-07', asOf: '2025-08' },
  ],
  positions: positionsOf('vladimir-putin'),
  related: ['crimea-annexation', 'full-scale-invasion', 'neutral-status', 'nato-membership', 'sergey-lavrov', 'peace-deal'],
  sources: [
    KREMLIN_2024_06_14,
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
