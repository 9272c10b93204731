import type { KbEntryInput } from '../schema';

export default {
  id: 'kirill-dmitriev',
  kind: 'person',
  title: { en: 'Kirill Dmitriev', uk: 'Кирило Дмитрієв' },
  aliases: [
    { text: 'Kirill Dmitriev', lang: 'en' },
    { text: 'Kirill Dmitrijew', lang: 'de' },
    { text: 'Kiriłł Dmitrijew', lang: 'pl' },
    { text: 'Kirill Dmitriev', lang: 'fr' },
    { text: 'Кирило Дмитрієв', lang: 'uk' },
    { text: 'Кирилл Дмитриев', lang: 'ru' },
    // Dmitriev is a common Russian surname (other officials, athletes, scholars).
    { text: 'Dmitriev', lang: 'en', ambiguous: true },
    // Common surname (see above).
    { text: 'Dmitrijew', lang: 'de', ambiguous: true },
    // Common surname (see above); the same spelling in Polish.
    { text: 'Dmitrijew', lang: 'pl', ambiguous: true },
    // Common surname (see above).
    { text: 'Дмитрієв', lang: 'uk', ambiguous: true },
    // Common surname (see above).
    { text: 'Дмитриев', lang: 'ru', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Kirill', 'Kiriłł', 'Кирило', 'Кирилл', 'Кирила',
      'RDIF', 'РФПИ', 'РФПІ', 'Direct Investment', 'Direktinvestition*', 'Inwestycji Bezpośrednich', 'прямих інвестицій', 'прямых инвестиций',
      'fund', 'Fonds', 'fundusz*', 'фонд*',
      'envoy', 'Gesandte*', 'Sondergesandte*', 'Sonderbeauftragte*', 'wysłann*', 'przedstawiciel*', 'спецпредставник*', 'спецпосланц*', 'спецпредставител*', 'посланник*',
      'Witkoff', 'Віткофф*', 'Уіткофф*', 'Уиткофф*', 'Trump', 'Трамп*', 'Putin', 'Путін*', 'Путин*', 'Kremlin', 'Kreml*', 'Кремл*',
    ],
    noneOf: [],
    window: 300,
  },
  summary: {
    en: 'Head of the Russian Direct Investment Fund (RDIF), the state sovereign wealth fund, since 2011, and since February 2025 Vladimir Putin’s special envoy for investment and economic cooperation with foreign countries. A US-educated former investment banker, he has become a key Russian go-between with US envoy Steve Witkoff.',
    uk: 'Очільник Російського фонду прямих інвестицій (РФПІ), державного суверенного фонду, з 2011 року, а з лютого 2025 року — спецпредставник Володимира Путіна з питань інвестиційно-економічного співробітництва із зарубіжними країнами. Колишній інвестбанкір з американською освітою, він став ключовим російським посередником у контактах зі спецпосланцем США Стівом Віткоффом.',
  },
  background: [
    {
      en: 'Dmitriev studied at Stanford and Harvard and worked for McKinsey and Goldman Sachs before returning to Moscow. He has run RDIF since it was set up by the government in 2011; during the COVID-19 pandemic the fund financed and promoted the Sputnik V vaccine. The United States sanctioned RDIF and Dmitriev on 28 February 2022, days after the full-scale invasion.',
      uk: 'Дмитрієв навчався у Стенфорді та Гарварді, працював у McKinsey і Goldman Sachs, а потім повернувся до Москви. Він очолює РФПІ від його створення урядом у 2011 році; під час пандемії COVID-19 фонд фінансував і просував вакцину «Спутник V». 28 лютого 2022 року, через кілька днів після початку повномасштабного вторгнення, США запровадили санкції проти РФПІ та Дмитрієва.',
    },
    {
      en: 'After Donald Trump returned to the White House, Dmitriev joined the Russian team at the first Russian–US talks in Riyadh on 18 February 2025 and argued for restoring economic ties. On 23 February 2025 Putin appointed him special envoy, and in early April 2025 he met Witkoff in Washington, the first visit by a senior Russian official for talks in the US since the full-scale invasion; US sanctions on him were temporarily eased to allow the trip.',
      uk: 'Після повернення Дональда Трампа до Білого дому Дмитрієв увійшов до російської команди на перших російсько-американських переговорах в Ер-Ріяді 18 лютого 2025 року і виступав за відновлення економічних зв’язків. 23 лютого 2025 року Путін призначив його спецпредставником, а на початку квітня 2025 року він зустрівся з Віткоффом у Вашингтоні — це був перший візит високопосадовця РФ на переговори до США від початку повномасштабного вторгнення; для поїздки американські санкції щодо нього тимчасово послабили.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Dmitriev is one of the Kremlin’s main channels to the Trump administration, arguing that restored economic ties and joint Russian–US business projects should accompany a settlement.',
      uk: 'Станом на червень 2025 року Дмитрієв — один із головних каналів зв’язку Кремля з адміністрацією Трампа: він обстоює ідею, що врегулювання має супроводжуватися відновленням економічних зв’язків і спільними російсько-американськими бізнес-проєктами.',
    },
  },
  timeline: [
    { date: '2011', text: { en: 'Becomes chief executive of the newly created Russian Direct Investment Fund.', uk: 'Очолює щойно створений Російський фонд прямих інвестицій.' } },
    { date: '2022-02-28', text: { en: 'The US sanctions RDIF and Dmitriev.', uk: 'США запроваджують санкції проти РФПІ та Дмитрієва.' } },
    { date: '2025-02-18', text: { en: 'Attends the Russian–US talks in Riyadh.', uk: 'Бере участь у російсько-американських переговорах в Ер-Ріяді.' } },
    { date: '2025-02-23', text: { en: 'Appointed Putin’s special envoy for investment and economic cooperation with foreign countries.', uk: 'Призначений спецпредставником Путіна з інвестиційно-економічного співробітництва із зарубіжними країнами.' } },
    { date: '2025-04', text: { en: 'Meets Steve Witkoff in Washington.', uk: 'Зустрічається зі Стівом Віткоффом у Вашингтоні.' } },
  ],
  roles: [
    { title: { en: 'Chief Executive of the Russian Direct Investment Fund', uk: 'генеральний директор Російського фонду прямих інвестицій' }, from: '2011', asOf: '2025-06' },
    {
      title: { en: 'Special Presidential Envoy of Russia for Investment and Economic Cooperation with Foreign Countries', uk: 'спецпредставник президента Росії з інвестиційно-економічного співробітництва із зарубіжними країнами' },
      from: '2025-02-23',
      asOf: '2025-06',
    },
  ],
  related: ['steve-witkoff', 'yuri-ushakov', 'vladimir-putin', 'sanctions', 'donald-trump'],
  sources: [
    {
      publisher: 'EFE (via Infobae)',
      title: 'Putin nombra a Kiril Dmítriev como representante para cooperación con otros países',
      date: '2025-02-24',
      url: 'https://www.infobae.com/espana/agencias/2025/02/24/putin-nombra-a-kiril-dmitriev-como-representante-para-cooperacion-con-otros-paises',
    },
    {
      publisher: 'Novaya Gazeta Europe',
      title: 'First senior Kremlin official to visit Washington for talks since war began',
      date: '2025-04-02',
      url: 'https://novayagazeta.eu/articles/2025/04/02/first-senior-kremlin-official-to-visit-washington-for-talks-since-war-began-en-news',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
