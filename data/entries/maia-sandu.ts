import type { KbEntryInput } from '../schema';

export default {
  id: 'maia-sandu',
  kind: 'person',
  title: { en: 'Maia Sandu', uk: 'Мая Санду' },
  aliases: [
    { text: 'Maia Sandu', lang: 'en' },
    { text: 'Maia Sandu', lang: 'de' },
    { text: 'Maia Sandu', lang: 'pl', inflect: false },
    { text: 'Maia Sandu', lang: 'fr' },
    // Bare surname: Sandu is a common Romanian surname and first name.
    { text: 'Sandu', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Sandu', lang: 'de', caseSensitive: true, ambiguous: true },
    { text: 'Sandu', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Мая Санду', lang: 'uk', inflect: false },
    { text: 'Маї Санду', lang: 'uk', inflect: false },
    { text: 'Маю Санду', lang: 'uk', inflect: false },
    { text: 'Майя Санду', lang: 'uk', inflect: false },
    { text: 'Майя Санду', lang: 'ru', inflect: false },
    { text: 'Майи Санду', lang: 'ru', inflect: false },
    { text: 'Майю Санду', lang: 'ru', inflect: false },
    { text: 'Санду', lang: 'uk', inflect: false, ambiguous: true },
    { text: 'Санду', lang: 'ru', inflect: false, ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Maia', 'Мая', 'Маї', 'Майя', 'Майи',
      'Moldova', 'Moldovan*', 'Moldau', 'Moldawi*', 'moldauisch*', 'Mołdaw*', 'mołdawsk*', 'Молдов*', 'молдовськ*', 'Молдав*', 'молдавск*', 'молдовск*',
      'Chișinău', 'Chisinau', 'Kischinau', 'Kiszyni*', 'Кишин*',
      'Action and Solidarity', 'Dodon*', 'Додон*',
      'president*', 'Präsident*', 'prezydent*', 'президент*',
      'Transnistri*', 'Transnistrien', 'Naddniestrz*', 'Придністров*', 'Приднестров*',
    ],
    noneOf: ['football*', 'Fußball*', 'piłk*', 'футбол*', 'tennis', 'Tennis', 'теніс*', 'теннис*'],
    window: 300,
  },
  summary: {
    en: 'President of Moldova since December 2020, re-elected in November 2024, and founder of the pro-European Party of Action and Solidarity (PAS). Under her Moldova applied to join the EU days after Russia’s full-scale invasion of neighbouring Ukraine, became a candidate with Ukraine in June 2022 and opened accession talks in June 2024.',
    uk: 'Президентка Молдови з грудня 2020 року, переобрана в листопаді 2024 року, засновниця проєвропейської партії «Дія і солідарність» (PAS). За її президентства Молдова подала заявку на вступ до ЄС через кілька днів після повномасштабного вторгнення Росії в сусідню Україну, у червні 2022 року разом з Україною отримала статус кандидата, а в червні 2024 року розпочала переговори про вступ.',
  },
  background: [
    {
      en: 'An economist who worked at the World Bank, Sandu was Moldova’s education minister from 2012 to 2015 and founded PAS in 2016. She lost the 2016 presidential run-off to the pro-Russian Igor Dodon, served briefly as prime minister from June to November 2019, when her government fell in a no-confidence vote, and defeated Dodon in the November 2020 presidential run-off.',
      uk: 'Економістка, яка працювала у Світовому банку, Санду була міністеркою освіти Молдови у 2012–2015 роках, а у 2016 році заснувала PAS. Того ж року вона програла другий тур президентських виборів проросійському Ігорю Додону, у червні–листопаді 2019 року недовго очолювала уряд, який упав після вотуму недовіри, а в листопаді 2020 року перемогла Додона в другому турі президентських виборів.',
    },
    {
      en: 'Moldova applied for EU membership on 3 March 2022 and, together with Ukraine, was granted candidate status by the European Council on 23 June 2022. On 20 October 2024 a referendum narrowly approved, with just over 50% in favour, writing the goal of EU membership into the constitution; on 3 November 2024 Sandu won a second term with about 55% against Alexandr Stoianoglo, backed by the Socialists. She said both votes had faced illegal vote buying and interference, which she blamed on criminal groups acting with foreign forces; Moscow denied interfering.',
      uk: 'Молдова подала заявку на членство в ЄС 3 березня 2022 року і разом з Україною отримала від Європейської ради статус кандидата 23 червня 2022 року. 20 жовтня 2024 року на референдумі незначною більшістю (трохи більше ніж 50% «за») схвалили закріплення мети вступу до ЄС у конституції; 3 листопада 2024 року Санду здобула другий термін, отримавши близько 55% голосів проти Александра Стояногло, якого підтримували соціалісти. Вона заявила, що обидва голосування супроводжували незаконний підкуп виборців і втручання, за якими, за її словами, стояли злочинні групи, що діяли разом з іноземними силами; Москва заперечила втручання.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Sandu was pressing for Moldova’s EU accession in step with Ukraine, ahead of parliamentary elections due on 28 September 2025 in which her party sought to keep its majority. Russian troops remain in the breakaway Transnistria region, which lost its supply of Russian gas through Ukraine on 1 January 2025.',
      uk: 'Станом на червень 2025 року Санду домагалася вступу Молдови до ЄС синхронно з Україною напередодні парламентських виборів, призначених на 28 вересня 2025 року, на яких її партія прагнула зберегти більшість. У самопроголошеному Придністров’ї й досі перебувають російські війська; з 1 січня 2025 року регіон залишився без російського газу, що надходив через Україну.',
    },
  },
  timeline: [
    { date: '2019-06-08', text: { en: 'Becomes Prime Minister of Moldova.', uk: 'Стає прем’єр-міністеркою Молдови.' } },
    { date: '2020-11-15', text: { en: 'Defeats Igor Dodon in the presidential run-off.', uk: 'Перемагає Ігоря Додона в другому турі президентських виборів.' } },
    { date: '2020-12-24', text: { en: 'Takes office as president.', uk: 'Обіймає посаду президентки.' } },
    { date: '2022-06-23', text: { en: 'Moldova and Ukraine are granted EU candidate status.', uk: 'Молдова та Україна отримують статус кандидата на вступ до ЄС.' } },
    { date: '2024-10-20', text: { en: 'EU referendum passes narrowly alongside the first round of the presidential election.', uk: 'Разом із першим туром президентських виборів незначною більшістю ухвалено референдум щодо ЄС.' } },
    { date: '2024-11-03', text: { en: 'Re-elected in the run-off.', uk: 'Переобрана в другому турі.' } },
  ],
  roles: [
    { title: { en: 'Minister of Education of Moldova', uk: 'Міністерка освіти Молдови' }, from: '2012-07', to: '2015-07' },
    { title: { en: 'Prime Minister of Moldova', uk: 'Прем’єр-міністерка Молдови' }, from: '2019-06-08', to: '2019-11-14' },
    { title: { en: 'President of Moldova', uk: 'Президентка Молдови' }, from: '2020-12-24', asOf: '2025-06' },
  ],
  related: ['transnistria', 'european-union', 'eu-accession-of-ukraine', 'hybrid-warfare', 'volodymyr-zelenskyy'],
  sources: [
    { publisher: 'European Council', title: 'European Council conclusions, 23-24 June 2022', date: '2022-06-24' },
    { publisher: 'Xinhua', title: 'Moldova\'s incumbent President Maia Sandu wins presidential runoff', date: '2024-11-04' },
    {
      publisher: 'OSCE/ODIHR',
      title: 'Moldova’s well-managed presidential run-off offered voters genuine choice, despite legal deficiencies, unbalanced media coverage and impact of foreign interference, international observers say',
      date: '2024-11-04',
    },
    { publisher: 'Politico Europe', title: 'Moldova to hold ‘crucial’ elections on Sept. 28', date: '2025-04-17' },
    { publisher: 'Encyclopaedia Britannica', title: 'Maia Sandu' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
