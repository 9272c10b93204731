import type { KbEntryInput } from '../schema';

export default {
  id: 'antonio-costa',
  kind: 'person',
  title: { en: 'António Costa', uk: 'Антоніу Кошта' },
  aliases: [
    { text: 'António Costa', lang: 'en' },
    { text: 'Antonio Costa', lang: 'en' },
    { text: 'António Costa', lang: 'pl', stems: ['António', 'Cost'] },
    // "costa" means coast in Spanish, Portuguese and Italian (Costa Rica, Costa del Sol); Costa is also a very common
    // surname and a coffee chain: capital letter and strict cues (European Council, António) required.
    { text: 'Costa', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Антоніу Кошта', lang: 'uk' },
    { text: 'Антоніо Кошта', lang: 'uk' },
    { text: 'Антоніу Кошти', lang: 'uk', inflect: false },
    // "кошти" (funds) and "кошт" are everyday Ukrainian words: exact capitalised form and context required.
    { text: 'Кошта', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'Антониу Кошта', lang: 'ru' },
    { text: 'Антонио Кошта', lang: 'ru' },
    { text: 'Антониу Кошту', lang: 'ru', inflect: false },
  ],
  disambiguation: {
    anyOf: [
      'António', 'Antonio', 'Антоніу', 'Антоніо', 'Антониу', 'Антонио',
      'European Council', 'Europäischen Rat*', 'Europäische Rat', 'EU-Ratspräsident*', 'Ratspräsident*', 'Rada Europejska', 'Rady Europejskiej', 'Radzie Europejskiej', 'przewodniczący Rady', 'przewodniczącego Rady', 'Європейської ради', 'Європейська рада', 'Європейську раду', 'Європейській раді', 'Європради', 'Євроради', 'Европейского совета', 'Европейский совет', 'Евросовет*',
      'EU summit', 'EU-Gipfel*', 'szczyt UE', 'szczycie UE', 'szczytu UE', 'саміт ЄС', 'саміті ЄС', 'саміту ЄС', 'саммит ЕС', 'саммите ЕС',
      'von der Leyen', 'фон дер Ляєн', 'фон дер Ляйен', 'Kallas', 'Каллас',
    ],
    noneOf: [
      'Rica', 'Ріка', 'Рика', 'Coffee', 'Kaffee', 'kawiarni*', 'кав*', 'кофе*', 'del Sol', 'Brava', 'Blanca', 'Dorada', 'Smeralda',
      'Diego', 'Douglas', 'Cruises', 'Kreuzfahrt*', 'rejs*', 'круїз*', 'круиз*',
      'football*', 'Fußball*', 'piłk*', 'футбол*', 'Fiorentina', 'Juventus', 'Porto', 'Benfica', 'Braga',
    ],
    window: 300,
  },
  summary: {
    en: 'President of the European Council since 1 December 2024, chairing the summits of EU leaders. A Portuguese Socialist, he was Prime Minister of Portugal from 2015 to 2024.',
    uk: 'Голова Європейської ради з 1 грудня 2024 року, головує на самітах лідерів ЄС. Португальський соціаліст, у 2015–2024 роках — прем’єр-міністр Португалії.',
  },
  background: [
    {
      en: 'Costa was mayor of Lisbon (2007–2015) and became prime minister in November 2015, governing first with the support of left-wing parties and, after 2022, with an outright Socialist majority. He resigned in November 2023 after prosecutors opened an inquiry that mentioned him; he stayed on until the new government took office in April 2024.',
      uk: 'Кошта був мером Лісабона (2007–2015), а в листопаді 2015 року став прем’єр-міністром; спершу спирався на підтримку лівих партій, а після 2022 року — на абсолютну більшість соціалістів. У листопаді 2023 року подав у відставку після того, як прокуратура почала розслідування, у якому згадувалося його ім’я; виконував обов’язки до формування нового уряду у квітні 2024 року.',
    },
    {
      en: 'EU leaders elected him President of the European Council on 27 June 2024, and he succeeded Charles Michel on 1 December 2024. In that role he prepares and chairs the European Council, where decisions on sanctions, on Ukraine’s accession talks and on EU funding for Ukraine are taken, mostly by unanimity.',
      uk: '27 червня 2024 року лідери ЄС обрали його головою Європейської ради; 1 грудня 2024 року він змінив Шарля Мішеля. На цій посаді він готує засідання Європейської ради та головує на них; саме там, здебільшого одностайно, ухвалюють рішення щодо санкцій, переговорів про вступ України та фінансування України з боку ЄС.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, Costa was chairing EU summits at which member states sought unanimity on sanctions against Russia and on opening the first cluster of accession negotiations with Ukraine, which Hungary’s government was blocking.',
      uk: 'Станом на липень 2025 року Кошта головував на самітах ЄС, де держави-члени намагалися досягти одностайності щодо санкцій проти Росії та відкриття першого переговорного кластера з Україною, яке блокував уряд Угорщини.',
    },
  },
  timeline: [
    { date: '2015-11-26', text: { en: 'Becomes Prime Minister of Portugal.', uk: 'Стає прем’єр-міністром Португалії.' } },
    { date: '2023-11-07', text: { en: 'Announces his resignation amid a prosecutors’ inquiry.', uk: 'Оголошує про відставку на тлі розслідування прокуратури.' } },
    { date: '2024-06-27', text: { en: 'Elected President of the European Council by EU leaders.', uk: 'Лідери ЄС обирають його головою Європейської ради.' } },
    { date: '2024-12-01', text: { en: 'Takes office, succeeding Charles Michel.', uk: 'Обіймає посаду, змінивши Шарля Мішеля.' } },
  ],
  roles: [
    { title: { en: 'Mayor of Lisbon', uk: 'Мер Лісабона' }, from: '2007', to: '2015' },
    { title: { en: 'Prime Minister of Portugal', uk: 'Прем’єр-міністр Португалії' }, from: '2015-11-26', to: '2024-04-02' },
    { title: { en: 'President of the European Council', uk: 'Голова Європейської ради' }, from: '2024-12-01', asOf: '2025-07' },
  ],
  related: ['european-council', 'european-union', 'ursula-von-der-leyen', 'kaja-kallas', 'eu-accession-of-ukraine', 'eu-sanctions-against-russia', 'viktor-orban'],
  sources: [
    { publisher: 'European Council', title: 'European Council conclusions, 27 June 2024', date: '2024-06-27' },
    { publisher: 'Wikipedia', title: 'António Costa' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
