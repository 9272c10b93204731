import type { KbEntryInput } from '../schema';

const NAME = { en: 'Pete Hegseth', uk: 'Піт Гегсет' };

export default {
  id: 'pete-hegseth',
  kind: 'person',
  title: NAME,
  aliases: [
    { text: 'Pete Hegseth', lang: 'en' },
    { text: 'Hegseth', lang: 'en' },
    { text: 'Hegseth', lang: 'de' },
    { text: 'Hegseth', lang: 'pl' },
    { text: 'Піт Гегсет', lang: 'uk' },
    { text: 'Гегсет', lang: 'uk' },
    { text: 'Пит Хегсет', lang: 'ru' },
    { text: 'Хегсет', lang: 'ru' },
    { text: 'Хегсет', lang: 'uk' },
  ],
  summary: {
    en: 'US Secretary of Defense since January 2025, a former Fox News host and Army National Guard officer. At his first Ukraine Defense Contact Group meeting in February 2025 he called a return to Ukraine’s pre-2014 borders unrealistic and ruled out US troops in Ukraine as part of any security guarantee.',
    uk: 'Міністр оборони США з січня 2025 року, колишній ведучий Fox News і офіцер Національної гвардії. На своєму першому засіданні Контактної групи з питань оборони України в лютому 2025 року назвав повернення України до кордонів 2014 року нереалістичним і виключив присутність американських військових в Україні в межах будь-яких гарантій безпеки.',
  },
  background: [
    {
      en: 'Hegseth served in the Army National Guard, with deployments to Guantánamo, Iraq and Afghanistan, and later co-hosted a weekend show on Fox News. Donald Trump nominated him as defense secretary in November 2024; the Senate confirmed him on 24 January 2025 by the tie-breaking vote of Vice President JD Vance, and he was sworn in the next day.',
      uk: 'Гегсет служив у Національній гвардії армії США, зокрема в Гуантанамо, Іраку та Афганістані, а згодом був співведучим шоу вихідного дня на Fox News. У листопаді 2024 року Дональд Трамп висунув його на посаду міністра оборони; 24 січня 2025 року Сенат затвердив його вирішальним голосом віцепрезидента Джей Ді Венса, і наступного дня він склав присягу.',
    },
    {
      en: 'On 12 February 2025 in Brussels he told Ukraine’s backers that Europe must provide the overwhelming share of future aid to Ukraine, that NATO membership for Ukraine was not a realistic outcome of a negotiated settlement, and that any peacekeeping troops should be European and non-European forces outside a NATO mission.',
      uk: '12 лютого 2025 року в Брюсселі він заявив союзникам України, що переважну частку майбутньої допомоги Україні має надавати Європа, що членство України в НАТО не є реалістичним результатом переговорного врегулювання, а будь-які миротворчі контингенти мають складатися з європейських і неєвропейських військ поза місією НАТО.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, Hegseth was pressing European allies to spend 5% of GDP on defence, as NATO agreed at the Hague summit in June 2025, while the Pentagon shifted its focus towards deterring China in the Indo-Pacific.',
      uk: 'Станом на липень 2025 року Гегсет тиснув на європейських союзників, щоб вони витрачали на оборону 5% ВВП, як НАТО погодило на саміті в Гаазі в червні 2025 року, а Пентагон переносив фокус на стримування Китаю в Індо-Тихоокеанському регіоні.',
    },
  },
  timeline: [
    { date: '2025-01-24', text: { en: 'Confirmed by the Senate, 51–50, with Vice President Vance breaking the tie.', uk: 'Затверджений Сенатом 51 голосом проти 50; вирішальний голос віддав віцепрезидент Венс.' } },
    { date: '2025-01-25', text: { en: 'Sworn in as Secretary of Defense.', uk: 'Складає присягу міністра оборони.' } },
    { date: '2025-02-12', text: { en: 'At the Ukraine Defense Contact Group in Brussels calls pre-2014 borders an unrealistic objective.', uk: 'На засіданні Контактної групи з питань оборони України в Брюсселі називає повернення до кордонів 2014 року нереалістичною метою.' } },
  ],
  roles: [
    { title: { en: 'US Secretary of Defense', uk: 'Міністр оборони США' }, from: '2025-01-25', asOf: '2025-07' },
  ],
  positions: [
    {
      personId: 'pete-hegseth',
      name: NAME,
      role: { en: 'US Secretary of Defense (since January 2025)', uk: 'міністр оборони США (з січня 2025 року)' },
      side: { en: 'US administration', uk: 'Адміністрація США' },
      stance: { en: 'Pre-2014 borders and NATO entry are not realistic', uk: 'Кордони 2014 року й вступ до НАТО — нереалістичні' },
      paraphrase: {
        en: 'On 12 February 2025 Hegseth told the Ukraine Defense Contact Group that restoring Ukraine’s pre-2014 borders was an unrealistic objective that would prolong the war, that NATO membership was not a realistic outcome of talks, and that no US troops would be deployed to Ukraine under any security guarantee.',
        uk: '12 лютого 2025 року Гегсет заявив на засіданні Контактної групи з питань оборони України, що повернення до кордонів 2014 року — нереалістична мета, яка лише затягне війну, що членство в НАТО не є реалістичним результатом переговорів і що жодних американських військ в Україні в межах гарантій безпеки не буде.',
      },
      source: { publisher: 'UPI', title: 'Returning Ukraine to pre-2014 borders \'unrealistic,\' says U.S. Defense secretary', date: '2025-02-13', url: 'https://www.upi.com/Top_News/World-News/2025/02/13/ukraine-US-support-NATO-unrealistic/9551739418689/' },
    },
  ],
  related: ['donald-trump', 'jd-vance', 'ukraine-defense-contact-group', 'nato-membership', 'security-guarantees', 'peacekeepers', 'nato-spending-target'],
  sources: [
    { publisher: 'UPI', title: 'Returning Ukraine to pre-2014 borders \'unrealistic,\' says U.S. Defense secretary', date: '2025-02-13', url: 'https://www.upi.com/Top_News/World-News/2025/02/13/ukraine-US-support-NATO-unrealistic/9551739418689/' },
    { publisher: 'Wikipedia', title: 'Pete Hegseth' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
