import type { KbEntryInput } from '../schema';

export default {
  id: 'valery-gerasimov',
  kind: 'person',
  title: { en: 'Valery Gerasimov', uk: 'Валерій Герасимов' },
  aliases: [
    { text: 'Valery Gerasimov', lang: 'en' },
    { text: 'Valeriy Gerasimov', lang: 'en' },
    { text: 'Valeri Gerasimov', lang: 'en' },
    // Gerasimov is a common Russian surname (athletes, artists, other officials).
    { text: 'Gerasimov', lang: 'en', ambiguous: true },
    { text: 'Waleri Gerassimow', lang: 'de' },
    // Common surname (see above).
    { text: 'Gerassimow', lang: 'de', ambiguous: true },
    { text: 'Walerij Gierasimow', lang: 'pl' },
    // Common surname (see above).
    { text: 'Gierasimow', lang: 'pl', ambiguous: true },
    { text: 'Valeri Guerassimov', lang: 'fr' },
    { text: 'Валерій Герасимов', lang: 'uk' },
    { text: 'Валерий Герасимов', lang: 'ru' },
    // Common surname (see above).
    { text: 'Герасимов', lang: 'ru', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Valery', 'Valeriy', 'Valeri', 'Waleri', 'Walerij', 'Валерій', 'Валерий', 'Валерия',
      'General Staff', 'Generalstab*', 'Sztab*', 'Генштаб*', 'Генеральн*',
      'general', 'generał*', 'генерал*', 'army', 'Armee', 'armi*', 'армі*', 'арми*',
      'military', 'Militär*', 'wojsk*', 'військ*', 'войск*',
      'Shoigu', 'Schoigu', 'Szojgu', 'Шойгу', 'Belousov', 'Beloussow', 'Biełousow', 'Бєлоусов*', 'Білоусов*', 'Белоусов*',
      'Prigozhin', 'Prigoschin', 'Prigożyn*', 'Пригожин*', 'Kremlin', 'Kreml*', 'Кремл*', 'Putin', 'Путін*', 'Путин*',
      'Ukrain*', 'Україн*', 'Украин*', 'Kursk', 'Курськ*', 'Курск*',
    ],
    noneOf: [],
    window: 300,
  },
  summary: {
    en: 'Chief of the General Staff of Russia’s Armed Forces and first deputy defence minister since November 2012, Russia’s highest-ranking officer. Since January 2023 he has also directly commanded the Russian forces fighting in Ukraine. In June 2024 the International Criminal Court issued an arrest warrant for him.',
    uk: 'Начальник Генерального штабу Збройних сил Росії та перший заступник міністра оборони з листопада 2012 року — найвищий за посадою російський військовий. З січня 2023 року також безпосередньо командує російським угрупованням, що воює в Україні. У червні 2024 року Міжнародний кримінальний суд видав ордер на його арешт.',
  },
  background: [
    {
      en: 'A career army officer, Gerasimov was appointed chief of the General Staff in November 2012, days after Sergei Shoigu became defence minister, and has kept the post through the seizure of Crimea in 2014, the intervention in Syria and the full-scale invasion of Ukraine in 2022. A 2013 article of his on modern conflict was popularised in the West as the “Gerasimov doctrine” of hybrid warfare, a label that the British analyst Mark Galeotti, who coined it, later disowned.',
      uk: 'Кадровий армійський офіцер, Герасимов став начальником Генштабу в листопаді 2012 року, за кілька днів після призначення Сергія Шойгу міністром оборони, і зберіг посаду під час захоплення Криму у 2014 році, інтервенції в Сирії та повномасштабного вторгнення в Україну у 2022 році. Його статтю 2013 року про сучасні конфлікти на Заході популяризували як «доктрину Герасимова» гібридної війни; британський аналітик Марк Галеотті, автор цього терміна, згодом від нього відмовився.',
    },
    {
      en: 'On 11 January 2023 Shoigu made him commander of the joint group of forces in Ukraine, replacing General Sergei Surovikin. Wagner chief Yevgeny Prigozhin publicly blamed Gerasimov and Shoigu for Russian losses, and his June 2023 mutiny demanded that they be handed over. On 24 June 2024 ICC judges issued arrest warrants for Gerasimov and Shoigu over the 2022–2023 missile strikes on Ukraine’s electricity infrastructure.',
      uk: '11 січня 2023 року Шойгу призначив його командувачем об’єднаного угруповання військ в Україні замість генерала Сергія Суровікіна. Очільник «Вагнера» Євген Пригожин публічно звинувачував Герасимова й Шойгу у втратах російської армії, а під час заколоту в червні 2023 року вимагав їх видати. 24 червня 2024 року судді МКС видали ордери на арешт Герасимова й Шойгу за ракетні удари по українській енергетиці у 2022–2023 роках.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Gerasimov remains chief of the General Staff under defence minister Andrei Belousov and commands the war. On 26 April 2025 he reported to Putin that Russian forces had retaken the Kursk region, for the first time officially acknowledging that North Korean troops had fought there; Ukraine’s General Staff disputed the claim that its forces had been driven out.',
      uk: 'Станом на червень 2025 року Герасимов залишається начальником Генштабу за міністра оборони Андрія Бєлоусова і командує війною. 26 квітня 2025 року він доповів Путіну, що російські війська повернули контроль над Курською областю, уперше офіційно визнавши участь у боях там військових КНДР; Генштаб ЗСУ заперечив, що українські підрозділи звідти витіснено.',
    },
  },
  timeline: [
    { date: '2012-11-09', text: { en: 'Appointed chief of the General Staff and first deputy defence minister.', uk: 'Призначений начальником Генштабу та першим заступником міністра оборони.' } },
    { date: '2013-02', text: { en: 'Publishes the article on modern warfare later labelled the “Gerasimov doctrine”.', uk: 'Публікує статтю про сучасну війну, яку згодом назвуть «доктриною Герасимова».' } },
    { date: '2023-01-11', text: { en: 'Takes direct command of the Russian forces in Ukraine, replacing Sergei Surovikin.', uk: 'Бере безпосереднє командування російськими військами в Україні замість Сергія Суровікіна.' } },
    { date: '2023-06-24', text: { en: 'Wagner’s mutiny, which demanded his and Shoigu’s removal, ends the same day.', uk: 'Заколот «Вагнера», учасники якого вимагали усунення його та Шойгу, завершується того ж дня.' } },
    { date: '2024-06-24', text: { en: 'The ICC issues an arrest warrant for him over strikes on Ukraine’s power grid.', uk: 'МКС видає ордер на його арешт за удари по енергосистемі України.' } },
    { date: '2025-04-26', text: { en: 'Reports to Putin that the Kursk region has been retaken, acknowledging North Korean troops’ role; Ukraine disputes it.', uk: 'Доповідає Путіну про повернення Курської області та визнає участь військових КНДР; Україна це заперечує.' } },
  ],
  roles: [
    {
      title: { en: 'Chief of the General Staff of the Armed Forces of Russia and First Deputy Minister of Defence', uk: 'начальник Генерального штабу ЗС Росії, перший заступник міністра оборони' },
      from: '2012-11-09',
      asOf: '2025-06',
    },
    { title: { en: 'Commander of the joint group of Russian forces in Ukraine', uk: 'командувач об’єднаного угруповання російських військ в Україні' }, from: '2023-01-11', asOf: '2025-06' },
  ],
  related: ['sergei-shoigu', 'andrei-belousov', 'yevgeny-prigozhin', 'wagner-mutiny-2023', 'international-criminal-court', 'kursk-incursion', 'hybrid-warfare'],
  sources: [
    {
      publisher: 'Kyiv Independent',
      title: 'Russia appoints Gerasimov in place of Surovikin as overall commander of war against Ukraine',
      date: '2023-01-11',
      url: 'https://kyivindependent.com/news-feed/russia-replaces-surovikin-with-gerasimov-as-overall-commander-of-war-against-ukraine',
    },
    {
      publisher: 'NHK World',
      title: 'ICC issues arrest warrants for Shoigu, Gerasimov over invasion of Ukraine',
      date: '2024-06-26',
      url: 'https://www3.nhk.or.jp/nhkworld/en/news/20240626_01/',
    },
    {
      publisher: 'Euromaidan Press',
      title: 'Ukraine’s General Staff denies Kremlin’s statement about withdrawal from Kursk Oblast',
      date: '2025-04-26',
      url: 'https://euromaidanpress.com/2025/04/26/ukraines-general-staff-denies-kremlins-statement-about-withdrawal-from-kursk-oblast/',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
