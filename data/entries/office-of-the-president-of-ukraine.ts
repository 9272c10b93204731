import type { KbEntryInput } from '../schema';

export default {
  id: 'office-of-the-president-of-ukraine',
  kind: 'institution',
  title: { en: 'Office of the President of Ukraine', uk: 'Офіс Президента України' },
  aliases: [
    { text: 'Office of the President of Ukraine', lang: 'en' },
    { text: 'Ukrainian presidential office', lang: 'en' },
    { text: 'Офіс Президента', lang: 'uk', stems: ['Офіс', 'Президент'] },
    { text: 'Офис президента Украины', lang: 'ru', stems: ['Офис', 'президент', 'Украины'] },
    { text: 'Офис президента', lang: 'ru', stems: ['Офис', 'президент'] },
    // The street in Kyiv where the Office sits, used as its metonym; the street itself has no entry.
    { text: 'Bankova', lang: 'en', ambiguous: true },
    { text: 'Банкова', lang: 'uk', stems: ['Банков'], ambiguous: true },
    { text: 'Банковая', lang: 'ru', stems: ['Банков'], ambiguous: true },
    // German "Präsidialamt" is also used for other presidents' offices.
    { text: 'Präsidialamt', lang: 'de', ambiguous: true },
    { text: 'Biuro Prezydenta Ukrainy', lang: 'pl', stems: ['Biur', 'Prezydent', 'Ukrainy'] },
    { text: 'Kancelaria Prezydenta Ukrainy', lang: 'pl', stems: ['Kancelari', 'Prezydent', 'Ukrainy'] },
  ],
  disambiguation: {
    anyOf: [
      'Ukrain*', 'Україн*', 'Украин*', 'Kyiv', 'Kiew', 'Kijów', 'Київ*', 'Киев*',
      'Zelensk*', 'Selensk*', 'Zełensk*', 'Зеленськ*', 'Зеленск*', 'Yermak', 'Jermak', 'Єрмак*', 'Ермак*',
    ],
    noneOf: ['Trump', 'Трамп*', 'White House', 'Білий дім', 'Steinmeier', 'Bundespräsident*', 'Kancelaria Prezydenta RP', 'Duda', 'Nawrock*', 'Macron', 'Élysée', 'Philippines', 'Philippine'],
    window: 250,
  },
  summary: {
    en: 'The administrative body that serves Ukraine’s president, on Bankova Street in Kyiv. Under Volodymyr Zelenskyy it became a centre of political power and diplomacy: Andriy Yermak, its head from February 2020, led Ukrainian delegations in the 2025 talks with the United States.',
    uk: 'Орган, що забезпечує роботу президента України, розташований на вулиці Банковій у Києві. За Володимира Зеленського Офіс став центром політичної влади й дипломатії: Андрій Єрмак, який очолив його в лютому 2020 року, керував українськими делегаціями на переговорах зі США 2025 року.',
  },
  background: [
    {
      en: 'Ukraine’s presidents have had an administration since the 1990s. In 2019, after Zelenskyy took office, the Presidential Administration was renamed the Office of the President. Its first head was Andriy Bohdan; Andriy Yermak replaced him in February 2020.',
      uk: 'Президенти України мають свою адміністрацію з 1990-х років. 2019 року, після вступу Зеленського на посаду, Адміністрацію президента перейменували на Офіс Президента. Першим його керівником був Андрій Богдан; у лютому 2020 року його змінив Андрій Єрмак.',
    },
    {
      en: 'The Constitution does not mention the Office and gives it no powers of its own. Its influence over government appointments and policy, especially under martial law, has been a recurring subject of criticism by Ukrainian opposition politicians and journalists.',
      uk: 'Конституція не згадує Офіс і не наділяє його власними повноваженнями. Його вплив на кадрові призначення в уряді та на політику, особливо під час воєнного стану, — постійний предмет критики з боку українських опозиційних політиків і журналістів.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the Office’s head, Andriy Yermak, was one of Ukraine’s lead negotiators in the US-brokered talks on ending the war, having led the Ukrainian delegation at the meeting with US officials in Jeddah on 11 March 2025.',
      uk: 'Станом на червень 2025 року керівник Офісу Андрій Єрмак був одним із головних переговорників України на перемовинах про завершення війни за посередництва США; 11 березня 2025 року він очолював українську делегацію на зустрічі з американськими посадовцями в Джидді.',
    },
  },
  timeline: [
    { date: '2019-05-20', text: { en: 'Volodymyr Zelenskyy is inaugurated; Andriy Bohdan becomes head of the presidential administration, later renamed the Office of the President.', uk: 'Інавгурація Володимира Зеленського; керівником адміністрації президента, згодом перейменованої на Офіс Президента, стає Андрій Богдан.' } },
    { date: '2020-02-11', text: { en: 'Andriy Yermak becomes head of the Office.', uk: 'Керівником Офісу стає Андрій Єрмак.' } },
    { date: '2025-03-11', text: { en: 'Yermak leads Ukraine’s delegation at talks with the US in Jeddah.', uk: 'Єрмак очолює делегацію України на переговорах зі США в Джидді.' } },
  ],
  related: ['andriy-yermak', 'volodymyr-zelenskyy', 'verkhovna-rada', 'peace-deal'],
  sources: [
    { publisher: 'President of Ukraine (president.gov.ua)', title: 'Office of the President of Ukraine: official website' },
    { publisher: 'US Department of State', title: 'Joint Statement on Meeting in Jeddah', date: '2025-03-11' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
