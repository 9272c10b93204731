import type { KbEntryInput } from '../schema';

export default {
  id: 'european-commission',
  kind: 'institution',
  title: { en: 'European Commission', uk: 'Європейська комісія' },
  aliases: [
    { text: 'European Commission', lang: 'en' },
    { text: 'EU Commission', lang: 'en' },
    { text: 'Європейська комісія', lang: 'uk', stems: ['Європейськ', 'коміс'] },
    { text: 'Єврокомісія', lang: 'uk', stems: ['Єврокоміс'] },
    { text: 'Европейская комиссия', lang: 'ru', stems: ['Европейск', 'комисс'] },
    { text: 'Еврокомиссия', lang: 'ru', stems: ['Еврокомисс'] },
    { text: 'Europäische Kommission', lang: 'de', stems: ['Europäisch', 'Kommission'] },
    { text: 'EU-Kommission', lang: 'de' },
    { text: 'Komisja Europejska', lang: 'pl', stems: ['Komisj', 'Europejsk'] },
    { text: 'Commission européenne', lang: 'fr' },
  ],
  summary: {
    en: 'The EU’s executive: it proposes EU laws and budgets, manages EU funds, negotiates trade and runs accession talks with candidate countries such as Ukraine. It has one commissioner per member state. Ursula von der Leyen has been its president since December 2019, in a second term from December 2024 (as of June 2025).',
    uk: 'Виконавчий орган ЄС: пропонує законодавство й бюджет, розпоряджається коштами Союзу, веде торговельні переговори та переговори про вступ із країнами-кандидатками, зокрема з Україною. Складається з одного комісара від кожної держави-члена. Урсула фон дер Ляєн очолює Єврокомісію з грудня 2019 року, з грудня 2024-го — другий термін (станом на червень 2025 року).',
  },
  background: [
    {
      en: 'The Commission sits in Brussels. Its members are nominated by national governments and approved by the European Parliament; in the term that began on 1 December 2024, Kaja Kallas became High Representative for foreign and security policy and a vice-president, and Marta Kos commissioner for enlargement (both in office as of June 2025).',
      uk: 'Єврокомісія розташована в Брюсселі. Її членів висувають уряди країн-членів і затверджує Європейський парламент. У складі, що почав роботу 1 грудня 2024 року, Кая Каллас стала Високою представницею з питань зовнішньої політики та безпеки й віцепрезиденткою, а Марта Кос — єврокомісаркою з питань розширення (обидві обіймали ці посади станом на червень 2025 року).',
    },
    {
      en: 'The Commission recommended candidate status for Ukraine on 17 June 2022 and the opening of accession negotiations on 8 November 2023; EU leaders followed both recommendations. It drafts the sanctions packages against Russia that member states adopt unanimously, and in March 2025 von der Leyen presented the ReArm Europe plan to raise European defence spending.',
      uk: 'Єврокомісія рекомендувала надати Україні статус кандидата 17 червня 2022 року, а розпочати переговори про вступ — 8 листопада 2023 року; лідери ЄС підтримали обидві рекомендації. Комісія готує пакети санкцій проти Росії, які держави-члени ухвалюють одностайно, а в березні 2025 року фон дер Ляєн представила план ReArm Europe для збільшення оборонних видатків Європи.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the Commission had proposed an 18th sanctions package against Russia, including a lower oil price cap, and a plan to phase out remaining imports of Russian gas, while Ukraine’s accession talks awaited unanimous approval to open the first negotiating cluster.',
      uk: 'Станом на червень 2025 року Єврокомісія запропонувала 18-й пакет санкцій проти Росії, зокрема нижчу граничну ціну на нафту, і план поступової відмови від решти імпорту російського газу; водночас переговори про вступ України чекали одностайного рішення про відкриття першого переговорного кластера.',
    },
  },
  timeline: [
    { date: '2019-12-01', text: { en: 'Ursula von der Leyen’s first Commission takes office.', uk: 'Починає роботу перша Єврокомісія Урсули фон дер Ляєн.' } },
    { date: '2022-06-17', text: { en: 'The Commission recommends candidate status for Ukraine.', uk: 'Єврокомісія рекомендує надати Україні статус кандидата.' } },
    { date: '2023-11-08', text: { en: 'The Commission recommends opening accession negotiations with Ukraine.', uk: 'Єврокомісія рекомендує розпочати переговори про вступ з Україною.' } },
    { date: '2024-12-01', text: { en: 'Von der Leyen’s second Commission takes office.', uk: 'Починає роботу друга Єврокомісія фон дер Ляєн.' } },
    { date: '2025-03', text: { en: 'Von der Leyen presents the ReArm Europe plan.', uk: 'Фон дер Ляєн представляє план ReArm Europe.' } },
  ],
  related: ['european-union', 'ursula-von-der-leyen', 'kaja-kallas', 'european-council', 'european-parliament', 'eu-accession-of-ukraine', 'eu-sanctions-against-russia'],
  sources: [
    { publisher: 'European Commission', title: 'Commission Opinion on Ukraine’s application for membership of the European Union', date: '2022-06-17' },
    { publisher: 'European Commission', title: '2023 Communication on EU Enlargement Policy', date: '2023-11-08' },
    { publisher: 'European Commission', title: 'Statement by President von der Leyen on the defence package', date: '2025-03-04' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
