import type { KbEntryInput } from '../schema';
import { RU_UA_WAR_CUES } from './ceasefire';

export default {
  id: 'russian-nuclear-doctrine',
  kind: 'document',
  title: { en: 'Russia’s nuclear doctrine', uk: 'Ядерна доктрина Росії' },
  aliases: [
    { text: 'Russian nuclear doctrine', lang: 'en' },
    { text: 'Russia’s nuclear doctrine', lang: 'en' },
    { text: 'Fundamentals of State Policy on Nuclear Deterrence', lang: 'en' },
    // Bare forms also name the doctrines of the US, France, China, Pakistan …
    { text: 'nuclear doctrine', lang: 'en', ambiguous: true },
    { text: 'ядерна доктрина Росії', lang: 'uk', stems: ['ядерн', 'доктрин', 'Росії'] },
    { text: 'ядерна доктрина', lang: 'uk', stems: ['ядерн', 'доктрин'], ambiguous: true },
    { text: 'ядерная доктрина России', lang: 'ru', stems: ['ядерн', 'доктрин', 'России'] },
    { text: 'ядерная доктрина', lang: 'ru', stems: ['ядерн', 'доктрин'], ambiguous: true },
    { text: 'Основы государственной политики в области ядерного сдерживания', lang: 'ru', inflect: false },
    { text: 'russische Atomdoktrin', lang: 'de', stems: ['russisch', 'Atomdoktrin'] },
    { text: 'Atomdoktrin', lang: 'de', ambiguous: true },
    { text: 'Nukleardoktrin', lang: 'de', ambiguous: true },
    { text: 'doktryna nuklearna', lang: 'pl', stems: ['doktryn', 'nuklearn'], ambiguous: true },
    { text: 'doktryna jądrowa', lang: 'pl', stems: ['doktryn', 'jądrow'], ambiguous: true },
    { text: 'doctrine nucléaire', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: RU_UA_WAR_CUES,
    noneOf: ['Pakistan*', 'Пакистан*', 'India*', 'Indie*', 'Індії', 'Индии', 'North Korea*', 'Nordkorea*', 'КНДР', 'Pyongyang', 'Пхеньян*'],
    window: 300,
  },
  summary: {
    en: 'The official document setting out when Russia would consider using nuclear weapons, the “Fundamentals of State Policy of the Russian Federation on Nuclear Deterrence”. A revised version, signed by Putin on 19 November 2024, lowered the stated threshold: aggression by a non-nuclear state with the participation or support of a nuclear power is treated as their joint attack.',
    uk: 'Офіційний документ, що визначає, за яких умов Росія може застосувати ядерну зброю, — «Основи державної політики Російської Федерації у сфері ядерного стримування». Оновлена редакція, яку Путін підписав 19 листопада 2024 року, знизила заявлений поріг: агресію неядерної держави за участі чи підтримки ядерної держави розглядають як їхній спільний напад.',
  },
  background: [
    {
      en: 'The previous version of the Fundamentals dated from June 2020 and allowed nuclear use in response to nuclear or other weapons of mass destruction, or to conventional aggression threatening the existence of the state. Putin announced the revision at a Security Council meeting on 25 September 2024, as Ukraine sought permission to strike deep inside Russia with Western missiles.',
      uk: 'Попередня редакція «Основ» датувалася червнем 2020 року й допускала застосування ядерної зброї у відповідь на застосування ядерної чи іншої зброї масового ураження або на звичайну агресію, що загрожує самому існуванню держави. Путін оголосив про перегляд на засіданні Радбезу Росії 25 вересня 2024 року, коли Україна домагалася дозволу бити західними ракетами вглиб Росії.',
    },
    {
      en: 'The 2024 text extends deterrence to Belarus, adds a massive launch of aircraft, cruise missiles or drones crossing Russia’s border to the conditions for nuclear use, and covers conventional attacks creating a critical threat to the sovereignty of Russia or Belarus. It was signed on the 1,000th day of the full-scale invasion, days after the US allowed Ukraine to use ATACMS missiles on Russian territory.',
      uk: 'Текст 2024 року поширює стримування на Білорусь, додає до умов застосування ядерної зброї масований запуск літаків, крилатих ракет чи дронів, що перетинають кордон Росії, і охоплює звичайні напади, які створюють критичну загрозу суверенітету Росії чи Білорусі. Його підписали в 1000-й день повномасштабного вторгнення, через кілька днів після того, як США дозволили Україні застосовувати ракети ATACMS по території Росії.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the revised doctrine remained the reference point for Russia’s nuclear warnings in the debates over long-range Western weapons for Ukraine and over a European nuclear deterrent opened by France in March 2025.',
      uk: 'Станом на червень 2025 року оновлена доктрина залишалася точкою відліку для ядерних погроз Росії в дискусіях про західну далекобійну зброю для України та про європейське ядерне стримування, які Франція відкрила в березні 2025 року.',
    },
  },
  timeline: [
    { date: '2020-06-02', text: { en: 'Putin approves the first public Fundamentals on nuclear deterrence.', uk: 'Путін затверджує перші публічні «Основи» у сфері ядерного стримування.' } },
    { date: '2023-03-25', text: { en: 'Putin announces the stationing of tactical nuclear weapons in Belarus.', uk: 'Путін оголошує про розміщення тактичної ядерної зброї в Білорусі.' } },
    { date: '2024-09-25', text: { en: 'Putin announces changes to the doctrine.', uk: 'Путін оголошує про зміни до доктрини.' } },
    { date: '2024-11-19', text: { en: 'Putin signs the revised Fundamentals.', uk: 'Путін підписує оновлені «Основи».' } },
    { date: '2024-11-21', text: { en: 'Russia strikes Dnipro with a new intermediate-range missile, Oreshnik.', uk: 'Росія завдає удару по Дніпру новою ракетою середньої дальності «Орєшнік».' } },
  ],
  related: ['escalation', 'deterrence', 'nuclear-umbrella', 'nuclear-sharing', 'oreshnik', 'atacms', 'security-council-of-russia', 'vladimir-putin'],
  sources: [
    { publisher: 'President of Russia (kremlin.ru)', title: 'Executive Order on approving the Fundamentals of State Policy of the Russian Federation on Nuclear Deterrence', date: '2024-11-19' },
    { publisher: 'President of Russia (kremlin.ru)', title: 'Permanent Security Council meeting on nuclear deterrence', date: '2024-09-25' },
    { publisher: 'President of Russia (kremlin.ru)', title: 'Basic Principles of State Policy of the Russian Federation on Nuclear Deterrence', date: '2020-06-02' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
