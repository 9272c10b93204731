import type { KbEntryInput } from '../schema';

export default {
  id: 'yuri-ushakov',
  kind: 'person',
  title: { en: 'Yuri Ushakov', uk: 'Юрій Ушаков' },
  aliases: [
    { text: 'Yuri Ushakov', lang: 'en' },
    { text: 'Yury Ushakov', lang: 'en' },
    { text: 'Yuriy Ushakov', lang: 'en' },
    // Also Admiral Fyodor Ushakov (18th century), the Order and Medal of Ushakov, warships named after him.
    { text: 'Ushakov', lang: 'en', ambiguous: true },
    { text: 'Juri Uschakow', lang: 'de' },
    // The admiral (see above).
    { text: 'Uschakow', lang: 'de', ambiguous: true },
    { text: 'Jurij Uszakow', lang: 'pl' },
    // The admiral (see above).
    { text: 'Uszakow', lang: 'pl', ambiguous: true },
    { text: 'Iouri Ouchakov', lang: 'fr' },
    { text: 'Юрій Ушаков', lang: 'uk' },
    { text: 'Юрий Ушаков', lang: 'ru' },
    // The admiral (see above); the same spelling in Ukrainian and Russian.
    { text: 'Ушаков', lang: 'ru', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Yuri', 'Yury', 'Yuriy', 'Juri', 'Jurij', 'Юрій', 'Юрий', 'Юрия',
      'Kremlin', 'Kreml*', 'Кремл*', 'aide', 'adviser', 'advisor', 'Berater', 'doradc*', 'помічник*', 'помощник*', 'радник*', 'советник*',
      'Putin', 'Путін*', 'Путин*', 'Lavrov', 'Lawrow', 'Ławrow', 'Лавров*',
      'Witkoff', 'Уіткофф*', 'Віткофф*', 'Уиткофф*', 'Trump', 'Трамп*', 'Rubio', 'Рубіо', 'Рубио',
      'talks', 'Gespräche', 'rozmow*', 'переговор*',
    ],
    noneOf: [
      'admiral', 'Admiral', 'admirał*', 'адмірал*', 'адмирал*', 'Fyodor', 'Fiodor', 'Fjodor', 'Фёдор*', 'Федор*', 'Федір*',
      'medal', 'Medaille', 'medal*', 'медал*', 'order of', 'Orden', 'орден*',
      'dictionary', 'Wörterbuch', 'słownik*', 'словник*', 'словар*',
      'frigate', 'cruiser', 'Fregatte', 'fregat*', 'фрегат*', 'крейсер*',
    ],
    window: 300,
  },
  summary: {
    en: 'Vladimir Putin’s aide for foreign policy since May 2012 and one of Russia’s main negotiators with the United States. A career diplomat, he was Russia’s ambassador in Washington from 1998 to 2008. In 2025 he took part, with Sergey Lavrov, in the Russian–US talks in Riyadh and in Putin’s summit with Donald Trump in Alaska.',
    uk: 'Помічник Володимира Путіна з питань зовнішньої політики з травня 2012 року і один із головних російських переговірників зі США. Кадровий дипломат, у 1998–2008 роках був послом Росії у Вашингтоні. У 2025 році разом із Сергієм Лавровим брав участь у російсько-американських переговорах в Ер-Ріяді та в саміті Путіна з Дональдом Трампом на Алясці.',
  },
  background: [
    {
      en: 'A Soviet and Russian diplomat, Ushakov served as ambassador to the United States from 1998 to 2008 and then as deputy head of the government staff under Prime Minister Putin. When Putin returned to the presidency in May 2012, Ushakov became his aide on international affairs, preparing his foreign contacts and summits.',
      uk: 'Радянський і російський дипломат, Ушаков у 1998–2008 роках був послом у США, а потім заступником керівника апарату уряду за прем’єр-міністра Путіна. Коли Путін у травні 2012 року повернувся на посаду президента, Ушаков став його помічником з міжнародних питань і відтоді готує його зарубіжні контакти та саміти.',
    },
    {
      en: 'He regularly briefs Russian media on Putin’s calls and meetings with foreign leaders, including those with Donald Trump in 2025. On 18 February 2025 he and Lavrov met Marco Rubio, Mike Waltz and Steve Witkoff in Riyadh, the first high-level Russian–US talks since the full-scale invasion; Ukraine was not represented.',
      uk: 'Він регулярно розповідає російським медіа про телефонні розмови та зустрічі Путіна з іноземними лідерами, зокрема з Дональдом Трампом у 2025 році. 18 лютого 2025 року він і Лавров зустрілися в Ер-Ріяді з Марко Рубіо, Майком Волтцом і Стівом Віткоффом — це були перші російсько-американські переговори високого рівня після початку повномасштабного вторгнення; Україну на них не представляли.',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, Ushakov is at the centre of Russia’s talks with the Trump administration: he announced the arrangements for the 15 August 2025 summit in Anchorage, Alaska, and sat with Putin and Lavrov opposite Trump, Rubio and Witkoff in the talks there.',
      uk: 'Станом на серпень 2025 року Ушаков перебуває в центрі переговорів Росії з адміністрацією Трампа: він оголошував деталі саміту 15 серпня 2025 року в Анкориджі на Алясці і брав участь у тамтешніх переговорах разом із Путіним і Лавровим — навпроти Трампа, Рубіо та Віткоффа.',
    },
  },
  timeline: [
    { date: '1998', text: { en: 'Becomes Russia’s ambassador to the United States.', uk: 'Стає послом Росії у США.' } },
    { date: '2008', text: { en: 'Leaves Washington to become deputy head of the government staff under Prime Minister Putin.', uk: 'Залишає Вашингтон і стає заступником керівника апарату уряду за прем’єра Путіна.' } },
    { date: '2012-05', text: { en: 'Becomes Putin’s aide for foreign policy.', uk: 'Стає помічником Путіна з питань зовнішньої політики.' } },
    { date: '2025-02-18', text: { en: 'Takes part with Lavrov in the Russian–US talks in Riyadh.', uk: 'Разом із Лавровим бере участь у російсько-американських переговорах в Ер-Ріяді.' } },
    { date: '2025-08-15', text: { en: 'Joins Putin and Lavrov in the talks with Trump, Rubio and Witkoff in Anchorage, Alaska.', uk: 'Разом із Путіним і Лавровим бере участь у переговорах із Трампом, Рубіо та Віткоффом в Анкориджі на Алясці.' } },
  ],
  roles: [
    { title: { en: 'Ambassador of Russia to the United States', uk: 'посол Росії у США' }, from: '1998', to: '2008' },
    { title: { en: 'Deputy Head of the Russian Government Staff', uk: 'заступник керівника апарату уряду Росії' }, from: '2008', to: '2012' },
    { title: { en: 'Aide to the President of Russia (foreign policy)', uk: 'помічник президента Росії з питань зовнішньої політики' }, from: '2012-05', asOf: '2025-08' },
  ],
  related: ['vladimir-putin', 'sergey-lavrov', 'kirill-dmitriev', 'steve-witkoff', 'marco-rubio', 'alaska-summit-2025', 'kremlin'],
  sources: [
    {
      publisher: 'Euromaidan Press',
      title: 'US, Russia hold five-hour talks in Saudi Arabia without Ukraine’s participation',
      date: '2025-02-18',
      url: 'https://euromaidanpress.com/2025/02/18/us-russia-hold-five-hour-talks-in-saudi-arabia-without-ukraines-participation/',
    },
    {
      publisher: 'Kazinform',
      title: 'The White House describes Alaska meeting of Presidents of Russia and the US as historic',
      date: '2025-08-16',
      url: 'https://qazinform.com/news/the-white-house-describes-alaska-meeting-of-presidents-of-russia-and-the-us-as-historic-fed0d6',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
