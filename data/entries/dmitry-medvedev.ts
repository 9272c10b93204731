import type { KbEntryInput } from '../schema';

export default {
  id: 'dmitry-medvedev',
  kind: 'person',
  title: { en: 'Dmitry Medvedev', uk: 'Дмитро Медведєв' },
  aliases: [
    { text: 'Dmitry Medvedev', lang: 'en' },
    { text: 'Dmitri Medvedev', lang: 'en' },
    { text: 'Dmitriy Medvedev', lang: 'en' },
    // The bare surname is also the tennis player Daniil Medvedev (and other Medvedevs).
    { text: 'Medvedev', lang: 'en', ambiguous: true },
    { text: 'Dmitri Medwedew', lang: 'de' },
    { text: 'Dmitrij Medwedew', lang: 'de' },
    // Daniil Medwedew, the tennis player.
    { text: 'Medwedew', lang: 'de', ambiguous: true },
    { text: 'Dmitrij Miedwiediew', lang: 'pl' },
    // Daniił Miedwiediew, the tennis player.
    { text: 'Miedwiediew', lang: 'pl', ambiguous: true },
    { text: 'Dmitri Medvedev', lang: 'fr' },
    { text: 'Дмитро Медведєв', lang: 'uk' },
    // Даніїл Медведєв, the tennis player.
    { text: 'Медведєв', lang: 'uk', ambiguous: true },
    { text: 'Дмитрий Медведев', lang: 'ru' },
    // Даниил Медведев, the tennis player.
    { text: 'Медведев', lang: 'ru', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Dmitry', 'Dmitri', 'Dmitriy', 'Dmitrij', 'Дмитр*',
      'Kremlin', 'Kreml*', 'Кремл*',
      'Security Council', 'Sicherheitsrat*', 'Rady Bezpieczeństwa', 'Радбез*', 'Совбез*', 'Ради безпеки', 'Совета безопасности',
      'Telegram', 'Телеграм*',
      'nuclear', 'Atom*', 'nuklear*', 'jądrow*', 'ядерн*',
      'Putin', 'Путін*', 'Путин*',
      'Ukrain*', 'Україн*', 'Украин*',
      'former president', 'Ex-Präsident', 'Altpräsident', 'były prezydent', 'експрезидент*', 'экс-президент*',
      'United Russia', 'Einiges Russland', 'Jedna Rosja', 'Єдина Росія', 'Единая Россия',
    ],
    noneOf: [
      'Daniil', 'Daniił', 'Даніїл*', 'Даниил*', 'Данило',
      'tennis', 'Tennis*', 'tenis*', 'теніс*', 'теннис*',
      'ATP', 'Grand Slam', 'Wimbledon', 'US Open', 'Australian Open', 'French Open', 'Roland Garros', 'Roland-Garros',
      'Sinner', 'Alcaraz', 'Djokovic', 'Djoković', 'Джокович*', 'Nadal', 'Zverev', 'Swerew',
    ],
    window: 300,
  },
  summary: {
    en: 'Deputy chairman of Russia’s Security Council since January 2020, after serving as President of Russia (2008–2012) and Prime Minister (2012–2020). Since the full-scale invasion of Ukraine he has become one of the Kremlin’s harshest voices, posting threats against Ukraine and the West, including references to Russia’s nuclear weapons, on his Telegram channel.',
    uk: 'Заступник голови Ради безпеки Росії з січня 2020 року; раніше — президент Росії (2008–2012) і прем’єр-міністр (2012–2020). Після початку повномасштабного вторгнення в Україну став одним із найрізкіших голосів Кремля: у своєму Telegram-каналі погрожує Україні та Заходу, зокрема згадуючи російську ядерну зброю.',
  },
  background: [
    {
      en: 'A lawyer from St Petersburg who worked with Vladimir Putin in the city administration in the 1990s, Medvedev headed the Presidential Administration from 2003 to 2005 and was first deputy prime minister from 2005 to 2008. With Putin’s backing he was elected president in March 2008 while Putin, barred from a third consecutive term, became prime minister.',
      uk: 'Юрист із Санкт-Петербурга, який у 1990-х працював разом із Володимиром Путіним у міській адміністрації, Медведєв у 2003–2005 роках очолював Адміністрацію президента, а у 2005–2008 роках був першим віцепрем’єром. За підтримки Путіна у березні 2008 року його обрали президентом, тоді як Путін, що не міг балотуватися втретє поспіль, став прем’єр-міністром.',
    },
    {
      en: 'His presidency included the war with Georgia in August 2008 and the New START arms control treaty signed with US President Barack Obama in Prague in April 2010. In September 2011 he announced that Putin would run for president again; after Putin’s return in 2012 Medvedev became prime minister. His government resigned in January 2020, when Putin proposed constitutional changes, and Putin created the post of deputy chairman of the Security Council for him.',
      uk: 'На час його президентства припали війна з Грузією в серпні 2008 року та договір про скорочення стратегічних наступальних озброєнь (СНО-3), підписаний із президентом США Бараком Обамою у Празі у квітні 2010 року. У вересні 2011 року він оголосив, що Путін знову балотуватиметься в президенти; після повернення Путіна у 2012 році Медведєв очолив уряд. У січні 2020 року, коли Путін запропонував зміни до конституції, уряд пішов у відставку, а для Медведєва створили посаду заступника голови Радбезу.',
    },
    {
      en: 'He has also chaired the ruling United Russia party since 2012. Once presented as a relative liberal, since February 2022 he has regularly insulted Ukraine’s leadership, denied that Ukraine is a separate state and warned Western countries of nuclear escalation.',
      uk: 'З 2012 року він також очолює правлячу партію «Єдина Росія». Колись його подавали як відносного ліберала, але з лютого 2022 року він регулярно ображає українське керівництво, заперечує існування України як окремої держави і погрожує західним країнам ядерною ескалацією.',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, Medvedev’s posts had drawn a direct US response: on 1 August 2025 President Donald Trump said he had ordered two nuclear submarines repositioned after what he called Medvedev’s highly provocative statements, made during a public exchange over Trump’s deadline for a ceasefire in Ukraine.',
      uk: 'Станом на серпень 2025 року дописи Медведєва викликали пряму реакцію США: 1 серпня 2025 року президент Дональд Трамп заявив, що наказав перемістити два атомні підводні човни у відповідь на, за його словами, вкрай провокаційні заяви Медведєва, зроблені під час публічної суперечки щодо встановленого Трампом терміну для припинення вогню в Україні.',
    },
  },
  timeline: [
    { date: '2008-05-07', text: { en: 'Inaugurated as President of Russia; Putin becomes prime minister.', uk: 'Складає присягу як президент Росії; Путін стає прем’єр-міністром.' } },
    { date: '2008-08', text: { en: 'Russia fights a five-day war with Georgia and then recognises Abkhazia and South Ossetia.', uk: 'Росія веде п’ятиденну війну з Грузією, після чого визнає Абхазію та Південну Осетію.' } },
    { date: '2010-04-08', text: { en: 'Signs the New START treaty with Barack Obama in Prague.', uk: 'Підписує з Бараком Обамою у Празі договір СНО-3.' } },
    { date: '2012-05-08', text: { en: 'Becomes prime minister after Putin returns to the presidency.', uk: 'Стає прем’єр-міністром після повернення Путіна на посаду президента.' } },
    { date: '2020-01-16', text: { en: 'After his government’s resignation, appointed to the newly created post of deputy chairman of the Security Council.', uk: 'Після відставки уряду призначений на щойно створену посаду заступника голови Ради безпеки.' } },
    { date: '2025-08-01', text: { en: 'Donald Trump announces that two US nuclear submarines are being repositioned in response to Medvedev’s statements.', uk: 'Дональд Трамп оголошує про переміщення двох американських атомних підводних човнів у відповідь на заяви Медведєва.' } },
  ],
  roles: [
    { title: { en: 'Head of the Presidential Administration of Russia', uk: 'керівник Адміністрації президента Росії' }, from: '2003', to: '2005' },
    { title: { en: 'First Deputy Prime Minister of Russia', uk: 'перший віцепрем’єр-міністр Росії' }, from: '2005', to: '2008' },
    { title: { en: 'President of Russia', uk: 'президент Росії' }, from: '2008-05-07', to: '2012-05-07' },
    { title: { en: 'Prime Minister of Russia', uk: 'прем’єр-міністр Росії' }, from: '2012-05-08', to: '2020-01-16' },
    { title: { en: 'Chairman of the United Russia party', uk: 'голова партії «Єдина Росія»' }, from: '2012', asOf: '2025-06' },
    { title: { en: 'Deputy Chairman of the Security Council of Russia', uk: 'заступник голови Ради безпеки Росії' }, from: '2020-01-16', asOf: '2025-08' },
  ],
  related: ['vladimir-putin', 'security-council-of-russia', 'russian-nuclear-doctrine', 'escalation', 'donald-trump'],
  sources: [
    {
      publisher: 'Belsat',
      title: 'Russian govt resigns, Medvedev to get position in Security Council',
      date: '2020-01-15',
      url: 'https://belsat.eu/en/news/russian-govt-resigns-medvedev-to-get-position-in-security-council',
    },
    {
      publisher: 'Interfax-Ukraine',
      title: "Trump orders nuclear submarines to be deployed 'in appropriate regions' over Medvedev's statements",
      date: '2025-08-01',
      url: 'https://en.interfax.com.ua/news/general/1092586.html',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
