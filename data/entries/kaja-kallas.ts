import type { KbEntryInput } from '../schema';

export default {
  id: 'kaja-kallas',
  kind: 'person',
  title: { en: 'Kaja Kallas', uk: 'Кая Каллас' },
  aliases: [
    { text: 'Kaja Kallas', lang: 'en' },
    // Guards against her father Siim Kallas (Estonian prime minister 2002–2003, European Commissioner 2004–2014).
    { text: 'Kallas', lang: 'en', ambiguous: true },
    { text: 'Kallas', lang: 'de', ambiguous: true },
    { text: 'Kallas', lang: 'pl', ambiguous: true },
    { text: 'Кая Каллас', lang: 'uk', inflect: false },
    { text: 'Каллас', lang: 'uk', inflect: false, ambiguous: true },
    { text: 'Кая Каллас', lang: 'ru', inflect: false },
    { text: 'Каллас', lang: 'ru', inflect: false, ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Kaja', 'Kai', 'Кая', 'Каю', 'Каї',
      'High Representative', 'Hohe Vertreterin', 'Hohen Vertreterin', 'Wysoka Przedstawiciel*', 'Wysokiej Przedstawiciel*', 'Wysoki Przedstawiciel*', 'Верховна представниц*', 'Верховної представниц*', 'Верховній представниц*', 'Верховну представниц*', 'Верховный представител*', 'Верховного представител*', 'Верховному представител*',
      'foreign policy chief', 'EU foreign', 'top diplomat', 'Chefdiplomatin', 'Außenbeauftragt*', 'szefowa dyplomacji', 'szefowej dyplomacji', 'szef dyplomacji', 'szefa dyplomacji', 'головна дипломат*', 'головної дипломат*', 'головний дипломат*', 'головного дипломат*', 'очільниця дипломатії', 'очільниці дипломатії', 'глава дипломатии', 'главы дипломатии',
      'Estonia*', 'Estland', 'estnisch*', 'Estoni*', 'Естоні*', 'Эстони*',
      'European Union', 'Europäischen Union', 'Unia Europejska', 'Unii Europejskiej', 'Європейський Союз*', 'Європейського Союз*', 'Європейському Союз*', 'Евросоюз*', 'Євросоюз*',
      'Ukrain*', 'Україн*', 'Украин*', 'Russia*', 'Russland', 'Rosj*', 'Росі*', 'Росси*',
    ],
    noneOf: ['Siim', 'Сийм', 'Сійм', 'father', 'Vater', 'ojciec', 'батьк*', 'отец', 'отца'],
    window: 300,
  },
  summary: {
    en: 'EU High Representative for Foreign Affairs and Security Policy since 1 December 2024, previously Prime Minister of Estonia (2021–2024). A long-standing critic of the Kremlin, she argues that Ukraine must be put in a position of strength and the pressure on Russia kept up.',
    uk: 'Верховна представниця ЄС із закордонних справ і безпекової політики з 1 грудня 2024 року, до того — прем’єр-міністерка Естонії (2021–2024). Давня критикиня Кремля: наполягає, що Україну треба поставити в позицію сили, а тиск на Росію — не послаблювати.',
  },
  background: [
    {
      en: 'A lawyer and former member of the European Parliament (2014–2018), Kallas became leader of Estonia’s Reform Party in 2018 and the country’s first female prime minister in January 2021. After the full-scale invasion Estonia was among Ukraine’s largest donors relative to the size of its economy, according to the Kiel Institute’s Ukraine Support Tracker. In February 2024 Russia put her on a wanted list, accusing her of destroying Soviet monuments.',
      uk: 'Юристка й колишня депутатка Європарламенту (2014–2018), Каллас у 2018 році очолила естонську Партію реформ, а в січні 2021 року стала першою жінкою на посаді прем’єр-міністра Естонії. Після початку повномасштабного вторгнення Естонія, за даними Ukraine Support Tracker Кільського інституту, була серед найбільших донорів України відносно розміру економіки. У лютому 2024 року Росія оголосила її в розшук, звинувативши у знесенні радянських пам’ятників.',
    },
    {
      en: 'EU leaders nominated her for the post of High Representative in June 2024; she resigned as prime minister in July 2024 and took up the EU post on 1 December 2024. She is also a Vice-President of the European Commission. Her father, Siim Kallas, was Estonia’s prime minister in 2002–2003 and a European Commissioner.',
      uk: 'У червні 2024 року лідери ЄС висунули її на посаду Верховної представниці; у липні 2024 року вона пішла з посади прем’єрки, а 1 грудня 2024 року приступила до роботи в ЄС. Вона також є віцепрезиденткою Європейської комісії. Її батько, Сійм Каллас, був прем’єр-міністром Естонії у 2002–2003 роках і єврокомісаром.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, Kallas was steering EU sanctions packages against Russia and pressing member states for more military aid to Ukraine, and insisted that Europe and Ukraine must be part of any negotiations on ending the war.',
      uk: 'Станом на липень 2025 року Каллас просувала нові пакети санкцій ЄС проти Росії, закликала держави-члени збільшити військову допомогу Україні та наполягала, що Європа й Україна мають брати участь у будь-яких переговорах про завершення війни.',
    },
  },
  timeline: [
    { date: '2018-04', text: { en: 'Elected leader of Estonia’s Reform Party.', uk: 'Обрана головою Партії реформ Естонії.' } },
    { date: '2021-01-26', text: { en: 'Becomes Prime Minister of Estonia.', uk: 'Стає прем’єр-міністеркою Естонії.' } },
    { date: '2024-02', text: { en: 'Russia puts her on a wanted list.', uk: 'Росія оголошує її в розшук.' } },
    { date: '2024-06-27', text: { en: 'EU leaders nominate her as High Representative.', uk: 'Лідери ЄС висувають її на посаду Верховної представниці.' } },
    { date: '2024-12-01', text: { en: 'Takes office as EU foreign policy chief.', uk: 'Обіймає посаду очільниці дипломатії ЄС.' } },
  ],
  roles: [
    { title: { en: 'Prime Minister of Estonia', uk: 'Прем’єр-міністерка Естонії' }, from: '2021-01-26', to: '2024-07' },
    { title: { en: 'EU High Representative for Foreign Affairs and Security Policy and Vice-President of the European Commission', uk: 'Верховна представниця ЄС із закордонних справ і безпекової політики, віцепрезидентка Європейської комісії' }, from: '2024-12-01', asOf: '2025-07' },
  ],
  related: ['european-union', 'european-commission', 'eu-sanctions-against-russia', 'ursula-von-der-leyen', 'antonio-costa'],
  sources: [
    { publisher: 'European Council', title: 'European Council conclusions, 27 June 2024', date: '2024-06-27' },
    { publisher: 'Kiel Institute for the World Economy', title: 'Ukraine Support Tracker' },
    { publisher: 'Wikipedia', title: 'Kaja Kallas' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
