import type { KbEntryInput } from '../schema';

const ICC_WARRANTS_NHK = {
  publisher: 'NHK World',
  title: 'ICC issues arrest warrants for Shoigu, Gerasimov over invasion of Ukraine',
  date: '2024-06-26',
  url: 'https://www3.nhk.or.jp/nhkworld/en/news/20240626_01/',
} as const;

export default {
  id: 'sergei-shoigu',
  kind: 'person',
  title: { en: 'Sergei Shoigu', uk: 'Сергій Шойгу' },
  aliases: [
    { text: 'Sergei Shoigu', lang: 'en' },
    { text: 'Sergey Shoigu', lang: 'en' },
    { text: 'Shoigu', lang: 'en' },
    { text: 'Sergei Schoigu', lang: 'de' },
    { text: 'Sergej Schoigu', lang: 'de' },
    { text: 'Schoigu', lang: 'de' },
    { text: 'Siergiej Szojgu', lang: 'pl' },
    { text: 'Szojgu', lang: 'pl' },
    { text: 'Sergueï Choïgou', lang: 'fr' },
    { text: 'Choïgou', lang: 'fr' },
    { text: 'Сергій Шойгу', lang: 'uk' },
    { text: 'Сергей Шойгу', lang: 'ru' },
    { text: 'Шойгу', lang: 'ru' },
  ],
  summary: {
    en: 'Secretary of Russia’s Security Council since May 2024. As defence minister from November 2012 to May 2024 he led the armed forces through the annexation of Crimea and the first two years of the full-scale invasion of Ukraine. The International Criminal Court issued an arrest warrant for him in June 2024.',
    uk: 'Секретар Ради безпеки Росії з травня 2024 року. Як міністр оборони з листопада 2012 до травня 2024 року керував армією під час анексії Криму та перших двох років повномасштабного вторгнення в Україну. У червні 2024 року Міжнародний кримінальний суд видав ордер на його арешт.',
  },
  background: [
    {
      en: 'Born in Tuva in 1955, Shoigu led Russia’s emergencies service, first as a state committee and then as a ministry, from 1991 to 2012, which made him one of the country’s best-known officials. In 1999 he co-led the pro-Kremlin Unity bloc, a forerunner of the United Russia party. In 2012 he briefly served as governor of Moscow Oblast.',
      uk: 'Народжений 1955 року в Туві, Шойгу з 1991 до 2012 року очолював рятувальне відомство Росії — спершу державний комітет, потім міністерство з надзвичайних ситуацій, — що зробило його одним із найвідоміших російських посадовців. У 1999 році він був одним із лідерів прокремлівського блоку «Єдність», попередника партії «Єдина Росія». У 2012 році недовго був губернатором Московської області.',
    },
    {
      en: 'Appointed defence minister in November 2012, he oversaw the military during the seizure of Crimea in 2014, the intervention in Syria from 2015 and the full-scale invasion of Ukraine in February 2022. In July 2022 he signed the Black Sea grain deal for Russia in Istanbul. Wagner chief Yevgeny Prigozhin publicly attacked him and General Valery Gerasimov, and demanded their removal during his June 2023 mutiny.',
      uk: 'Призначений міністром оборони в листопаді 2012 року, він керував армією під час захоплення Криму у 2014 році, інтервенції в Сирії з 2015 року та повномасштабного вторгнення в Україну в лютому 2022 року. У липні 2022 року в Стамбулі підписав від Росії «зернову угоду». Очільник «Вагнера» Євген Пригожин публічно нападав на нього й генерала Валерія Герасимова, а під час заколоту в червні 2023 року вимагав їхнього усунення.',
    },
    {
      en: 'On 12 May 2024, weeks after his deputy Timur Ivanov was arrested on bribery charges, Putin moved Shoigu to the Security Council and nominated the economist Andrei Belousov as defence minister. On 24 June 2024 ICC judges issued arrest warrants for Shoigu and Gerasimov over missile strikes on Ukraine’s electricity infrastructure between October 2022 and March 2023, as alleged war crimes and a crime against humanity.',
      uk: '12 травня 2024 року, через кілька тижнів після арешту його заступника Тимура Іванова за підозрою в хабарництві, Путін перевів Шойгу до Ради безпеки, а міністром оборони запропонував економіста Андрія Бєлоусова. 24 червня 2024 року судді МКС видали ордери на арешт Шойгу та Герасимова за ракетні удари по українській енергетичній інфраструктурі з жовтня 2022 до березня 2023 року — як імовірні воєнні злочини та злочин проти людяності.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Shoigu is secretary of the Security Council, the body that prepares Putin’s decisions on national security, and travels abroad on Putin’s behalf: he held talks with North Korea’s leader Kim Jong Un in Pyongyang in March and twice in June 2025, as the two countries deepened military cooperation.',
      uk: 'Станом на червень 2025 року Шойгу — секретар Ради безпеки, органу, що готує рішення Путіна з питань національної безпеки; він їздить за кордон як представник Путіна: у березні та двічі в червні 2025 року провів у Пхеньяні переговори з лідером КНДР Кім Чен Ином на тлі поглиблення військової співпраці двох країн.',
    },
  },
  timeline: [
    { date: '2012-11-06', text: { en: 'Appointed defence minister after Anatoly Serdyukov is dismissed.', uk: 'Призначений міністром оборони після звільнення Анатолія Сердюкова.' } },
    { date: '2022-02-24', text: { en: 'Russia launches the full-scale invasion of Ukraine.', uk: 'Росія починає повномасштабне вторгнення в Україну.' } },
    { date: '2022-07-22', text: { en: 'Signs the Black Sea grain initiative for Russia in Istanbul.', uk: 'Підписує від Росії Чорноморську зернову ініціативу в Стамбулі.' } },
    { date: '2023-06-24', text: { en: 'Wagner’s mutiny, aimed at Shoigu and Gerasimov, ends the same day.', uk: 'Заколот «Вагнера», спрямований проти Шойгу та Герасимова, завершується того ж дня.' } },
    { date: '2024-05-12', text: { en: 'Appointed secretary of the Security Council; Andrei Belousov is nominated to succeed him.', uk: 'Призначений секретарем Ради безпеки; на його місце запропоновано Андрія Бєлоусова.' } },
    { date: '2024-06-24', text: { en: 'The ICC issues an arrest warrant for him over strikes on Ukraine’s power grid.', uk: 'МКС видає ордер на його арешт за удари по енергосистемі України.' } },
  ],
  roles: [
    {
      title: { en: 'Head of Russia’s emergencies committee, then Minister for Emergency Situations', uk: 'голова рятувального комітету, згодом міністр з надзвичайних ситуацій Росії' },
      from: '1991',
      to: '2012-05',
    },
    { title: { en: 'Governor of Moscow Oblast', uk: 'губернатор Московської області' }, from: '2012-05', to: '2012-11' },
    { title: { en: 'Minister of Defence of Russia', uk: 'міністр оборони Росії' }, from: '2012-11-06', to: '2024-05-12' },
    { title: { en: 'Secretary of the Security Council of Russia', uk: 'секретар Ради безпеки Росії' }, from: '2024-05-12', asOf: '2025-06' },
  ],
  related: ['security-council-of-russia', 'andrei-belousov', 'valery-gerasimov', 'yevgeny-prigozhin', 'wagner-mutiny-2023', 'international-criminal-court', 'black-sea-grain-initiative'],
  sources: [
    {
      publisher: 'Censor.NET',
      title: 'Putin decides to replace Shoigu with Belousov as Russian Defence Minister',
      date: '2024-05-13',
      url: 'https://censor.net/en/news/3489054/putin_minyaye_shoyigu_na_byelousova',
    },
    ICC_WARRANTS_NHK,
    {
      publisher: 'NK News',
      title: 'Russian security chief meets Kim Jong Un, discusses Ukraine and Korean Peninsula',
      date: '2025-06-04',
      url: 'https://www.nknews.org/2025/06/top-russian-security-official-arrives-in-pyongyang-for-talks-with-kim-jong-un/',
    },
    {
      publisher: 'Invest in Türkiye (Presidency of the Republic of Türkiye Investment Office)',
      title: 'Türkiye, UN, Russia & Ukraine Sign Grain Shipment Agreement',
      date: '2022-07',
      url: 'https://www.invest.gov.tr/en/news/news-from-turkey/pages/turkiye-un-russia-ukraine-sign-grain-shipment-agreement.aspx',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
