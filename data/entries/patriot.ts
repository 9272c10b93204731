import type { KbEntryInput } from '../schema';

export default {
  id: 'patriot',
  kind: 'weapon',
  title: { en: 'Patriot air defence system', uk: 'ЗРК Patriot' },
  aliases: [
    { text: 'MIM-104 Patriot', lang: 'en' },
    { text: 'Patriot missile', lang: 'en' },
    { text: 'Patriot missile system', lang: 'en' },
    { text: 'Patriot air defence', lang: 'en' },
    { text: 'Patriot air defense', lang: 'en' },
    { text: 'Patriot battery', lang: 'en' },
    { text: 'Patriot batteries', lang: 'en' },
    { text: 'Patriot system', lang: 'en' },
    // Capitalised form only; still also the word "patriot", the Patriot Act, the New England Patriots.
    { text: 'Patriot', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Patriots', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'ЗРК Patriot', lang: 'uk' },
    { text: 'Петріот', lang: 'uk', stems: ['Петріот'] },
    // "Патріот"/"Патриот" is also the ordinary word for a patriot (and a Ukrainian vehicle brand).
    { text: 'Патріот', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'Пэтриот', lang: 'ru', stems: ['Пэтриот'] },
    { text: 'Патриот', lang: 'ru', caseSensitive: true, ambiguous: true },
    { text: 'Patriot-System', lang: 'de' },
    { text: 'Patriot-Systeme', lang: 'de' },
    { text: 'system Patriot', lang: 'pl', stems: ['system', 'Patriot'] },
  ],
  disambiguation: {
    anyOf: [
      'missile*', 'air defen*', 'air-defen*', 'battery', 'batteries', 'interceptor*', 'intercept*', 'launcher*', 'Raytheon', 'ballistic',
      'ППО', 'ПВО', 'ЗРК', 'ракет*', 'протиповітрян*', 'противовоздушн*', 'зенітн*', 'зенитн*', 'комплекс*', 'батаре*',
      'Flugabwehr*', 'Luftverteidigung*', 'Raketenabwehr*', 'Luftabwehr*', 'Abwehrsystem*', 'Rakete*',
      'obrona powietrzna', 'obrony powietrznej', 'przeciwlotnicz*', 'rakiet*', 'bateri*',
    ],
    noneOf: [
      'Patriot Act', 'surveillance', 'New England', 'NFL', 'Super Bowl', 'quarterback', 'touchdown', 'Foxborough', 'Brady',
      'патріотичн*', 'патриотическ*', 'patriotisch*', 'patriotyczn*', 'patriotism*', 'патріотизм*', 'патриотизм*',
      // the UAZ Patriot car
      'УАЗ', 'UAZ',
    ],
    window: 250,
  },
  summary: {
    en: 'A US-made long-range surface-to-air missile system built by Raytheon, able to intercept aircraft, cruise missiles and ballistic missiles. Ukraine received its first Patriot batteries in April 2023; they are its main defence against Russian ballistic missiles, and Kyiv keeps asking partners for more systems and interceptors.',
    uk: 'Американський зенітний ракетний комплекс великої дальності виробництва Raytheon, здатний збивати літаки, крилаті та балістичні ракети. Перші батареї Patriot Україна отримала у квітні 2023 року; вони — головний засіб захисту від російських балістичних ракет, і Київ постійно просить партнерів про нові комплекси й ракети-перехоплювачі.',
  },
  background: [
    {
      en: 'The United States announced a Patriot battery for Ukraine on 21 December 2022, during President Zelenskyy’s visit to Washington, after months of reluctance; Germany and the Netherlands pledged further systems and launchers. On 19 April 2023 defence minister Oleksii Reznikov announced that the first Patriots had arrived.',
      uk: 'США оголосили про передачу Україні батареї Patriot 21 грудня 2022 року, під час візиту президента Зеленського до Вашингтона, після кількох місяців вагань; Німеччина й Нідерланди пообіцяли додаткові комплекси та пускові установки. 19 квітня 2023 року міністр оборони Олексій Резніков повідомив, що перші Patriot уже в Україні.',
    },
    {
      en: 'In May 2023 Ukraine reported shooting down a Russian Kinzhal missile over Kyiv with a Patriot, the first such interception. Each battery needs large stocks of costly interceptor missiles, and production is limited, so the number of systems and missiles has remained one of Kyiv’s most pressing requests to its partners.',
      uk: 'У травні 2023 року Україна повідомила, що над Києвом вперше збила російський «Кинджал» за допомогою Patriot. Кожна батарея потребує великого запасу дорогих ракет-перехоплювачів, а їхнє виробництво обмежене, тож кількість комплексів і ракет лишається одним із найнагальніших прохань Києва до партнерів.',
    },
  ],
  whyNow: {
    asOf: '2025-03',
    text: {
      en: 'As of March 2025, in his call with President Trump on 19 March, President Zelenskyy asked for additional air defence, particularly Patriot systems; according to the US Secretary of State and National Security Adviser, Trump agreed to work with him to find what was available, particularly in Europe.',
      uk: 'Станом на березень 2025 року під час розмови з президентом Трампом 19 березня президент Зеленський попросив додаткові засоби ППО, насамперед системи Patriot; за словами держсекретаря та радника з нацбезпеки США, Трамп погодився допомогти знайти доступні системи, зокрема в Європі.',
    },
  },
  timeline: [
    { date: '2022-12-21', text: { en: 'The US announces a Patriot battery for Ukraine during Zelenskyy’s visit to Washington.', uk: 'Під час візиту Зеленського до Вашингтона США оголошують про передачу Україні батареї Patriot.' } },
    { date: '2023-04-19', text: { en: 'The first Patriot systems, from the US, Germany and the Netherlands, arrive in Ukraine.', uk: 'Перші комплекси Patriot від США, Німеччини та Нідерландів прибувають в Україну.' } },
    { date: '2023-05-06', text: { en: 'Ukraine’s Air Force says a Patriot shot down a Kinzhal missile over Kyiv on 4 May, the first such interception.', uk: 'Повітряні сили повідомляють, що 4 травня над Києвом комплекс Patriot уперше збив «Кинджал».' } },
    { date: '2025-03-19', text: { en: 'Zelenskyy asks Trump for more Patriot systems; Trump agrees to help look for them in Europe.', uk: 'Зеленський просить у Трампа додаткові Patriot; Трамп погоджується допомогти знайти їх у Європі.' } },
  ],
  related: ['kinzhal', 'iskander', 'shahed', 'ukraine-defense-contact-group'],
  sources: [
    { publisher: 'Al Arabiya', title: 'Ukraine confirms it has received Patriot air defense systems', date: '2023-04-19', url: 'https://english.alarabiya.net/News/world/2023/04/19/Ukraine-confirms-it-has-received-Patriot-air-defense-systems-' },
    { publisher: 'Al Arabiya', title: 'Ukraine says downed Russian hypersonic Kinzhal missile for first time', date: '2023-05-06', url: 'https://english.alarabiya.net/News/world/2023/05/06/Ukraine-says-downed-Russian-hypersonic-Kinzhal-missile-for-first-time' },
    { publisher: 'U.S. Department of State', title: 'Statement From Secretary Rubio And NSA Waltz On Call With Zelenskyy', date: '2025-03-19' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
