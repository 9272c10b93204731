import type { KbEntryInput } from '../schema';
import { KYIV_CUES, UKRAINE_CUES, ZELENSKY_CUES } from '../cues';

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
      'Budanov', 'Budanow', 'Budanau', 'Буданов*',
    ],
    noneOf: ['Trump', 'Трамп*', 'White House', 'Білий дім', 'Steinmeier', 'Bundespräsident*', 'Kancelaria Prezydenta RP', 'Duda', 'Nawrock*', 'Macron', 'Élysée', 'Philippines', 'Philippine'],
    window: 250,
    // Ukraine's office: "Офіс президента Франції" (another country as owner) is not it.
    scope: { anyOf: [...UKRAINE_CUES, ...KYIV_CUES, ...ZELENSKY_CUES, 'Yermak', 'Jermak', 'Єрмак*', 'Ермак*', 'Budanov', 'Budanow', 'Буданов*'] },
  },
  summary: {
    en: 'The administrative body that serves Ukraine’s president, on Bankova Street in Kyiv. Under Volodymyr Zelenskyy it became a centre of political power and diplomacy. Andriy Yermak headed it from February 2020 until his resignation on 28 November 2025; Kyrylo Budanov, until then chief of military intelligence, was appointed head on 2 January 2026.',
    uk: 'Орган, що забезпечує роботу президента України, розташований на вулиці Банковій у Києві. За Володимира Зеленського Офіс став центром політичної влади й дипломатії. Андрій Єрмак керував ним із лютого 2020 року до відставки 28 листопада 2025 року; 2 січня 2026 року керівником Офісу призначили Кирила Буданова, до того — начальника воєнної розвідки.',
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
    {
      en: 'In 2025 Yermak was one of Ukraine’s lead negotiators in the US-brokered talks on ending the war; on 11 March 2025 he led the Ukrainian delegation at the meeting with US officials in Jeddah. On 28 November 2025 the National Anti-Corruption Bureau (NABU) and the Specialized Anti-Corruption Prosecutor’s Office searched his home, and Zelenskyy announced his resignation the same day.',
      uk: 'У 2025 році Єрмак був одним із головних переговорників України на перемовинах про завершення війни за посередництва США; 11 березня 2025 року він очолював українську делегацію на зустрічі з американськими посадовцями в Джидді. 28 листопада 2025 року Національне антикорупційне бюро (НАБУ) та Спеціалізована антикорупційна прокуратура провели в нього обшуки, і того ж дня Зеленський оголосив про його відставку.',
    },
  ],
  whyNow: {
    asOf: '2026-01',
    text: {
      en: 'As of January 2026, the Office was headed by Kyrylo Budanov, appointed on 2 January 2026 after more than a month without a head. Zelenskyy said the Office would focus above all on security, the development of Ukraine’s defence and security forces, and the diplomatic track of negotiations.',
      uk: 'Станом на січень 2026 року Офіс очолював Кирило Буданов, призначений 2 січня 2026 року після понад місяця без керівника. Зеленський заявив, що Офіс передусім зосередиться на питаннях безпеки, розвитку Сил оборони і безпеки та дипломатичному треку переговорів.',
    },
  },
  timeline: [
    { date: '2019-05', text: { en: 'Volodymyr Zelenskyy takes office; Andriy Bohdan becomes head of the presidential administration, later renamed the Office of the President.', uk: 'Володимир Зеленський вступає на посаду президента; керівником адміністрації президента, згодом перейменованої на Офіс Президента, стає Андрій Богдан.' } },
    { date: '2020-02-11', text: { en: 'Andriy Yermak becomes head of the Office.', uk: 'Керівником Офісу стає Андрій Єрмак.' } },
    { date: '2025-03-11', text: { en: 'Yermak leads Ukraine’s delegation at talks with the US in Jeddah.', uk: 'Єрмак очолює делегацію України на переговорах зі США в Джидді.' } },
    { date: '2025-11-28', text: { en: 'Yermak resigns hours after anti-corruption investigators search his home.', uk: 'Єрмак іде у відставку через кілька годин після обшуків антикорупційних органів у його помешканні.' } },
    { date: '2026-01-02', text: { en: 'Kyrylo Budanov, chief of military intelligence, is appointed head of the Office.', uk: 'Керівником Офісу призначено начальника воєнної розвідки Кирила Буданова.' } },
  ],
  related: ['andriy-yermak', 'kyrylo-budanov', 'volodymyr-zelenskyy', 'verkhovna-rada', 'peace-deal', 'hur'],
  sources: [
    { publisher: 'President of Ukraine (president.gov.ua)', title: 'Office of the President of Ukraine: official website' },
    { publisher: 'US Department of State', title: 'Joint Statement on United States-Ukraine Meeting in Jeddah', date: '2025-03-11' },
    { publisher: 'hromadske', title: 'Zelenskyy accepts resignation of top aide Yermak after anti-graft searches', date: '2025-11-28', url: 'https://hromadske.ua/en/politics/255505-zelenskyy-yermak-napysav-zaiavu-pro-vidstavku' },
    { publisher: 'UNN', title: 'Appointment of Budanov as Head of the Presidential Office: all formal procedures have already begun', date: '2026-01-02', url: 'https://unn.ua/en/news/budanovs-appointment-as-head-of-the-presidential-office-all-formal-procedures-have-already-begun' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
