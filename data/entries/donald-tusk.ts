import type { KbEntryInput } from '../schema';

export default {
  id: 'donald-tusk',
  kind: 'person',
  title: { en: 'Donald Tusk', uk: 'Дональд Туск' },
  aliases: [
    { text: 'Donald Tusk', lang: 'en' },
    { text: 'Donald Tusk', lang: 'pl', stems: ['Donald', 'Tusk'] },
    // "tusk" is an English noun (elephant or walrus tooth; also a Fleetwood Mac album): capital letter and context required.
    { text: 'Tusk', lang: 'en', caseSensitive: true, ambiguous: true },
    // Polish case forms, exact and capitalised (case-sensitive aliases take no endings).
    { text: 'Tuska', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Tuskowi', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Tuskiem', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Дональд Туск', lang: 'uk' },
    { text: 'Туск', lang: 'uk' },
    { text: 'Дональд Туск', lang: 'ru' },
    { text: 'Туск', lang: 'ru' },
  ],
  disambiguation: {
    anyOf: [
      'Donald',
      'prime minister', 'premier*', 'Ministerpräsident*', 'Regierungschef*', 'прем’єр*', "прем'єр*", 'премьер*',
      'Poland', 'Polish', 'Polen', 'polnisch*', 'Polsk*', 'Польщ*', 'польськ*', 'Польш*', 'польск*',
      'Warsaw', 'Warschau', 'Warszaw*', 'Варшав*',
      'Civic Platform', 'Civic Coalition', 'Koalicja Obywatelska', 'Koalicji Obywatelskiej', 'Platforma Obywatelska', 'Platformy Obywatelskiej', 'PiS',
      'government', 'Regierung*', 'rząd*', 'уряд*', 'правительств*',
      'European Council', 'Europäischen Rat*', 'Rada Europejska', 'Rady Europejskiej', 'Radzie Europejskiej',
      'Ukrain*', 'Україн*', 'Украин*', 'NATO', 'НАТО',
    ],
    noneOf: [
      'elephant*', 'walrus*', 'ivory', 'mammoth*', 'boar', 'Fleetwood', 'Elefant*', 'Walross*', 'Elfenbein', 'słoń*', 'morsa', 'kość słoniow*',
    ],
    window: 300,
  },
  summary: {
    en: 'Prime Minister of Poland since December 2023, a post he also held in 2007–2014, and President of the European Council in 2014–2019. Leader of the centrist Civic Platform, he argues for sustained support for Ukraine and for European rearmament.',
    uk: 'Прем’єр-міністр Польщі з грудня 2023 року (обіймав цю посаду також у 2007–2014 роках), у 2014–2019 роках — голова Європейської ради. Лідер центристської «Громадянської платформи», обстоює подальшу підтримку України та переозброєння Європи.',
  },
  background: [
    {
      en: 'Tusk co-founded Civic Platform in 2001, won the 2007 parliamentary election and served as prime minister until September 2014, when he left to become President of the European Council. He chaired EU summits from December 2014 to November 2019, including during the Minsk process and the Brexit negotiations, and then led the European People’s Party (2019–2022).',
      uk: 'Туск став одним із засновників «Громадянської платформи» у 2001 році, виграв парламентські вибори 2007 року й був прем’єром до вересня 2014 року, коли очолив Європейську раду. Головував на самітах ЄС з грудня 2014 до листопада 2019 року — зокрема в часи мінського процесу та переговорів про Brexit, — а потім очолював Європейську народну партію (2019–2022).',
    },
    {
      en: 'He returned to Polish politics in 2021. His Civic Coalition and allied parties won a majority in the October 2023 election, ending eight years of Law and Justice (PiS) government, and the Sejm elected him prime minister in December 2023.',
      uk: 'У 2021 році він повернувся в польську політику. Його «Громадянська коаліція» разом із союзниками здобула більшість на виборах у жовтні 2023 року, завершивши вісім років правління «Права і справедливості» (ПіС), і в грудні 2023 року Сейм обрав його прем’єром.',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, Tusk’s government was spending more than 4% of Poland’s GDP on defence and backing European security guarantees for Ukraine, while saying Poland did not plan to send its own troops to Ukraine. He governs alongside President Karol Nawrocki, backed by the opposition PiS, who took office on 6 August 2025.',
      uk: 'Станом на серпень 2025 року уряд Туска витрачав на оборону понад 4% ВВП Польщі й підтримував європейські гарантії безпеки для України, водночас заявляючи, що Польща не планує відправляти в Україну власних військових. Він працює разом із президентом Каролем Навроцьким, якого підтримує опозиційна ПіС і який обійняв посаду 6 серпня 2025 року.',
    },
  },
  timeline: [
    { date: '2007-11-16', text: { en: 'Becomes Prime Minister of Poland.', uk: 'Стає прем’єр-міністром Польщі.' } },
    { date: '2014-12-01', text: { en: 'Takes office as President of the European Council.', uk: 'Обіймає посаду голови Європейської ради.' } },
    { date: '2019-11-30', text: { en: 'Ends his second term at the European Council.', uk: 'Завершує другий термін на чолі Європейської ради.' } },
    { date: '2023-10-15', text: { en: 'His coalition wins a parliamentary majority.', uk: 'Його коаліція здобуває більшість у парламенті.' } },
    { date: '2023-12-13', text: { en: 'Sworn in as prime minister for the second time.', uk: 'Удруге складає присягу прем’єр-міністра.' } },
    { date: '2025-05-10', text: { en: 'Visits Kyiv with Macron, Merz and Starmer.', uk: 'Відвідує Київ разом із Макроном, Мерцом і Стармером.' } },
  ],
  roles: [
    { title: { en: 'Prime Minister of Poland', uk: 'Прем’єр-міністр Польщі' }, from: '2007-11-16', to: '2014-09-22' },
    { title: { en: 'President of the European Council', uk: 'Голова Європейської ради' }, from: '2014-12-01', to: '2019-11-30' },
    { title: { en: 'President of the European People’s Party', uk: 'Голова Європейської народної партії' }, from: '2019-12', to: '2022-06' },
    { title: { en: 'Prime Minister of Poland', uk: 'Прем’єр-міністр Польщі' }, from: '2023-12-13', asOf: '2025-08' },
  ],
  related: ['european-council', 'karol-nawrocki', 'andrzej-duda', 'radoslaw-sikorski', 'weimar-triangle', 'emmanuel-macron', 'friedrich-merz', 'nato-spending-target'],
  sources: [
    { publisher: 'Wikipedia', title: 'Donald Tusk' },
    { publisher: 'UNN', title: 'Nawrocki takes oath and assumes office as President of Poland', date: '2025-08-06', url: 'https://unn.ua/en/news/nawrocki-took-the-oath-and-assumed-the-office-of-president-of-poland' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
