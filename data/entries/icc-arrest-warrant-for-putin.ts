import type { KbEntryInput } from '../schema';

export default {
  id: 'icc-arrest-warrant-for-putin',
  kind: 'document',
  title: { en: 'ICC arrest warrant for Vladimir Putin', uk: 'Ордер МКС на арешт Володимира Путіна' },
  aliases: [
    { text: 'ICC arrest warrant for Putin', lang: 'en' },
    { text: 'ICC warrant for Putin', lang: 'en' },
    { text: 'Putin arrest warrant', lang: 'en' },
    { text: 'arrest warrant for Putin', lang: 'en' },
    { text: 'arrest warrant against Putin', lang: 'en' },
    // "ICC warrant" alone also names the warrants for Netanyahu, Duterte and others.
    { text: 'ICC warrant', lang: 'en', ambiguous: true },
    { text: 'ICC arrest warrant', lang: 'en', ambiguous: true },
    { text: 'ордер на арешт Путіна', lang: 'uk', stems: ['ордер', 'на', 'арешт', 'Путін'] },
    { text: 'ордер МКС', lang: 'uk', stems: ['ордер', 'МКС'], ambiguous: true },
    { text: 'ордер на арест Путина', lang: 'ru', stems: ['ордер', 'на', 'арест', 'Путин'] },
    { text: 'ордер МУС', lang: 'ru', stems: ['ордер', 'МУС'], ambiguous: true },
    { text: 'Haftbefehl gegen Putin', lang: 'de' },
    { text: 'IStGH-Haftbefehl', lang: 'de', ambiguous: true },
    { text: 'nakaz aresztowania Putina', lang: 'pl', stems: ['nakaz', 'aresztowani', 'Putin'] },
    { text: 'nakaz aresztowania MTK', lang: 'pl', stems: ['nakaz', 'aresztowani', 'MTK'], ambiguous: true },
    { text: "mandat d'arrêt contre Poutine", lang: 'fr' },
  ],
  disambiguation: {
    anyOf: ['Putin*', 'Путін*', 'Путин*', 'Poutine', 'Lvova-Belova', 'Lwowa-Biełowa', 'Львова-Бєлова', 'Львової-Бєлової', 'Львова-Белова', 'Львовой-Беловой', 'Kremlin', 'Kreml*', 'Кремл*', 'deport*', 'депорт*', 'children', 'дітей', 'детей', 'Kinder*', 'dzieci'],
    noneOf: ['Netanyahu', 'Netanjahu', 'Нетаньяху', 'Нетаньягу', 'Gallant', 'Галант*', 'Duterte', 'Дутерте', 'Taliban*', 'Талібан*', 'Талибан*', 'Israel*', 'Izrael*', 'Ізраїл*', 'Израил*', 'Gaza', 'Hamas', 'Хамас*'],
    window: 300,
  },
  summary: {
    en: 'An arrest warrant issued by the International Criminal Court on 17 March 2023 for Vladimir Putin, on suspicion of the war crime of unlawfully deporting and transferring children from occupied areas of Ukraine to Russia. A warrant was issued the same day for Russia’s children’s rights commissioner, Maria Lvova-Belova. Russia does not recognise the court.',
    uk: 'Ордер на арешт Володимира Путіна, виданий Міжнародним кримінальним судом 17 березня 2023 року за підозрою у воєнному злочині — незаконній депортації та переміщенні дітей з окупованих територій України до Росії. Того ж дня видали ордер і на уповноважену з прав дитини в Росії Марію Львову-Бєлову. Росія не визнає юрисдикції суду.',
  },
  background: [
    {
      en: 'Ukraine accepted the ICC’s jurisdiction over crimes on its territory by declarations in 2014 and 2015 and became a full member of the Rome Statute on 1 January 2025. Pre-Trial Chamber II issued the warrants on the prosecutor’s application. The ICC later issued warrants for Russian commanders over strikes on Ukraine’s power grid (March 2024) and for Sergei Shoigu and Valery Gerasimov (June 2024).',
      uk: 'Україна визнала юрисдикцію МКС щодо злочинів на своїй території заявами 2014 і 2015 років і з 1 січня 2025 року стала повноправною учасницею Римського статуту. Палата попереднього провадження II видала ордери на запит прокурора. Згодом МКС видав ордери на російських командувачів за удари по енергосистемі України (березень 2024 року) та на Сергія Шойгу й Валерія Герасимова (червень 2024 року).',
    },
    {
      en: 'States parties to the Rome Statute are obliged to arrest Putin if he enters their territory. He attended the 2023 BRICS summit in South Africa only by video. When he visited Mongolia, a state party, in September 2024 without being arrested, the court found that Mongolia had failed to meet its obligations.',
      uk: 'Держави — учасниці Римського статуту зобов’язані заарештувати Путіна, якщо він опиниться на їхній території. Саміт БРІКС 2023 року в Південно-Африканській Республіці він відвідав лише в режимі відеозв’язку. Коли у вересні 2024 року він побував у Монголії, державі-учасниці, і не був заарештований, суд констатував, що Монголія не виконала своїх зобов’язань.',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, the warrant shaped Putin’s travel and the choice of venues for talks: his summit with Donald Trump on 15 August was held in Alaska, and the United States is not a party to the Rome Statute.',
      uk: 'Станом на серпень 2025 року ордер впливав на поїздки Путіна й вибір місць для переговорів: його саміт із Дональдом Трампом 15 серпня відбувся на Алясці, а США не є учасником Римського статуту.',
    },
  },
  timeline: [
    { date: '2023-03-17', text: { en: 'The ICC issues warrants for Putin and Maria Lvova-Belova.', uk: 'МКС видає ордери на арешт Путіна та Марії Львової-Бєлової.' } },
    { date: '2023-08', text: { en: 'Putin joins the BRICS summit in South Africa by video only.', uk: 'Путін бере участь у саміті БРІКС у ПАР лише онлайн.' } },
    { date: '2024-09-03', text: { en: 'Putin visits Mongolia, an ICC member, and is not arrested.', uk: 'Путін відвідує Монголію, державу — учасницю МКС, і його не заарештовують.' } },
    { date: '2025-01-01', text: { en: 'Ukraine becomes a state party to the Rome Statute.', uk: 'Україна стає державою — учасницею Римського статуту.' } },
    { date: '2025-08-15', text: { en: 'Putin meets Trump in Alaska, in a country outside the ICC.', uk: 'Путін зустрічається з Трампом на Алясці — у країні, яка не є учасницею МКС.' } },
  ],
  positions: [
    {
      personId: 'volodymyr-zelenskyy',
      name: { en: 'Volodymyr Zelenskyy', uk: 'Володимир Зеленський' },
      role: { en: 'President of Ukraine (since 2019)', uk: 'Президент України (з 2019 року)' },
      side: { en: 'Ukrainian government', uk: 'Уряд України' },
      stance: { en: 'A historic decision', uk: 'Історичне рішення' },
      paraphrase: {
        en: 'On 17 March 2023 called the warrant a historic decision from which historic responsibility would begin.',
        uk: '17 березня 2023 року назвав ордер історичним рішенням, з якого почнеться історична відповідальність.',
      },
      source: { publisher: 'President of Ukraine (president.gov.ua)', title: 'Evening address of the President of Ukraine', date: '2023-03-17' },
    },
    {
      personId: 'dmitry-peskov',
      name: { en: 'Dmitry Peskov', uk: 'Дмитро Пєсков' },
      role: { en: 'Kremlin spokesman (since 2012)', uk: 'речник Кремля (з 2012 року)' },
      side: { en: 'Russian government', uk: 'Уряд Росії' },
      stance: { en: 'The court’s decisions are legally void for Russia', uk: 'Рішення суду для Росії юридично нікчемні' },
      paraphrase: {
        en: 'On 17 March 2023 called the very framing of the question outrageous and unacceptable and said Russia, like a number of other states, did not recognise the court’s jurisdiction, so its decisions were legally void for Russia.',
        uk: '17 березня 2023 року назвав саму постановку питання обурливою й неприйнятною і заявив, що Росія, як і низка інших держав, не визнає юрисдикції суду, тож його рішення для Росії юридично нікчемні.',
      },
      source: { publisher: 'Interfax-Ukraine', title: 'Peskov on ICC arrest warrant for Putin: We view it as outrageous, unacceptable', date: '2023-03-17', url: 'https://en.interfax.com.ua/news/general/898254.html' },
    },
  ],
  related: ['international-criminal-court', 'vladimir-putin', 'occupied-territories', 'full-scale-invasion', 'alaska-summit-2025'],
  sources: [
    { publisher: 'International Criminal Court', title: 'Situation in Ukraine: ICC judges issue arrest warrants against Vladimir Vladimirovich Putin and Maria Alekseyevna Lvova-Belova', date: '2023-03-17' },
    { publisher: 'International Criminal Court', title: 'Situation in Ukraine: ICC judges issue arrest warrants against Sergei Kuzhugetovich Shoigu and Valery Vasilyevich Gerasimov', date: '2024-06-25' },
    { publisher: 'International Criminal Court', title: 'Finding of non-compliance by Mongolia (Pre-Trial Chamber II)', date: '2024-10' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
