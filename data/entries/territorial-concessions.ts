import type { KbEntryInput } from '../schema';
import { KREMLIN_2024_06_14 } from '../sources';
import { RU_UA_WAR_CUES, OTHER_CONFLICT_CUES } from './ceasefire';

export default {
  id: 'territorial-concessions',
  kind: 'concept',
  title: { en: 'Territorial concessions', uk: 'Територіальні поступки' },
  aliases: [
    // Also used of Armenia–Azerbaijan, Israel and other disputes.
    { text: 'territorial concessions', lang: 'en', ambiguous: true },
    { text: 'land swap', lang: 'en', ambiguous: true },
    { text: 'swapping of territories', lang: 'en', ambiguous: true },
    { text: 'територіальні поступки', lang: 'uk', stems: ['територіальн', 'поступк'], ambiguous: true },
    { text: 'обмін територіями', lang: 'uk', stems: ['обмін', 'територі'], ambiguous: true },
    { text: 'территориальные уступки', lang: 'ru', stems: ['территориальн', 'уступк'], ambiguous: true },
    { text: 'обмен территориями', lang: 'ru', stems: ['обмен', 'территори'], ambiguous: true },
    { text: 'territoriale Zugeständnisse', lang: 'de', stems: ['territorial', 'Zugeständnis'], ambiguous: true },
    { text: 'Gebietsabtretungen', lang: 'de', ambiguous: true },
    { text: 'Gebietsabtretung', lang: 'de', ambiguous: true },
    { text: 'ustępstwa terytorialne', lang: 'pl', stems: ['ustępstw', 'terytorialn'], ambiguous: true },
    { text: 'concessions territoriales', lang: 'fr', ambiguous: true },
  ],
  disambiguation: { anyOf: RU_UA_WAR_CUES, noneOf: OTHER_CONFLICT_CUES, window: 300 },
  summary: {
    en: 'The question of whether Ukraine would give up, or recognise as Russian, land Russia has seized, as part of ending the war. Russia has demanded four Ukrainian regions and Crimea; Ukraine’s Constitution allows changes to its territory only by a national referendum, and Kyiv rejects legal recognition of the occupation.',
    uk: 'Питання про те, чи відмовиться Україна від захоплених Росією земель або визнає їх російськими заради завершення війни. Росія вимагала віддати їй чотири українські області та Крим; Конституція України дозволяє змінювати територію лише через всеукраїнський референдум, а Київ відкидає юридичне визнання окупації.',
  },
  background: [
    {
      en: 'Russia annexed Crimea in 2014 and on 30 September 2022 claimed to annex the Donetsk, Luhansk, Zaporizhzhia and Kherson regions, none of which it fully controlled. The UN General Assembly declared the claimed annexations invalid (resolution ES-11/4 of 12 October 2022). In June 2024 Putin named Ukraine’s withdrawal from all four regions a condition for a ceasefire.',
      uk: 'Росія анексувала Крим у 2014 році, а 30 вересня 2022 року оголосила про «приєднання» Донецької, Луганської, Запорізької та Херсонської областей, жодну з яких не контролювала повністю. Генасамблея ООН визнала ці спроби анексії недійсними (резолюція ES-11/4 від 12 жовтня 2022 року). У червні 2024 року Путін назвав умовою припинення вогню вихід українських військ з усіх чотирьох областей.',
    },
    {
      en: 'Under Article 73 of Ukraine’s Constitution, changes to the country’s territory can be decided only by an all-Ukrainian referendum, and Article 157 bars amending the Constitution under martial law. Debate has therefore turned on a distinction between de facto control, which Ukraine might not be able to change by force soon, and legal recognition, which Kyiv rules out.',
      uk: 'Згідно зі статтею 73 Конституції України, питання про зміну території вирішується виключно всеукраїнським референдумом, а стаття 157 забороняє змінювати Конституцію в умовах воєнного стану. Тому дискусія точиться довкола різниці між фактичним контролем, який Україна, можливо, не зможе найближчим часом змінити силою, і юридичним визнанням, яке Київ виключає.',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, territory was the central question of US-led diplomacy. Before the Trump–Putin summit in Alaska, Trump spoke of some “swapping of territories”, Zelenskyy said Ukrainians would not give their land to the occupier, and European leaders said international borders must not be changed by force.',
      uk: 'Станом на серпень 2025 року територія була центральним питанням дипломатії за посередництва США. Перед самітом Трампа й Путіна на Алясці Трамп говорив про певний «обмін територіями», Зеленський заявив, що українці не подарують свою землю окупантові, а європейські лідери наголосили, що міжнародні кордони не можна змінювати силою.',
    },
  },
  timeline: [
    { date: '2014-03-18', text: { en: 'Russia formally annexes Crimea.', uk: 'Росія формально анексує Крим.' } },
    { date: '2022-09-30', text: { en: 'Russia claims to annex four Ukrainian regions.', uk: 'Росія оголошує про «приєднання» чотирьох українських областей.' } },
    { date: '2022-10-12', text: { en: 'UN General Assembly resolution ES-11/4 declares the claimed annexations invalid.', uk: 'Резолюція Генасамблеї ООН ES-11/4 визнає ці спроби анексії недійсними.' } },
    { date: '2024-06-14', text: { en: 'Putin demands Ukraine’s withdrawal from the four regions as a condition for a ceasefire.', uk: 'Путін вимагає виведення українських військ із чотирьох областей як умову припинення вогню.' } },
    { date: '2025-02-12', text: { en: 'US Defence Secretary Pete Hegseth calls a return to Ukraine’s pre-2014 borders unrealistic.', uk: 'Міністр оборони США Піт Гегсет називає повернення до кордонів України до 2014 року нереалістичним.' } },
    { date: '2025-08-09', text: { en: 'European leaders say borders must not be changed by force; Zelenskyy rejects giving up land.', uk: 'Європейські лідери заявляють, що кордони не можна змінювати силою; Зеленський відкидає віддачу земель.' } },
  ],
  positions: [
    {
      personId: 'volodymyr-zelenskyy',
      name: { en: 'Volodymyr Zelenskyy', uk: 'Володимир Зеленський' },
      role: { en: 'President of Ukraine (since 2019)', uk: 'Президент України (з 2019 року)' },
      side: { en: 'Ukrainian government', uk: 'Уряд України' },
      stance: { en: 'No legal recognition of occupied land', uk: 'Жодного юридичного визнання окупованих земель' },
      paraphrase: {
        en: 'On 22 April 2025 said Ukraine would not legally recognise the occupation of Crimea, citing the Constitution; on 9 August 2025 said Ukrainians would not give their land to the occupier.',
        uk: '22 квітня 2025 року заявив, що Україна не визнає юридично окупацію Криму, пославшись на Конституцію; 9 серпня 2025 року заявив, що українці не подарують своєї землі окупантові.',
      },
      source: { publisher: 'President of Ukraine (president.gov.ua)', title: 'Address of the President of Ukraine', date: '2025-08-09' },
    },
    {
      personId: 'vladimir-putin',
      name: { en: 'Vladimir Putin', uk: 'Володимир Путін' },
      role: { en: 'President of Russia (since 2012; also 2000–2008)', uk: 'Президент Росії (з 2012 року; також у 2000–2008 роках)' },
      side: { en: 'Russian government', uk: 'Уряд Росії' },
      stance: { en: 'Ukraine must leave four regions Russia claims', uk: 'Україна має вийти з чотирьох областей, на які претендує Росія' },
      paraphrase: {
        en: 'On 14 June 2024 named the full withdrawal of Ukrainian troops from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions, within their administrative borders, as a condition for a ceasefire and talks.',
        uk: '14 червня 2024 року назвав умовою припинення вогню та переговорів повне виведення українських військ з Донецької, Луганської, Запорізької та Херсонської областей у їхніх адміністративних межах.',
      },
      source: KREMLIN_2024_06_14,
    },
    {
      personId: 'pete-hegseth',
      name: { en: 'Pete Hegseth', uk: 'Піт Гегсет' },
      role: { en: 'US Secretary of Defense (since January 2025)', uk: 'міністр оборони США (з січня 2025 року)' },
      side: { en: 'US administration', uk: 'Адміністрація США' },
      stance: { en: 'Pre-2014 borders are an unrealistic goal', uk: 'Кордони до 2014 року — нереалістична мета' },
      paraphrase: {
        en: 'Told the Ukraine Defense Contact Group in Brussels on 12 February 2025 that returning to Ukraine’s borders before 2014 was an unrealistic objective that would prolong the war.',
        uk: 'На засіданні Контактної групи з питань оборони України в Брюсселі 12 лютого 2025 року заявив, що повернення до кордонів України до 2014 року — нереалістична мета, яка лише затягне війну.',
      },
      source: { publisher: 'U.S. Department of Defense', title: 'Opening remarks by Secretary of Defense Pete Hegseth at Ukraine Defense Contact Group', date: '2025-02-12' },
    },
  ],
  related: ['occupied-territories', 'contact-line', 'crimea-annexation', 'peace-deal', 'ceasefire', 'unga-resolution-68-262', 'alaska-summit-2025', 'donbas'],
  sources: [
    { publisher: 'Verkhovna Rada of Ukraine', title: 'Constitution of Ukraine (Articles 73 and 157)', date: '1996-06-28' },
    { publisher: 'United Nations General Assembly', title: 'Resolution ES-11/4: Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations', date: '2022-10-12' },
    KREMLIN_2024_06_14,
    { publisher: 'U.S. Department of Defense', title: 'Opening remarks by Secretary of Defense Pete Hegseth at Ukraine Defense Contact Group', date: '2025-02-12' },
    { publisher: 'The Kyiv Independent', title: 'Peace talks will include ‘some swapping of territories,’ Trump says ahead of proposed meeting with Putin', date: '2025-08-08', url: 'https://kyivindependent.com/peace-talks-will-include-some-swapping-of-territories-trump-says-ahead-of' },
    { publisher: 'LIGA.net', title: 'Current contact line should be the starting point of negotiations — statement of European leaders', date: '2025-08-10', url: 'https://news.liga.net/en/politics/news/current-contact-line-should-be-the-starting-point-of-negotiations---statement-of-european-leaders' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
