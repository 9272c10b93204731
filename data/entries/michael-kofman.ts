import type { KbEntryInput } from '../schema';

export default {
  id: 'michael-kofman',
  kind: 'person',
  title: { en: 'Michael Kofman', uk: 'Майкл Кофман' },
  aliases: [
    { text: 'Michael Kofman', lang: 'en' },
    { text: 'Michael Kofman', lang: 'de' },
    { text: 'Michael Kofman', lang: 'pl', stems: ['Michael', 'Kofman'] },
    { text: 'Майкл Кофман', lang: 'uk', stems: ['Майкл', 'Кофман'] },
    { text: 'Майкл Кофман', lang: 'ru', stems: ['Майкл', 'Кофман'] },
    // Bare surname: also Alexander (Oleksandr) Kofman, a figure of the Russian-backed "Donetsk People's Republic"
    // in 2014, and other people named Kofman.
    { text: 'Kofman', lang: 'en', ambiguous: true },
    { text: 'Kofman', lang: 'de', ambiguous: true },
    { text: 'Kofman', lang: 'pl', stems: ['Kofman'], ambiguous: true },
    { text: 'Кофман', lang: 'uk', stems: ['Кофман'], ambiguous: true },
    { text: 'Кофман', lang: 'ru', stems: ['Кофман'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Michael', 'Майкл*',
      'analyst*', 'Analyst*', 'analityk*', 'аналітик*', 'аналитик*', 'expert*', 'Expert*', 'ekspert*', 'експерт*', 'эксперт*',
      'Carnegie', 'Карнегі', 'Карнеги', 'CNA', 'War on the Rocks', 'Russia Contingency', 'think tank', 'Denkfabrik', 'think tanku',
      'American', 'US-amerikanisch*', 'amerykańsk*', 'американськ*', 'американск*',
    ],
    noneOf: [
      'Alexander', 'Oleksandr', 'Aleksandr', 'Aleksander', 'Олександр*', 'Александр*',
      'DNR', 'DPR', 'ДНР', 'Donetsk People', 'Donezker Volksrepublik', 'Donieckiej Republiki', 'Донецької народної', 'Донецкой народной',
      'separatist*', 'Separatist*', 'separatyst*', 'сепаратист*', 'бойовик*', 'боевик*',
    ],
    window: 300,
  },
  summary: {
    en: 'American military analyst who specialises in the Russian armed forces, a senior fellow in the Russia and Eurasia Program of the Carnegie Endowment for International Peace since 2023. Since 2022 his assessments of the fighting in Ukraine have been widely quoted in Western media.',
    uk: 'Американський військовий аналітик, фахівець зі збройних сил Росії, з 2023 року — старший науковий співробітник програми з Росії та Євразії Фонду Карнегі за міжнародний мир. Від 2022 року його оцінки бойових дій в Україні широко цитують західні медіа.',
  },
  background: [
    {
      en: 'Kofman was born in Kyiv and emigrated to the United States in 1991. He studied at Northeastern University and Georgetown’s School of Foreign Service, was a research fellow and programme manager at the National Defense University (2008–2014) and a fellow of the Kennan Institute at the Wilson Center (2014–2021). He joined the research organisation CNA in 2015 and directed its Russia Studies Program until he moved to the Carnegie Endowment in 2023.',
      uk: 'Кофман народився в Києві й у 1991 році емігрував до США. Навчався в Північно-Східному університеті та Школі дипломатичної служби Джорджтаунського університету, у 2008–2014 роках був науковим співробітником і керівником програм в Університеті національної оборони США, у 2014–2021 роках — співробітником Інституту Кеннана при Центрі Вілсона. У 2015 році прийшов до дослідницької організації CNA, де згодом очолював програму з вивчення Росії, доки у 2023 році не перейшов до Фонду Карнегі.',
    },
    {
      en: 'His work covers Russian military strategy, capabilities and escalation management, including nuclear doctrine. He hosts The Russia Contingency, a podcast on the Russian military and the war against Ukraine published by War on the Rocks.',
      uk: 'Він досліджує російську військову стратегію, можливості армії та управління ескалацією, зокрема ядерну доктрину. Веде подкаст «The Russia Contingency» про російську армію та війну проти України, який видає видання «War on the Rocks».',
    },
  ],
  timeline: [
    { date: '1991', text: { en: 'Emigrates with his family from Soviet Ukraine to the United States.', uk: 'Разом із родиною емігрує з Радянської України до США.' } },
    { date: '2008', text: { en: 'Joins the National Defense University.', uk: 'Починає працювати в Університеті національної оборони США.' } },
    { date: '2015', text: { en: 'Joins CNA, later directing its Russia Studies Program.', uk: 'Приходить до CNA, згодом очолює її програму з вивчення Росії.' } },
    { date: '2023', text: { en: 'Joins the Carnegie Endowment as a senior fellow.', uk: 'Стає старшим науковим співробітником Фонду Карнегі.' } },
  ],
  roles: [
    { title: { en: 'Research fellow and programme manager, National Defense University', uk: 'Науковий співробітник і керівник програм, Університет національної оборони США' }, from: '2008', to: '2014' },
    { title: { en: 'Fellow, Kennan Institute, Wilson Center', uk: 'Співробітник Інституту Кеннана, Центр Вілсона' }, from: '2014', to: '2021' },
    { title: { en: 'Research scientist, later Director of the Russia Studies Program, CNA', uk: 'Науковий співробітник, згодом директор програми з вивчення Росії, CNA' }, from: '2015', to: '2023' },
    { title: { en: 'Senior Fellow, Russia and Eurasia Program, Carnegie Endowment for International Peace', uk: 'Старший науковий співробітник програми з Росії та Євразії, Фонд Карнегі за міжнародний мир' }, from: '2023', asOf: '2024-05' },
  ],
  related: ['russian-nuclear-doctrine', 'escalation', 'full-scale-invasion', 'armed-forces-of-ukraine'],
  sources: [
    { publisher: 'CNA', title: 'Michael Kofman', url: 'https://www.cna.org/experts/Kofman_M' },
    { publisher: 'Talking Points Memo', title: 'A Conversation With Michael Kofman About the Ukraine War', date: '2023-03-22', url: 'https://talkingpointsmemo.com/edblog/a-conversation-with-michael-kofman-about-the-ukraine-war' },
    { publisher: 'Carnegie Endowment for International Peace', title: 'Michael Kofman' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
