import type { KbEntryInput } from '../schema';

export default {
  id: 'olaf-scholz',
  kind: 'person',
  title: { en: 'Olaf Scholz', uk: 'Олаф Шольц' },
  aliases: [
    { text: 'Olaf Scholz', lang: 'en' },
    { text: 'Olaf Scholz', lang: 'de' },
    { text: 'Olaf Scholz', lang: 'pl', stems: ['Olaf', 'Scholz'] },
    // Scholz is a common German surname; the bare form needs a cue for the former chancellor.
    { text: 'Scholz', lang: 'en', ambiguous: true },
    { text: 'Scholz', lang: 'de', ambiguous: true },
    { text: 'Scholz', lang: 'pl', ambiguous: true },
    { text: 'Олаф Шольц', lang: 'uk' },
    { text: 'Шольц', lang: 'uk' },
    { text: 'Олаф Шольц', lang: 'ru' },
    { text: 'Шольц', lang: 'ru' },
  ],
  disambiguation: {
    anyOf: [
      'Olaf',
      'chancellor*', 'Kanzler*', 'Bundeskanzler*', 'kanclerz*', 'канцлер*',
      'SPD', 'Social Democrat*', 'Sozialdemokrat*', 'socjaldemokra*',
      'Germany', 'German', 'Deutschland', 'deutsch*', 'Bundesregierung', 'Niemc*', 'niemieck*', 'Німеччин*', 'німецьк*', 'Германи*', 'немецк*',
      'Berlin', 'Bundestag', 'Ampel*', 'traffic-light', 'Zeitenwende', 'Taurus',
      'Ukrain*', 'Україн*', 'Украин*', 'Putin*', 'Путін*', 'Путин*', 'Merz', 'Macron',
    ],
    noneOf: [],
    window: 300,
  },
  summary: {
    en: 'Chancellor of Germany from December 2021 to May 2025 (SPD). Three days after Russia’s full-scale invasion he announced a “Zeitenwende”, a turning point in German defence policy; Germany became Ukraine’s largest military donor in Europe (Kiel Institute), but he refused to supply Taurus cruise missiles.',
    uk: 'Федеральний канцлер Німеччини з грудня 2021 до травня 2025 року (СДПН). Через три дні після початку повномасштабного вторгнення Росії оголосив «Zeitenwende» — переломний момент у німецькій оборонній політиці; Німеччина стала найбільшим військовим донором України в Європі (за даними Кільського інституту), але передавати крилаті ракети Taurus він відмовився.',
  },
  background: [
    {
      en: 'A Social Democrat, Scholz was First Mayor of Hamburg (2011–2018) and Finance Minister and Vice-Chancellor under Angela Merkel (2018–2021). After the SPD came first in the September 2021 election he formed a “traffic-light” coalition with the Greens and the liberal FDP and became chancellor on 8 December 2021.',
      uk: 'Соціал-демократ Шольц був першим бургомістром Гамбурга (2011–2018), міністром фінансів і віцеканцлером в уряді Анґели Меркель (2018–2021). Після перемоги СДПН на виборах у вересні 2021 року сформував «світлофорну» коаліцію із «Зеленими» та ліберальною ВДП і 8 грудня 2021 року став канцлером.',
    },
    {
      en: 'In his Bundestag speech of 27 February 2022 he announced a €100 billion special fund for the armed forces. Germany went on to supply Ukraine with air defence systems such as IRIS-T and Patriot and, from January 2023, Leopard 2 tanks, yet Scholz consistently refused Taurus, citing the risk of escalation. His coalition broke up in November 2024; he lost a confidence vote in December, and after the SPD’s defeat in the February 2025 election Friedrich Merz succeeded him on 6 May 2025.',
      uk: 'У промові в Бундестазі 27 лютого 2022 року він оголосив про спецфонд на 100 млрд євро для збройних сил. Згодом Німеччина передала Україні системи ППО IRIS-T і Patriot, а з січня 2023 року погодилася на передачу танків Leopard 2, проте Шольц послідовно відмовлявся постачати Taurus, посилаючись на ризик ескалації. Його коаліція розпалася в листопаді 2024 року, у грудні він не отримав вотуму довіри, а після поразки СДПН на виборах у лютому 2025 року 6 травня 2025 року його змінив Фрідріх Мерц.',
    },
  ],
  timeline: [
    { date: '2021-12-08', text: { en: 'Becomes Chancellor of Germany.', uk: 'Стає федеральним канцлером Німеччини.' } },
    { date: '2022-02-27', text: { en: '“Zeitenwende” speech; €100 billion special fund for the Bundeswehr.', uk: 'Промова про «Zeitenwende»; спецфонд на 100 млрд євро для бундесверу.' } },
    { date: '2023-01-25', text: { en: 'Germany agrees to send Leopard 2 tanks to Ukraine.', uk: 'Німеччина погоджується передати Україні танки Leopard 2.' } },
    { date: '2024-11-06', text: { en: 'Dismisses finance minister Christian Lindner; the coalition collapses.', uk: 'Звільняє міністра фінансів Крістіана Лінднера; коаліція розпадається.' } },
    { date: '2024-12-16', text: { en: 'Loses a confidence vote in the Bundestag, opening the way to a snap election.', uk: 'Не отримує вотуму довіри в Бундестазі, що відкриває шлях до дострокових виборів.' } },
    { date: '2025-05-06', text: { en: 'Leaves office as Friedrich Merz is elected chancellor.', uk: 'Залишає посаду: канцлером обрано Фрідріха Мерца.' } },
  ],
  roles: [
    { title: { en: 'First Mayor of Hamburg', uk: 'Перший бургомістр Гамбурга' }, from: '2011-03', to: '2018-03' },
    { title: { en: 'Vice-Chancellor and Finance Minister of Germany', uk: 'Віцеканцлер і міністр фінансів Німеччини' }, from: '2018-03-14', to: '2021-12-08' },
    { title: { en: 'Chancellor of Germany', uk: 'Федеральний канцлер Німеччини' }, from: '2021-12-08', to: '2025-05-06' },
  ],
  related: ['friedrich-merz', 'boris-pistorius', 'taurus', 'leopard-2', 'patriot', 'escalation', 'emmanuel-macron'],
  sources: [
    { publisher: 'Die Bundesregierung', title: 'Regierungserklärung von Bundeskanzler Olaf Scholz am 27. Februar 2022', date: '2022-02-27' },
    { publisher: 'Kiel Institute for the World Economy', title: 'Ukraine Support Tracker' },
    { publisher: 'Wikipedia', title: 'Olaf Scholz' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
