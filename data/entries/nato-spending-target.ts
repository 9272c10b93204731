import type { KbEntryInput } from '../schema';

const NATO_CONTEXT = ['NATO', 'НАТО', 'OTAN', 'alliance', 'allies', 'Allianz', 'Bündnis*', 'Sojusz*', 'альянс*', 'союзник*', 'Rutte', 'Рютте', 'defence', 'defense', 'Verteidigung*', 'obronn*', 'оборон*'];

export default {
  id: 'nato-spending-target',
  kind: 'concept',
  title: { en: 'NATO defence spending target', uk: 'Ціль НАТО щодо оборонних видатків' },
  aliases: [
    { text: 'NATO spending target', lang: 'en' },
    { text: 'NATO spending goal', lang: 'en' },
    { text: 'Defence Investment Pledge', lang: 'en' },
    { text: 'Defense Investment Pledge', lang: 'en' },
    // Percentage targets also exist for inflation, deficits, emissions …
    { text: '2% target', lang: 'en', ambiguous: true },
    { text: '5% target', lang: 'en', ambiguous: true },
    { text: 'defence spending target', lang: 'en', ambiguous: true },
    { text: 'defense spending target', lang: 'en', ambiguous: true },
    { text: '5% ВВП на оборону', lang: 'uk', inflect: false, ambiguous: true },
    { text: '2% ВВП на оборону', lang: 'uk', inflect: false, ambiguous: true },
    { text: '5% ВВП на оборону', lang: 'ru', inflect: false, ambiguous: true },
    { text: 'Zwei-Prozent-Ziel', lang: 'de', ambiguous: true },
    { text: 'Fünf-Prozent-Ziel', lang: 'de', ambiguous: true },
    { text: 'Zwei-Prozent-Ziel der NATO', lang: 'de' },
    { text: 'Fünf-Prozent-Ziel der NATO', lang: 'de' },
  ],
  disambiguation: {
    anyOf: NATO_CONTEXT,
    noneOf: ['inflation', 'Inflation*', 'інфляц*', 'инфляц*', 'inflacj*', 'central bank', 'Zentralbank*', 'ECB', 'EZB', 'emission*', 'Emission*', 'deficit', 'Defizit*'],
    window: 250,
  },
  summary: {
    en: 'How much NATO allies commit to spend on defence, measured as a share of GDP. The long-standing guideline was 2%, pledged at the 2014 Wales summit; at The Hague in June 2025 allies agreed to reach 5% by 2035, of which at least 3.5% for core defence and up to 1.5% for related security spending.',
    uk: 'Обсяг видатків на оборону, який зобов’язуються витрачати союзники по НАТО, у відсотках ВВП. Багато років орієнтиром були 2%, закріплені на саміті в Уельсі у 2014 році; у Гаазі в червні 2025 року союзники домовилися до 2035 року вийти на 5%, з яких щонайменше 3,5% — на основні оборонні потреби і до 1,5% — на пов’язані з безпекою видатки.',
  },
  background: [
    {
      en: 'NATO defence ministers agreed on the 2% guideline in 2006. After Russia’s annexation of Crimea, leaders at the Wales summit on 4–5 September 2014 pledged to halt cuts and to move towards 2% within a decade, with 20% of defence budgets going to major equipment. At the 2023 Vilnius summit allies called 2% a minimum rather than a ceiling.',
      uk: 'Орієнтир у 2% міністри оборони країн НАТО погодили у 2006 році. Після анексії Криму Росією лідери на саміті в Уельсі 4–5 вересня 2014 року пообіцяли припинити скорочення й протягом десятиліття наблизитися до 2%, спрямовуючи 20% оборонних бюджетів на основне озброєння. На Вільнюському саміті 2023 року союзники назвали 2% мінімумом, а не стелею.',
    },
    {
      en: 'Many allies fell short for years, which successive US administrations criticised. Spending rose after the full-scale invasion of Ukraine; NATO said in June 2024 that 23 of its 32 members expected to reach 2% that year. Donald Trump called for 5% in January 2025, and the Hague summit declaration of 25 June 2025 set that figure for 2035, with Spain saying it would not need to reach it.',
      uk: 'Багато союзників роками не досягали цієї планки, що критикували різні адміністрації США. Після повномасштабного вторгнення в Україну видатки зросли; у червні 2024 року НАТО повідомило, що 23 з 32 членів розраховують того року досягти 2%. У січні 2025 року Дональд Трамп закликав до 5%, і декларація Гаазького саміту від 25 червня 2025 року встановила цю цифру на 2035 рік, хоча Іспанія заявила, що їй не знадобиться її досягати.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, allies had just committed at The Hague to spend 5% of GDP on defence and security by 2035, with a review of the trajectory in 2029 and the declaration counting contributions to Ukraine’s defence towards the target; how fast individual allies would get there, and whether Spain would, remained open.',
      uk: 'Станом на червень 2025 року союзники щойно зобов’язалися в Гаазі до 2035 року витрачати 5% ВВП на оборону та безпеку з переглядом траєкторії у 2029 році, причому декларація зараховує до цієї мети внески на оборону України; наскільки швидко окремі союзники туди дійдуть і чи дійде Іспанія, лишалося відкритим.',
    },
  },
  timeline: [
    { date: '2006', text: { en: 'NATO defence ministers agree on the 2% of GDP guideline.', uk: 'Міністри оборони НАТО погоджують орієнтир у 2% ВВП.' } },
    { date: '2014-09-05', text: { en: 'Wales summit: the Defence Investment Pledge to move towards 2% within a decade.', uk: 'Саміт в Уельсі: зобов’язання щодо оборонних інвестицій — наблизитися до 2% протягом десятиліття.' } },
    { date: '2023-07-11', text: { en: 'Vilnius summit: 2% becomes a floor, not a ceiling.', uk: 'Вільнюський саміт: 2% стають мінімумом, а не стелею.' } },
    { date: '2025-01-07', text: { en: 'Donald Trump says allies should spend 5% of GDP on defence.', uk: 'Дональд Трамп заявляє, що союзники мають витрачати на оборону 5% ВВП.' } },
    { date: '2025-06-25', text: { en: 'Hague summit: allies commit to 5% by 2035 (3.5% core defence, up to 1.5% related spending).', uk: 'Гаазький саміт: союзники зобов’язуються вийти на 5% до 2035 року (3,5% — основна оборона, до 1,5% — пов’язані видатки).' } },
  ],
  positions: [
    {
      personId: 'donald-trump',
      name: { en: 'Donald Trump', uk: 'Дональд Трамп' },
      role: { en: 'US President-elect (January 2025)', uk: 'обраний президент США (січень 2025 року)' },
      side: { en: 'Incoming US administration', uk: 'Майбутня адміністрація США' },
      stance: { en: 'Allies should spend 5% of GDP', uk: 'Союзники мають витрачати 5% ВВП' },
      paraphrase: {
        en: 'At a news conference on 7 January 2025, before taking office, said NATO members could all afford to spend 5% of GDP on defence and should do so.',
        uk: 'На пресконференції 7 січня 2025 року, ще до вступу на посаду, заявив, що всі члени НАТО можуть собі дозволити витрачати на оборону 5% ВВП і мають це робити.',
      },
      source: { publisher: 'A News (dpa)', title: 'Trump demands that NATO members spend 5% of GDP on defence', date: '2025-01-07', url: 'https://www.anews.com.tr/world/2025/01/07/trump-demands-that-nato-members-spend-5-of-gdp-on-defence' },
    },
    {
      name: { en: 'Pedro Sánchez', uk: 'Педро Санчес' },
      role: { en: 'Prime Minister of Spain (in office from 2018)', uk: 'прем’єр-міністр Іспанії (на посаді з 2018 року)' },
      side: { en: 'Spanish government', uk: 'Уряд Іспанії' },
      stance: { en: '5% is unreasonable; Spain can meet its goals for less', uk: '5% — забагато; Іспанія виконає цілі з меншими видатками' },
      paraphrase: {
        en: 'In a letter to NATO Secretary General Mark Rutte on 19 June 2025, before the Hague summit, called a 5% commitment unreasonable and counterproductive for Spain and said spending 2.1% of GDP would let it meet NATO’s capability requirements.',
        uk: 'У листі генсеку НАТО Марку Рютте 19 червня 2025 року, перед Гаазьким самітом, назвав зобов’язання щодо 5% нерозумним і контрпродуктивним для Іспанії та заявив, що видатків у 2,1% ВВП достатньо, щоб виконати вимоги НАТО щодо спроможностей.',
      },
      source: { publisher: 'Eunews', title: 'Spain rejects 5 per cent of GDP target in military spending: “unreasonable and counterproductive”', date: '2025-06-19', url: 'https://www.eunews.it/en/2025/06/19/spain-rejects-5-per-cent-of-gdp-target-in-military-spending-unreasonable-and-counterproductive' },
    },
  ],
  related: ['nato', 'hague-summit-2025', 'mark-rutte', 'donald-trump', 'deterrence', 'nato-article-5'],
  sources: [
    { publisher: 'NATO', title: 'Wales Summit Declaration', date: '2014-09-05' },
    { publisher: 'NATO', title: 'Vilnius Summit Communiqué', date: '2023-07-11' },
    { publisher: 'NATO', title: 'Defence Expenditure of NATO Countries (2014–2024)', date: '2024-06-17' },
    { publisher: 'NATO', title: 'The Hague Summit Declaration', date: '2025-06-25' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
