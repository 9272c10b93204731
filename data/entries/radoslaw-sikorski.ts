import type { KbEntryInput } from '../schema';

export default {
  id: 'radoslaw-sikorski',
  kind: 'person',
  title: { en: 'Radosław Sikorski', uk: 'Радослав Сікорський' },
  aliases: [
    { text: 'Radosław Sikorski', lang: 'en' },
    { text: 'Radek Sikorski', lang: 'en' },
    { text: 'Radosław Sikorski', lang: 'pl', stems: ['Radosław', 'Sikorsk'] },
    // Guards against General Władysław Sikorski (Polish wartime prime minister) and, in Ukrainian and Russian,
    // the aircraft designer Igor Sikorsky (Ігор Сікорський; Kyiv Polytechnic bears his name).
    { text: 'Sikorski', lang: 'en', ambiguous: true },
    { text: 'Sikorski', lang: 'pl', stems: ['Sikorsk'], ambiguous: true },
    { text: 'Sikorski', lang: 'de', ambiguous: true },
    { text: 'Радослав Сікорський', lang: 'uk', stems: ['Радослав', 'Сікорськ'] },
    { text: 'Сікорський', lang: 'uk', stems: ['Сікорськ'], ambiguous: true },
    { text: 'Радослав Сикорский', lang: 'ru', stems: ['Радослав', 'Сикорск'] },
    { text: 'Сикорский', lang: 'ru', stems: ['Сикорск'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Radosław', 'Radoslaw', 'Radek', 'Радослав*',
      'foreign minister*', 'Foreign Affairs', 'Außenminister*', 'minister spraw zagranicznych', 'ministra spraw zagranicznych', 'ministrem spraw zagranicznych', 'szef MSZ', 'szefa MSZ', 'MSZ', 'szefowa dyplomacji', 'szefowej dyplomacji', 'szef dyplomacji', 'szefa dyplomacji', 'dyplomacj*',
      'міністр закордонних справ', 'міністра закордонних справ', 'міністром закордонних справ', 'МЗС', 'головна дипломат*', 'головної дипломат*', 'головний дипломат*', 'головного дипломат*', 'министр иностранных дел', 'министра иностранных дел', 'МИД',
      'Poland', 'Polish', 'Polen', 'polnisch*', 'Polsk*', 'Польщ*', 'польськ*', 'Польш*', 'польск*',
      'Tusk*', 'Туск*', 'Warsaw', 'Warschau', 'Warszaw*', 'Варшав*',
      'Ukrain*', 'Україн*', 'Украин*', 'Russia*', 'Russland', 'Rosj*', 'Росі*', 'Росси*', 'NATO', 'НАТО', 'Musk*', 'Маск*', 'Applebaum', 'Еплбаум',
    ],
    noneOf: [
      'Władysław', 'Wladyslaw', 'Владислав*', 'Igor', 'Ігор*', 'Игор*', 'Ihor', 'КПІ', 'КПИ', 'політехні*', 'политехни*', 'helicopter*', 'Hubschrauber*', 'śmigłow*', 'гелікоптер*', 'вертол*', 'Sikorsky', 'Gibraltar*', 'Гібралтар*', 'Гибралтар*',
    ],
    window: 300,
  },
  summary: {
    en: 'Poland’s foreign minister since December 2023 (a post he also held in 2007–2014) and deputy prime minister since July 2025; earlier defence minister (2005–2007). A long-standing advocate of Western support for Ukraine, he is a senior figure in Donald Tusk’s government.',
    uk: 'Міністр закордонних справ Польщі з грудня 2023 року (обіймав цю посаду також у 2007–2014 роках), з липня 2025 року — також віцепрем’єр-міністр; раніше — міністр оборони (2005–2007). Послідовний прихильник підтримки України Заходом і одна з ключових постатей в уряді Дональда Туска.',
  },
  background: [
    {
      en: 'Sikorski left communist Poland for Britain in the 1980s, studied at Oxford and worked as a war correspondent in Afghanistan. He was defence minister in a PiS-led government (2005–2007), then foreign minister under Donald Tusk (2007–2014) and Marshal of the Sejm (2014–2015). In February 2014 he was among the EU foreign ministers who mediated in Kyiv between President Yanukovych and the Maidan opposition.',
      uk: 'У 1980-х роках Сікорський виїхав із комуністичної Польщі до Британії, навчався в Оксфорді й працював військовим кореспондентом в Афганістані. Був міністром оборони в уряді на чолі з ПіС (2005–2007), потім міністром закордонних справ в уряді Дональда Туска (2007–2014) і маршалком Сейму (2014–2015). У лютому 2014 року він був серед міністрів закордонних справ ЄС, які в Києві виступали посередниками між президентом Януковичем і опозицією Майдану.',
    },
    {
      en: 'After serving as a member of the European Parliament (2019–2023), he returned as foreign minister in Tusk’s government in December 2023; in Tusk’s reshuffle of July 2025 he was also made deputy prime minister. He is married to the historian and journalist Anne Applebaum.',
      uk: 'Після роботи в Європарламенті (2019–2023) у грудні 2023 року він повернувся на посаду міністра закордонних справ в уряді Туска; під час перестановок у липні 2025 року Туск призначив його також віцепрем’єр-міністром. Його дружина — історикиня й журналістка Енн Еплбаум.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, Sikorski was arguing, in the EU, NATO and the UN, for keeping up pressure on Russia and military support for Ukraine.',
      uk: 'Станом на липень 2025 року Сікорський в ЄС, НАТО та ООН обстоював подальший тиск на Росію й військову підтримку України.',
    },
  },
  timeline: [
    { date: '2005-10-31', text: { en: 'Becomes Poland’s defence minister.', uk: 'Стає міністром оборони Польщі.' } },
    { date: '2007-11-16', text: { en: 'Becomes foreign minister in Donald Tusk’s first government.', uk: 'Стає міністром закордонних справ у першому уряді Дональда Туска.' } },
    { date: '2014-02-21', text: { en: 'Helps mediate the agreement between Yanukovych and the Maidan opposition in Kyiv.', uk: 'Долучається до посередництва в укладенні угоди між Януковичем і опозицією Майдану в Києві.' } },
    { date: '2023-12-13', text: { en: 'Returns as foreign minister in Tusk’s new government.', uk: 'Повертається на посаду міністра закордонних справ у новому уряді Туска.' } },
  ],
  roles: [
    { title: { en: 'Minister of National Defence of Poland', uk: 'Міністр національної оборони Польщі' }, from: '2005-10-31', to: '2007-02-07' },
    { title: { en: 'Minister of Foreign Affairs of Poland', uk: 'Міністр закордонних справ Польщі' }, from: '2007-11-16', to: '2014-09-22' },
    { title: { en: 'Marshal of the Sejm', uk: 'Маршалок Сейму' }, from: '2014-09-24', to: '2015-06-23' },
    { title: { en: 'Member of the European Parliament', uk: 'Депутат Європейського парламенту' }, from: '2019-07', to: '2023' },
    { title: { en: 'Minister of Foreign Affairs of Poland', uk: 'Міністр закордонних справ Польщі' }, from: '2023-12-13', asOf: '2025-07' },
    { title: { en: 'Deputy Prime Minister of Poland', uk: 'Віцепрем’єр-міністр Польщі' }, from: '2025-07-24', asOf: '2025-07' },
  ],
  related: ['donald-tusk', 'andrzej-duda', 'karol-nawrocki', 'anne-applebaum', 'euromaidan', 'weimar-triangle'],
  sources: [
    { publisher: 'Polskie Radio', title: 'Radosław Sikorski returns as Poland\'s top diplomat', date: '2023-12-13', url: 'https://polskieradio.pl/395/7784/artykul/3299306,radoslaw-sikorski-returns-as-polands-top-diplomat' },
    { publisher: 'PAP', title: 'WRAPUP: Tusk reshuffles his government', date: '2025-07-23', url: 'https://www.pap.pl/en/news/wrapup-tusk-reshuffles-his-government' },
    { publisher: 'Wikipedia', title: 'Radosław Sikorski' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
