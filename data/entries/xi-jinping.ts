import type { KbEntryInput } from '../schema';

export default {
  id: 'xi-jinping',
  kind: 'person',
  title: { en: 'Xi Jinping', uk: 'Сі Цзіньпін' },
  aliases: [
    { text: 'Xi Jinping', lang: 'en' },
    { text: 'Xi Jinping', lang: 'de' },
    { text: 'Xi Jinping', lang: 'pl' },
    { text: 'Xi Jinpinga', lang: 'pl' },
    { text: 'Xi Jinping', lang: 'fr' },
    // Bare "Xi": two letters, also the Greek letter xi (Ξ, ξ) and the surname of other people
    // (his father Xi Zhongxun); exact case only, so the Roman numeral "XI" never matches.
    { text: 'Xi', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Xi', lang: 'de', caseSensitive: true, ambiguous: true },
    { text: 'Xi', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Сі Цзіньпін', lang: 'uk', stems: ['Сі', 'Цзіньпін'] },
    // Bare "Сі": also the musical note and the C programming language ("мова Сі").
    { text: 'Сі', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'Си Цзиньпин', lang: 'ru', stems: ['Си', 'Цзиньпин'] },
    // Bare "Си": also the musical note and the C programming language ("язык Си").
    { text: 'Си', lang: 'ru', caseSensitive: true, ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Jinping', 'Цзіньпін*', 'Цзиньпин*',
      'China', 'Chinese', 'Beijing', 'Peking', 'chinesisch*', 'Chinas', 'Chiny', 'Chin', 'Chinach', 'Chinami', 'Chińsk*', 'chińsk*', 'Pekin*',
      'Китай*', 'Китаю', 'Китаї', 'китайськ*', 'Пекін*', 'Китая', 'Китае', 'китайск*', 'Пекин*',
      'PRC', 'КНР', 'Communist Party', 'Kommunistisch*', 'Komunistyczn*', 'Компарті*', 'Компарти*', 'КПК',
      'president', 'Präsident*', 'prezydent*', 'президент*', 'голова КНР', 'председател*',
      'Putin*', 'Путін*', 'Путин*', 'Kreml*', 'Кремл*',
    ],
    noneOf: [
      'Zhongxun', 'Mingze', 'baryon*', 'Baryon*', 'barion*', 'барион*', 'баріон*', 'Greek letter', 'griechisch* Buchstab*', 'grecka litera',
      'програмуванн*', 'программировани*', 'мажор*', 'мінор*', 'минор*', 'октав*', 'мова Сі', 'мові Сі', 'язык Си', 'языке Си', 'компілятор*', 'компилятор*',
    ],
    window: 300,
  },
  summary: {
    en: 'General Secretary of the Chinese Communist Party since November 2012 and President of China since March 2013. China has not condemned Russia’s invasion and calls itself a party to neither side; it declared a “no limits” partnership with Russia weeks before the invasion and in February 2023 published a 12-point position on a political settlement.',
    uk: 'Генеральний секретар Комуністичної партії Китаю з листопада 2012 року і голова КНР з березня 2013 року. Китай не засудив вторгнення Росії й називає себе непричетним до конфлікту; за кілька тижнів до вторгнення він проголосив з Росією партнерство «без меж», а в лютому 2023 року оприлюднив позицію з 12 пунктів щодо політичного врегулювання.',
  },
  background: [
    {
      en: 'Xi became party leader and chairman of the Central Military Commission in November 2012 and state president in March 2013. In March 2018 the National People’s Congress removed the two-term limit on the presidency; he began a third term as party leader in October 2022 and as president in March 2023.',
      uk: 'Сі очолив партію та Центральну військову раду в листопаді 2012 року, а в березні 2013 року став головою КНР. У березні 2018 року Всекитайські збори народних представників скасували обмеження в два терміни для голови КНР; третій термін на чолі партії він розпочав у жовтні 2022 року, а на посаді голови КНР — у березні 2023 року.',
    },
    {
      en: 'On 4 February 2022, during the Beijing Winter Olympics, Xi and Vladimir Putin signed a joint statement declaring that the friendship between their states has “no limits”. After the invasion China abstained on the UN General Assembly resolutions demanding Russia’s withdrawal, kept buying Russian energy and called for talks. On 24 February 2023 its foreign ministry published “China’s Position on the Political Settlement of the Ukraine Crisis”; Xi made a state visit to Moscow in March 2023 and spoke to Volodymyr Zelenskyy by phone for the first time on 26 April 2023.',
      uk: '4 лютого 2022 року, під час зимової Олімпіади в Пекіні, Сі та Володимир Путін підписали спільну заяву, в якій дружбу між їхніми державами названо такою, що «не має меж». Після вторгнення Китай утримувався під час голосувань за резолюції Генасамблеї ООН з вимогою виведення російських військ, продовжував купувати російські енергоносії і закликав до переговорів. 24 лютого 2023 року МЗС Китаю оприлюднило «Позицію Китаю щодо політичного врегулювання української кризи»; у березні 2023 року Сі здійснив державний візит до Москви, а 26 квітня 2023 року вперше поговорив телефоном з Володимиром Зеленським.',
    },
  ],
  whyNow: {
    asOf: '2025-05',
    text: {
      en: 'As of May 2025, Xi was Putin’s principal guest at the 9 May Victory Day parade in Moscow, marking the 80th anniversary of the end of the Second World War in Europe. Beijing presents itself as neutral and as a promoter of peace talks; NATO’s then Secretary General Jens Stoltenberg said in September 2024 that China had become a key enabler of Russia’s war, and Beijing denies arming Russia.',
      uk: 'Станом на травень 2025 року Сі був головним гостем Путіна на параді 9 травня в Москві до 80-ї річниці завершення Другої світової війни в Європі. Пекін подає себе як нейтральну сторону, що сприяє мирним переговорам; тодішній генсек НАТО Єнс Столтенберг у вересні 2024 року заявив, що Китай став ключовим чинником, який уможливлює війну Росії, а Пекін заперечує, що озброює Росію.',
    },
  },
  timeline: [
    { date: '2012-11-15', text: { en: 'Becomes General Secretary of the Communist Party of China.', uk: 'Стає генеральним секретарем Компартії Китаю.' } },
    { date: '2013-03-14', text: { en: 'Elected President of the People’s Republic of China.', uk: 'Обраний головою КНР.' } },
    { date: '2022-02-04', text: { en: 'Signs the “no limits” joint statement with Putin in Beijing.', uk: 'Підписує з Путіним у Пекіні спільну заяву про дружбу «без меж».' } },
    { date: '2023-02-24', text: { en: 'China publishes its 12-point position on the Ukraine crisis.', uk: 'Китай оприлюднює позицію з 12 пунктів щодо української кризи.' } },
    { date: '2023-03', text: { en: 'State visit to Moscow.', uk: 'Державний візит до Москви.' } },
    { date: '2023-04-26', text: { en: 'First phone call with Zelenskyy since the invasion.', uk: 'Перша від початку вторгнення телефонна розмова із Зеленським.' } },
  ],
  roles: [
    { title: { en: 'General Secretary of the Communist Party of China', uk: 'Генеральний секретар ЦК Комуністичної партії Китаю' }, from: '2012-11-15', asOf: '2025-05' },
    { title: { en: 'Chairman of the Central Military Commission', uk: 'Голова Центральної військової ради' }, from: '2012-11-15', asOf: '2025-05' },
    { title: { en: 'President of the People’s Republic of China', uk: 'Голова Китайської Народної Республіки' }, from: '2013-03-14', asOf: '2025-05' },
  ],
  positions: [
    {
      personId: 'xi-jinping',
      name: { en: 'Xi Jinping', uk: 'Сі Цзіньпін' },
      role: { en: 'President of China (since 2013)', uk: 'голова КНР (з 2013 року)' },
      side: { en: 'Chinese government', uk: 'Уряд Китаю' },
      stance: { en: 'Talks are the only way out; China is not a party', uk: 'Переговори — єдиний вихід; Китай не є стороною конфлікту' },
      paraphrase: {
        en: 'In his phone call with Zelenskyy on 26 April 2023, according to the Chinese readout, Xi said dialogue and negotiation were the only viable way out of the crisis, that China had not created it and was not a party to it, and that Beijing would send a special envoy for Eurasian affairs to Ukraine and other countries.',
        uk: 'Під час телефонної розмови із Зеленським 26 квітня 2023 року, за китайським викладом, Сі заявив, що діалог і переговори — єдиний реальний вихід із кризи, що Китай її не створював і не є її стороною, а Пекін направить в Україну та інші країни спецпредставника з євразійських справ.',
      },
      source: { publisher: 'People’s Daily (Xinhua)', title: 'Highlights of Xi-Zelensky phone talks', date: '2023-04-28' },
    },
  ],
  related: ['vladimir-putin', 'volodymyr-zelenskyy', 'un-security-council', 'sanctions', 'ukraine-peace-formula'],
  sources: [
    { publisher: 'Ministry of Foreign Affairs of the People’s Republic of China', title: 'China’s Position on the Political Settlement of the Ukraine Crisis', date: '2023-02-24' },
    { publisher: 'People’s Daily (Xinhua)', title: 'Highlights of Xi-Zelensky phone talks', date: '2023-04-28' },
    { publisher: 'RBC-Ukraine', title: 'Xi Jinping to attend Putin’s May 9 parade', date: '2025-02-10', url: 'https://newsukraine.rbc.ua/news/xi-jinping-to-attend-putin-s-may-9-parade-1739181565.html' },
    { publisher: 'Xinhua', title: 'Xi attends Russia\'s Victory Day celebrations', date: '2025-05-09' },
    { publisher: 'Encyclopaedia Britannica', title: 'Xi Jinping' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
