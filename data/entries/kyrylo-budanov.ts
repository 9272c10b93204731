import type { KbEntryInput } from '../schema';

export default {
  id: 'kyrylo-budanov',
  kind: 'person',
  title: { en: 'Kyrylo Budanov', uk: 'Кирило Буданов' },
  aliases: [
    { text: 'Kyrylo Budanov', lang: 'en' },
    { text: 'Kyrylo Budanov', lang: 'fr' },
    { text: 'Kirill Budanov', lang: 'en' },
    { text: 'Budanov', lang: 'en' },
    { text: 'Kyrylo Budanow', lang: 'de' },
    { text: 'Budanow', lang: 'de' },
    { text: 'Kyryło Budanow', lang: 'pl', stems: ['Kyrył', 'Budanow'] },
    { text: 'Budanow', lang: 'pl' },
    { text: 'Кирило Буданов', lang: 'uk', stems: ['Кирил', 'Буданов'] },
    { text: 'Буданов', lang: 'uk', stems: ['Буданов'] },
    { text: 'Кирилл Буданов', lang: 'ru', stems: ['Кирилл', 'Буданов'] },
    { text: 'Буданов', lang: 'ru', stems: ['Буданов'] },
  ],
  summary: {
    en: 'Ukrainian general who headed the Defence Intelligence of Ukraine (HUR) from August 2020 to January 2026. On 2 January 2026 President Zelenskyy appointed him head of the Office of the President, succeeding Andriy Yermak, with a brief focused on security, the defence forces and the negotiation track.',
    uk: 'Український генерал, який очолював Головне управління розвідки Міноборони (ГУР) із серпня 2020 до січня 2026 року. 2 січня 2026 року президент Зеленський призначив його керівником Офісу Президента замість Андрія Єрмака, поставивши в пріоритет безпеку, розвиток Сил оборони та переговорний трек.',
  },
  background: [
    {
      en: 'Budanov was born in 1986 in Kyiv and is a career military intelligence officer. On 5 August 2020 he was appointed chief of the Main Directorate of Intelligence (HUR) of Ukraine’s Ministry of Defence, which he led through the full-scale war; the service became known for operations behind the front line and for its public assessments of Russian plans.',
      uk: 'Буданов народився 1986 року в Києві, кадровий військовий розвідник. 5 серпня 2020 року його призначили начальником Головного управління розвідки Міністерства оборони України, яке він очолював упродовж повномасштабної війни; ГУР стало відоме операціями за лінією фронту та публічними оцінками російських планів.',
    },
    {
      en: 'The Office of the President had no head after Andriy Yermak resigned on 28 November 2025. On 2 January 2026 Zelenskyy offered Budanov the post, saying Ukraine needed greater focus on security, the development of the defence forces and the diplomatic track of negotiations; Budanov accepted and was appointed by decree the same day. Oleh Ivashchenko, head of the Foreign Intelligence Service, succeeded him at HUR.',
      uk: 'Після відставки Андрія Єрмака 28 листопада 2025 року Офіс Президента залишався без керівника. 2 січня 2026 року Зеленський запропонував цю посаду Буданову, пояснивши, що Україні потрібно більше зосередитися на безпеці, розвитку Сил оборони і безпеки та дипломатичному треку переговорів; Буданов погодився і того ж дня був призначений указом. ГУР очолив Олег Іващенко, до того — голова Служби зовнішньої розвідки.',
    },
  ],
  whyNow: {
    asOf: '2026-01',
    text: {
      en: 'As of January 2026, Budanov had just taken over the Office of the President, the presidential body that under Yermak had also led Ukraine’s negotiating delegations.',
      uk: 'Станом на січень 2026 року Буданов щойно очолив Офіс Президента — орган, який за Єрмака також вів українські переговорні делегації.',
    },
  },
  timeline: [
    { date: '2020-08-05', text: { en: 'Appointed chief of Defence Intelligence (HUR).', uk: 'Призначений начальником ГУР Міноборони.' } },
    { date: '2022-02-24', text: { en: 'Russia’s full-scale invasion begins; HUR under his command operates throughout the war.', uk: 'Починається повномасштабне вторгнення Росії; ГУР під його керівництвом працює впродовж усієї війни.' } },
    { date: '2026-01-02', text: { en: 'Appointed head of the Office of the President; Oleh Ivashchenko takes over HUR.', uk: 'Призначений керівником Офісу Президента; ГУР очолює Олег Іващенко.' } },
  ],
  roles: [
    { title: { en: 'Chief of the Defence Intelligence of Ukraine (HUR)', uk: 'Начальник Головного управління розвідки Міноборони України' }, from: '2020-08-05', to: '2026-01-02' },
    { title: { en: 'Head of the Office of the President of Ukraine', uk: 'Керівник Офісу Президента України' }, from: '2026-01-02', asOf: '2026-01' },
  ],
  related: ['hur', 'office-of-the-president-of-ukraine', 'andriy-yermak', 'volodymyr-zelenskyy'],
  sources: [
    { publisher: 'Komersant Ukrainian', title: 'Zelensky decides to appoint Budanov as head of the Office of the President of Ukraine', date: '2026-01-02', url: 'https://komersant.ua/en/zelenskyy-vyrishyv-pryznachyty-budanova-hlavoiu-ofisu-prezydenta-ukrainy' },
    { publisher: 'UNN', title: 'Appointment of Budanov as Head of the Presidential Office: all formal procedures have already begun', date: '2026-01-02', url: 'https://unn.ua/en/news/budanovs-appointment-as-head-of-the-presidential-office-all-formal-procedures-have-already-begun' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
