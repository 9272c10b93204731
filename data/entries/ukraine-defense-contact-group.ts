import type { KbEntryInput } from '../schema';

export default {
  id: 'ukraine-defense-contact-group',
  kind: 'format',
  title: { en: 'Ukraine Defense Contact Group (Ramstein format)', uk: 'Контактна група з питань оборони України (формат «Рамштайн»)' },
  aliases: [
    { text: 'Ukraine Defense Contact Group', lang: 'en' },
    { text: 'Ukraine Defence Contact Group', lang: 'en' },
    { text: 'UDCG', lang: 'en', caseSensitive: true },
    { text: 'Ramstein format', lang: 'en' },
    { text: 'Ramstein group', lang: 'en' },
    // Also the US air base in Germany, the town of Ramstein-Miesenbach and the 1988 air show disaster.
    { text: 'Ramstein', lang: 'en', ambiguous: true },
    { text: 'Контактна група з питань оборони України', lang: 'uk', stems: ['Контактн', 'груп', 'з', 'питань', 'оборони', 'України'] },
    { text: 'формат Рамштайн', lang: 'uk', stems: ['формат', 'Рамштайн'] },
    { text: 'Рамштайн', lang: 'uk', stems: ['Рамштайн'], ambiguous: true },
    { text: 'Контактная группа по обороне Украины', lang: 'ru', stems: ['Контактн', 'групп', 'по', 'обороне', 'Украины'] },
    { text: 'Ramstein-Format', lang: 'de' },
    { text: 'Ramstein-Gruppe', lang: 'de' },
    { text: 'Ukraine-Kontaktgruppe', lang: 'de' },
    { text: 'format Ramstein', lang: 'pl', stems: ['format', 'Ramstein'] },
    { text: 'grupa Ramstein', lang: 'pl', stems: ['grup', 'Ramstein'] },
  ],
  disambiguation: {
    anyOf: [
      'contact group', 'defence minister*', 'defense minister*', 'defense secretary', 'defence secretary', 'meeting*',
      'Austin', 'Healey', 'Pistorius', 'Hegseth', 'Umerov', 'Reznikov', 'Ukrain*',
      'Контактн*', 'засідан*', 'зустріч*', 'учасник*', 'міністр*', 'Умєров*', 'Рєзніков*', 'Остін*', 'Гілі', 'Пісторіус*', 'Гегсет*', 'Україн*', 'Украин*',
      'Kontaktgruppe', 'Treffen', 'Verteidigungsminister*',
      'spotkani*', 'minist*',
    ],
    noneOf: ['air show', 'airshow', 'Flugtag', '1988', 'Miesenbach', 'Flugschau', 'авіашоу', 'Rammstein'],
    window: 300,
  },
  summary: {
    en: 'A group of about 50 countries that coordinates military aid to Ukraine, called the “Ramstein format” after the US air base in Germany where it first met in April 2022. The United States convened and chaired it until January 2025; since then the UK and Germany have led it (as of June 2025).',
    uk: 'Група з приблизно 50 країн, яка координує військову допомогу Україні. Її називають форматом «Рамштайн» — за назвою американської авіабази в Німеччині, де вона вперше зібралася у квітні 2022 року. США скликали групу й головували в ній до січня 2025 року, відтоді її очолюють Велика Британія та Німеччина (станом на червень 2025 року).',
  },
  background: [
    {
      en: 'US Defense Secretary Lloyd Austin convened the first meeting at Ramstein Air Base on 26 April 2022, two months after the full-scale invasion, and announced there that it would continue as a regular contact group. Defence ministers have since met roughly monthly at first and later every few months, in person at Ramstein or NATO headquarters in Brussels, or online, announcing deliveries of air defence, artillery, armour and ammunition.',
      uk: 'Міністр оборони США Ллойд Остін скликав першу зустріч на авіабазі Рамштайн 26 квітня 2022 року, через два місяці після початку повномасштабного вторгнення, і там же оголосив, що вона працюватиме як постійна контактна група. Відтоді міністри оборони збиралися спершу майже щомісяця, згодом — раз на кілька місяців, особисто в Рамштайні чи в штаб-квартирі НАТО в Брюсселі або онлайн, і оголошували постачання ППО, артилерії, бронетехніки та боєприпасів.',
    },
    {
      en: 'Within the group, “capability coalitions” led by individual countries coordinate particular needs, such as fighter jets, armoured vehicles, air defence, drones and demining. Austin chaired his last meeting at Ramstein on 9 January 2025. Under the Trump administration the United States handed the chair to the UK defence secretary, John Healey, who from April 2025 co-chaired with Germany’s Boris Pistorius.',
      uk: 'У межах групи окремі країни очолюють «коаліції спроможностей», які координують конкретні потреби: винищувачі, бронетехніку, ППО, дрони, розмінування. Остін востаннє головував на засіданні в Рамштайні 9 січня 2025 року. За адміністрації Трампа США передали головування міністрові оборони Великої Британії Джону Гілі, який із квітня 2025 року очолює групу разом із міністром оборони Німеччини Борисом Пісторіусом.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the group met under British and German chairmanship; the United States was still a member but no longer led it. Air defence for Ukraine remained a recurring topic of its meetings.',
      uk: 'Станом на червень 2025 року група збиралася під головуванням Великої Британії та Німеччини; США залишалися її учасником, але вже не очолювали. Постійною темою засідань залишалася протиповітряна оборона України.',
    },
  },
  timeline: [
    { date: '2022-04-26', text: { en: 'First meeting at Ramstein Air Base, convened by Lloyd Austin.', uk: 'Перша зустріч на авіабазі Рамштайн, скликана Ллойдом Остіном.' } },
    { date: '2025-01-09', text: { en: 'Austin chairs his last meeting, at Ramstein.', uk: 'Остін востаннє головує на засіданні — у Рамштайні.' } },
    { date: '2025-02-12', text: { en: 'First meeting chaired by the UK’s John Healey, at NATO headquarters in Brussels.', uk: 'Перше засідання під головуванням британця Джона Гілі — у штаб-квартирі НАТО в Брюсселі.' } },
    { date: '2025-04-11', text: { en: 'The UK and Germany co-chair the group for the first time.', uk: 'Велика Британія та Німеччина вперше спільно головують у групі.' } },
  ],
  related: ['nato', 'himars', 'patriot', 'f-16', 'leopard-2', 'boris-pistorius', 'pete-hegseth', 'rustem-umerov'],
  sources: [
    { publisher: 'US Department of Defense', title: 'Secretary of Defense Lloyd J. Austin III Holds Press Conference Following Ukraine Defense Contact Group Meeting, at Ramstein Air Base, Germany', date: '2025-01-09' },
    { publisher: 'Euromaidan Press', title: 'Defense representatives from over 50 countries meet in Brussels to discuss Ukraine’s aid as Healey calls 2025 “critical” for Kyiv', date: '2025-04-11', url: 'https://euromaidanpress.com/2025/04/11/defense-representatives-from-over-50-countries-meet-in-brussels-to-discuss-ukraines-aid-as-healey-calls-2025-critical-for-kyiv/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
