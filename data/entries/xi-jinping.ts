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
    en: 'General Secretary of the Chinese Communist Party since November 2012 and President of China since March 2013. China has not condemned Russia’s invasion and presents itself as neutral; it declared a “no limits” partnership with Russia weeks before the invasion and in February 2023 published a 12-point position on a political settlement.',
    uk: 'Генеральний секретар Комуністичної партії Китаю з листопада 2012 року і голова КНР з березня 2013 року. Китай не засудив вторгнення Росії й називає себе нейтральною стороною; за кілька тижнів до вторгнення він проголосив з Росією партнерство «без меж», а в лютому 2023 року оприлюднив позицію з 12 пунктів щодо політичного врегулювання.',
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
      en: 'As of May 2025, Xi was Putin’s principal guest at the 9 May Victory Day parade in Moscow, marking the 80th anniversary of the end of the Second World War in Europe. Beijing presents itself as neutral and as a promoter of peace talks; NATO allies, in their Washington Summit Declaration of July 2024, called China a “decisive enabler” of Russia’s war against Ukraine, which Beijing rejects.',
      uk: 'Станом на травень 2025 року Сі був головним гостем Путіна на параді 9 травня в Москві до 80-ї річниці завершення Другої світової війни в Європі. Пекін подає себе як нейтральну сторону, що сприяє мирним переговорам; союзники по НАТО у Вашингтонській декларації саміту в липні 2024 року назвали Китай «вирішальним посібником» війни Росії проти України, що Пекін відкидає.',
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
      stance: { en: 'Dialogue and negotiation are the only way out', uk: 'Діалог і переговори — єдиний вихід' },
      paraphrase: {
        en: 'In his first phone call with Zelenskyy, on 26 April 2023, Xi said, according to Chinese state media, that dialogue and negotiation were the only viable way out of the crisis and that China stood on the side of peace; Beijing said it would send a special representative to Ukraine for talks on a political settlement.',
        uk: 'Під час першої телефонної розмови із Зеленським 26 квітня 2023 року Сі, за даними китайських державних медіа, заявив, що діалог і переговори — єдиний реальний вихід із кризи і що Китай стоїть на боці миру; Пекін повідомив, що направить в Україну спецпредставника для переговорів про політичне врегулювання.',
      },
      source: { publisher: 'The Times', title: 'Xi Jinping to send diplomats to Ukraine after Zelensky call', date: '2023-04-26', url: 'https://www.thetimes.co.uk/article/xi-jinping-to-send-diplomats-to-ukraine-after-zelensky-call-vhq092qtv' },
    },
  ],
  related: ['vladimir-putin', 'volodymyr-zelenskyy', 'un-security-council', 'sanctions', 'ukraine-peace-formula'],
  sources: [
    { publisher: 'Ministry of Foreign Affairs of the People’s Republic of China', title: 'China’s Position on the Political Settlement of the Ukraine Crisis', date: '2023-02-24' },
    { publisher: 'The Times', title: 'Xi Jinping to send diplomats to Ukraine after Zelensky call', date: '2023-04-26', url: 'https://www.thetimes.co.uk/article/xi-jinping-to-send-diplomats-to-ukraine-after-zelensky-call-vhq092qtv' },
    { publisher: 'NATO', title: 'Washington Summit Declaration', date: '2024-07-10' },
    { publisher: 'Ukrainska Pravda', title: 'Xi Jinping confirms state visit to Russia and attendance at 9 May parade', date: '2025-05-04', url: 'https://www.pravda.com.ua/eng/news/2025/05/4/7510548/' },
    { publisher: 'Encyclopaedia Britannica', title: 'Xi Jinping' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
