import type { KbEntryInput } from '../schema';
import { UKRAINE_CUES, KYIV_CUES } from '../cues';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'minerals-deal',
  kind: 'agreement',
  title: { en: 'US–Ukraine minerals deal', uk: 'Угода США й України про корисні копалини' },
  aliases: [
    { text: 'minerals deal', lang: 'en', ambiguous: true },
    { text: 'mineral deal', lang: 'en', ambiguous: true },
    { text: 'minerals agreement', lang: 'en', ambiguous: true },
    { text: 'natural resources deal', lang: 'en', ambiguous: true },
    { text: 'resources deal', lang: 'en', ambiguous: true },
    { text: 'rare earth deal', lang: 'en', ambiguous: true },
    { text: 'rare earths deal', lang: 'en', ambiguous: true },
    { text: 'rare earth minerals deal', lang: 'en', ambiguous: true },
    { text: 'rare earth metals deal', lang: 'en', ambiguous: true },
    { text: 'Reconstruction Investment Fund', lang: 'en' },
    { text: 'угода про надра', lang: 'uk', stems: ['угод', 'про', 'надра'] },
    { text: 'угода про корисні копалини', lang: 'uk', stems: ['угод', 'про', 'корисн', 'копалин'] },
    { text: 'сделка по полезным ископаемым', lang: 'ru', stems: ['сделк', 'по', 'полезным', 'ископаемым'] },
    { text: 'Rohstoffabkommen', lang: 'de', ambiguous: true },
    { text: 'Rohstoffdeal', lang: 'de', ambiguous: true },
    { text: 'umowa surowcowa', lang: 'pl', stems: ['umow', 'surowcow'], ambiguous: true },
    { text: 'accord sur les minerais', lang: 'fr', ambiguous: true },
  ],
  // In 2025 the US also negotiated minerals arrangements with other countries.
  disambiguation: {
    anyOf: [
      ...UKRAINE_CUES,
      ...KYIV_CUES,
      'Zelensk*',
      'Selensk*',
      'Zełensk*',
      'Зеленськ*',
      'Зеленск*',
      'Svyrydenko',
      'Свириденко',
    ],
    noneOf: ['Congo', 'Kongo', 'DRC', 'Kinshasa', 'Greenland', 'Grönland'],
    window: 300,
  },
  summary:
    { en: 'An economic agreement between the United States and Ukraine on the country’s mineral and other natural resources. Planned for signing in February 2025 but derailed by an Oval Office dispute, it was signed on 30 April 2025 and set up a joint investment fund. It contains no explicit security guarantee.', uk: 'Економічна угода між США та Україною щодо її корисних копалин та інших природних ресурсів. Її мали підписати в лютому 2025 року, але підписання зірвалося через сварку в Овальному кабінеті; угоду підписали 30 квітня 2025 року, і вона започаткувала спільний інвестиційний фонд. Прямих гарантій безпеки угода не містить.' },
  background: [
    { en: 'The deal was discussed in early 2025 as a way for Ukraine to give the United States a stake in its resources, including rare earths and other critical minerals. The Trump administration saw it chiefly as a way to offset US costs of supporting Ukraine; Kyiv hoped it would include security guarantees.', uk: 'На початку 2025 року угоду обговорювали як спосіб дати США частку в українських ресурсах, зокрема рідкісноземельних металах та інших критично важливих мінералах. Адміністрація Трампа бачила в ній передусім спосіб компенсувати витрати США на підтримку України; Київ сподівався, що вона міститиме гарантії безпеки.' },
    { en: 'The final draft prepared in February 2025 said only that the United States supported “Ukraine’s efforts to obtain security guarantees needed to establish lasting peace”, without saying what those guarantees would be. The signing planned for 28 February collapsed after a public dispute between Presidents Trump and Zelenskyy in the Oval Office.', uk: 'Остаточний проєкт, підготовлений у лютому 2025 року, лише зазначав, що США підтримують «зусилля України з отримання гарантій безпеки, потрібних для встановлення тривалого миру», не уточнюючи, що це за гарантії. Підписання, заплановане на 28 лютого, зірвалося після публічної сварки між Трампом і Зеленським в Овальному кабінеті.' },
    { en: 'The agreement signed on 30 April 2025 created a United States–Ukraine Reconstruction Investment Fund, financed in part from revenues of new resource licences in Ukraine. Whether economic ties of this kind deter Russia is disputed: President Trump argued that an American presence brings security by itself; former foreign minister Volodymyr Ohryzko said a minerals deal by itself cannot be a security guarantee; analyst Alina Hrytsenko saw foreign companies’ interest in stability as, in theory, one element of guarantees.', uk: 'Угода, підписана 30 квітня 2025 року, створила Американсько-український інвестиційний фонд відбудови, який частково наповнюватиметься з доходів від нових ліцензій на видобуток ресурсів в Україні. Чи стримують Росію такі економічні зв’язки, — питання дискусійне: президент Трамп стверджував, що американська присутність сама по собі дає безпеку; колишній міністр закордонних справ Володимир Огризко — що угода про корисні копалини сама по собі не може бути гарантією безпеки; аналітикиня Аліна Гриценко вважала зацікавленість іноземних компаній у стабільності теоретично одним з елементів гарантій.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, the deal was unsigned after the 28 February Oval Office dispute. hromadske reported that President Trump regarded the deal itself as a security guarantee that made others unnecessary, while Zelenskyy stressed that American businesses already in Ukraine had not stopped Russian attacks.', uk: 'Станом на березень 2025 року угода залишалася непідписаною після сварки в Овальному кабінеті 28 лютого. hromadske писав, що президент Трамп вважає саму угоду гарантією безпеки, з якою інші не потрібні, а Зеленський наголошував, що американський бізнес уже працює в Україні, але це не зупинило російських атак.' },
  },
  timeline: [
    {
      date: '2025-02-28',
      text: { en: 'Trump and Zelenskyy clash publicly in the Oval Office; the planned signing of the minerals deal does not take place.', uk: 'Трамп і Зеленський публічно сваряться в Овальному кабінеті; заплановане підписання угоди про корисні копалини не відбувається.' },
    },
    {
      date: '2025-04-30',
      text: { en: 'The United States and Ukraine sign the agreement in Washington, creating the Reconstruction Investment Fund.', uk: 'США та Україна підписують угоду у Вашингтоні й створюють Інвестиційний фонд відбудови.' },
    },
    { date: '2025-05-08', text: { en: 'Ukraine’s parliament ratifies the agreement.', uk: 'Верховна Рада ратифікує угоду.' } },
  ],
  positions: [
    P.trumpMineralsAsSecurity,
    P.zelenskyyMineralsNeedGuarantees,
    P.hrytsenkoEconomicPresence,
    P.ohryzkoMineralsNotGuarantee,
  ],
  related: ['security-guarantees', 'donald-trump', 'volodymyr-zelenskyy', 'bilateral-security-agreements', 'deterrence'],
  sources: [
    HROMADSKE_2025_03,
    {
      publisher: 'Governments of the United States and Ukraine',
      title: 'Agreement on the Establishment of a United States–Ukraine Reconstruction Investment Fund',
      date: '2025-04-30',
    },
    {
      publisher: 'Ukrainska Pravda',
      title: 'Ukrainian Parliament votes for ratification of minerals deal with US',
      date: '2025-05-08',
      url: 'https://www.pravda.com.ua/eng/news/2025/05/8/7511255/',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
