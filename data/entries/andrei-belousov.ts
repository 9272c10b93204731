import type { KbEntryInput } from '../schema';

export default {
  id: 'andrei-belousov',
  kind: 'person',
  title: { en: 'Andrei Belousov', uk: 'Андрій Бєлоусов' },
  aliases: [
    { text: 'Andrei Belousov', lang: 'en' },
    { text: 'Andrey Belousov', lang: 'en' },
    // A common Russian surname: other Belousovs appear in the news.
    { text: 'Belousov', lang: 'en', ambiguous: true },
    { text: 'Andrei Beloussow', lang: 'de' },
    { text: 'Andrej Beloussow', lang: 'de' },
    // Common surname (see above).
    { text: 'Beloussow', lang: 'de', ambiguous: true },
    { text: 'Andriej Biełousow', lang: 'pl' },
    // Common surname (see above).
    { text: 'Biełousow', lang: 'pl', ambiguous: true },
    { text: 'Andreï Belooussov', lang: 'fr' },
    { text: 'Андрій Бєлоусов', lang: 'uk' },
    { text: 'Андрій Білоусов', lang: 'uk' },
    // Білоусов is also a common Ukrainian surname.
    { text: 'Бєлоусов', lang: 'uk', ambiguous: true },
    { text: 'Білоусов', lang: 'uk', ambiguous: true },
    { text: 'Андрей Белоусов', lang: 'ru' },
    // Common surname (see above).
    { text: 'Белоусов', lang: 'ru', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Andrei', 'Andrey', 'Andrej', 'Andriej', 'Андрій', 'Андрей', 'Андрея',
      'defence minister', 'defense minister', 'defence ministry', 'defense ministry', 'Ministry of Defence', 'Ministry of Defense',
      'Verteidigungsminist*', 'minister obrony', 'ministra obrony', 'ministrem obrony',
      'міністр оборони', 'міністра оборони', 'Міноборони', 'министр обороны', 'министра обороны', 'Минобороны',
      'Kremlin', 'Kreml*', 'Кремл*', 'Putin', 'Путін*', 'Путин*', 'Shoigu', 'Schoigu', 'Szojgu', 'Шойгу',
      'Gerasimov', 'Gerassimow', 'Gierasimow', 'Герасимов*',
    ],
    noneOf: [],
    window: 300,
  },
  summary: {
    en: 'Russia’s defence minister since May 2024, an economist with no military career. He was previously first deputy prime minister (2020–2024) and for years Vladimir Putin’s adviser on the economy. The Kremlin presented his appointment as a way to bring economic management and innovation to a military whose spending had grown sharply during the war.',
    uk: 'Міністр оборони Росії з травня 2024 року — економіст без військової кар’єри. Раніше був першим віцепрем’єром (2020–2024) і багато років радником Володимира Путіна з економічних питань. У Кремлі подали його призначення як спосіб привнести економічне управління та інновації в армію, витрати на яку під час війни різко зросли.',
  },
  background: [
    {
      en: 'A Moscow State University economist, Belousov was minister of economic development in 2012–2013 and then Putin’s aide on economic affairs until January 2020, when he became first deputy prime minister in Mikhail Mishustin’s government. He has long argued for a strong role of the state in the economy.',
      uk: 'Економіст, випускник МДУ, Бєлоусов у 2012–2013 роках був міністром економічного розвитку, а потім до січня 2020 року — помічником Путіна з економічних питань; тоді ж став першим віцепрем’єром в уряді Михайла Мішустіна. Він давно обстоює сильну роль держави в економіці.',
    },
    {
      en: 'On 12 May 2024, at the start of Putin’s new term, Putin nominated him to replace Sergei Shoigu as defence minister; Shoigu became secretary of the Security Council. Kremlin spokesman Dmitry Peskov explained that the ministry should be led by a civilian open to innovation. After consultations in the Federation Council he was appointed on 14 May 2024; General Valery Gerasimov remained chief of the General Staff.',
      uk: '12 травня 2024 року, на початку нового президентського терміну, Путін запропонував його на посаду міністра оборони замість Сергія Шойгу, якого перевели секретарем Ради безпеки. Речник Кремля Дмитро Пєсков пояснив, що міністерство має очолити цивільна людина, відкрита до інновацій. Після консультацій у Раді Федерації 14 травня 2024 року Бєлоусова призначили; генерал Валерій Герасимов залишився начальником Генштабу.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Belousov runs Russia’s defence ministry while it continues the war against Ukraine; after his arrival several of Shoigu-era deputy ministers and senior officials were replaced or arrested in corruption cases.',
      uk: 'Станом на червень 2025 року Бєлоусов керує Міноборони Росії, яке продовжує війну проти України; після його приходу низку заступників міністра й високопосадовців часів Шойгу замінили або заарештували у справах про корупцію.',
    },
  },
  timeline: [
    { date: '2012-05', text: { en: 'Becomes minister of economic development.', uk: 'Стає міністром економічного розвитку.' } },
    { date: '2013-06', text: { en: 'Leaves the ministry to become Putin’s aide on the economy.', uk: 'Залишає міністерство і стає помічником Путіна з економічних питань.' } },
    { date: '2020-01-21', text: { en: 'Appointed first deputy prime minister.', uk: 'Призначений першим віцепрем’єр-міністром.' } },
    { date: '2024-05-12', text: { en: 'Nominated by Putin as defence minister in place of Sergei Shoigu.', uk: 'Путін пропонує його на посаду міністра оборони замість Сергія Шойгу.' } },
    { date: '2024-05-14', text: { en: 'Appointed defence minister after consultations in the Federation Council.', uk: 'Призначений міністром оборони після консультацій у Раді Федерації.' } },
  ],
  roles: [
    { title: { en: 'Minister of Economic Development of Russia', uk: 'міністр економічного розвитку Росії' }, from: '2012-05', to: '2013-06' },
    { title: { en: 'Aide to the President of Russia (economy)', uk: 'помічник президента Росії з економічних питань' }, from: '2013-06', to: '2020-01' },
    { title: { en: 'First Deputy Prime Minister of Russia', uk: 'перший віцепрем’єр-міністр Росії' }, from: '2020-01-21', to: '2024-05' },
    { title: { en: 'Minister of Defence of Russia', uk: 'міністр оборони Росії' }, from: '2024-05-14', asOf: '2025-06' },
  ],
  related: ['sergei-shoigu', 'valery-gerasimov', 'vladimir-putin', 'dmitry-peskov', 'security-council-of-russia'],
  sources: [
    {
      publisher: 'Censor.NET',
      title: 'Putin decides to replace Shoigu with Belousov as Russian Defence Minister',
      date: '2024-05-13',
      url: 'https://censor.net/en/news/3489054/putin_minyaye_shoyigu_na_byelousova',
    },
    {
      publisher: 'Smotrim (VGTRK)',
      title: 'Путин предложил назначить Белоусова министром обороны РФ',
      date: '2024-05-12',
      url: 'https://smotrim.ru/amp/article/3946089',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
