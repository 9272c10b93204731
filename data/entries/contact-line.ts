import type { KbEntryInput } from '../schema';
import { KREMLIN_2024_06_14 } from '../sources';
import { RU_UA_WAR_CUES, OTHER_CONFLICT_CUES } from './ceasefire';

export default {
  id: 'contact-line',
  kind: 'concept',
  title: { en: 'Contact line (Russia–Ukraine)', uk: 'Лінія зіткнення (Росія — Україна)' },
  aliases: [
    // All of these also name the lines in Karabakh (until 2020), Kashmir or Korea.
    { text: 'contact line', lang: 'en', ambiguous: true },
    { text: 'line of contact', lang: 'en', ambiguous: true },
    { text: 'лінія зіткнення', lang: 'uk', stems: ['ліні', 'зіткнен'], ambiguous: true },
    { text: 'лінія розмежування', lang: 'uk', stems: ['ліні', 'розмежуван'], ambiguous: true },
    { text: 'линия соприкосновения', lang: 'ru', stems: ['лини', 'соприкосновени'], ambiguous: true },
    { text: 'линия разграничения', lang: 'ru', stems: ['лини', 'разграничени'], ambiguous: true },
    { text: 'Kontaktlinie', lang: 'de', ambiguous: true },
    { text: 'linia kontaktowa', lang: 'pl', stems: ['lini', 'kontaktow'], ambiguous: true },
    { text: 'linia rozgraniczenia', lang: 'pl', stems: ['lini', 'rozgraniczeni'], ambiguous: true },
    { text: 'ligne de contact', lang: 'fr', ambiguous: true },
  ],
  disambiguation: { anyOf: RU_UA_WAR_CUES, noneOf: OTHER_CONFLICT_CUES, window: 300 },
  summary: {
    en: 'The line separating Ukrainian-held and Russian-held territory. From 2014 to 2022 the term meant the line through Donbas fixed under the Minsk arrangements; since the full-scale invasion it is the front line across the east and south, and the question is whether a ceasefire should freeze it.',
    uk: 'Лінія, що розділяє території під контролем України та Росії. У 2014–2022 роках так називали лінію на Донбасі, визначену в межах мінських домовленостей; після повномасштабного вторгнення це лінія фронту на сході й півдні, і точиться суперечка, чи має припинення вогню її заморозити.',
  },
  background: [
    {
      en: 'The Minsk memorandum of 19 September 2014 fixed a line of contact in the Donetsk and Luhansk regions, with a buffer zone on both sides; Minsk II of February 2015 set distances for withdrawing heavy weapons from it. Civilians crossed through a handful of checkpoints, and the OSCE Special Monitoring Mission reported on the situation along the line until 2022.',
      uk: 'Мінський меморандум від 19 вересня 2014 року визначив лінію зіткнення в Донецькій і Луганській областях із буферною зоною по обидва боки; «Мінськ-2» у лютому 2015 року встановив відстані для відведення від неї важкого озброєння. Цивільні перетинали її через кілька контрольних пунктів в’їзду-виїзду, а Спеціальна моніторингова місія ОБСЄ звітувала про ситуацію вздовж лінії до 2022 року.',
    },
    {
      en: 'Since 2022 the front has moved with the fighting: Ukraine regained territory in the north in spring 2022 and in the Kharkiv and Kherson regions in autumn 2022, while Russia advanced slowly in Donetsk region in 2023–2025. Russia demands more land than it holds, while Ukraine and European governments have proposed negotiating from the current line.',
      uk: 'З 2022 року лінія фронту змінювалася разом із бойовими діями: Україна звільнила північ навесні 2022 року, а восени 2022 року — частину Харківщини та Херсонщини, тоді як Росія у 2023–2025 роках повільно просувалася на Донеччині. Росія вимагає більше землі, ніж контролює, а Україна та європейські уряди пропонують вести переговори від нинішньої лінії.',
    },
  ],
  whyNow: {
    asOf: '2025-10',
    text: {
      en: 'As of October 2025, European leaders and Zelenskyy said in a joint statement on 21 October that they supported Trump’s position that the fighting should stop immediately and the current line of contact should be the starting point of negotiations; Russia kept its demand for Ukraine’s withdrawal from the regions it claims.',
      uk: 'Станом на жовтень 2025 року європейські лідери та Зеленський у спільній заяві 21 жовтня підтримали позицію Трампа, що бойові дії мають негайно припинитися, а нинішня лінія зіткнення має стати відправною точкою переговорів; Росія не відмовилася від вимоги вивести українські війська з областей, на які претендує.',
    },
  },
  timeline: [
    { date: '2014-09-19', text: { en: 'The Minsk memorandum fixes a line of contact in Donbas.', uk: 'Мінський меморандум визначає лінію зіткнення на Донбасі.' } },
    { date: '2015-02-12', text: { en: 'Minsk II sets the withdrawal of heavy weapons from the line.', uk: '«Мінськ-2» передбачає відведення важкого озброєння від лінії.' } },
    { date: '2022-02-24', text: { en: 'The full-scale invasion turns the line into a front across Ukraine’s east and south.', uk: 'Повномасштабне вторгнення перетворює лінію на фронт уздовж сходу й півдня України.' } },
    { date: '2024-06-14', text: { en: 'Putin demands Ukraine’s withdrawal from four regions, beyond the line Russia holds.', uk: 'Путін вимагає виведення українських військ із чотирьох областей — далі лінії, яку контролює Росія.' } },
    { date: '2025-10-21', text: { en: 'European leaders and Zelenskyy back stopping the fighting on the current line of contact.', uk: 'Європейські лідери та Зеленський підтримують зупинку бойових дій на нинішній лінії зіткнення.' } },
  ],
  positions: [
    {
      personId: 'vladimir-putin',
      name: { en: 'Vladimir Putin', uk: 'Володимир Путін' },
      role: { en: 'President of Russia (since 2012; also 2000–2008)', uk: 'Президент Росії (з 2012 року; також у 2000–2008 роках)' },
      side: { en: 'Russian government', uk: 'Уряд Росії' },
      stance: { en: 'Ukraine must withdraw beyond the current line', uk: 'Україна має відійти далі нинішньої лінії' },
      paraphrase: {
        en: 'On 14 June 2024 demanded the withdrawal of Ukrainian troops from the whole of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions as a condition for a ceasefire.',
        uk: '14 червня 2024 року вимагав виведення українських військ з усієї території Донецької, Луганської, Запорізької та Херсонської областей як умови припинення вогню.',
      },
      source: KREMLIN_2024_06_14,
    },
    {
      name: { en: 'European leaders and Volodymyr Zelenskyy', uk: 'Європейські лідери та Володимир Зеленський' },
      role: { en: 'Signatories of a joint statement, among them the leaders of the UK, France, Germany, Italy and Poland and the heads of the European Commission and the European Council', uk: 'підписанти спільної заяви, серед них лідери Великої Британії, Франції, Німеччини, Італії та Польщі, а також очільники Європейської комісії та Європейської ради' },
      side: { en: 'Ukrainian and European governments', uk: 'Уряди України та європейських країн' },
      stance: { en: 'Stop now; negotiate from the current line', uk: 'Зупинитися зараз і вести переговори від нинішньої лінії' },
      paraphrase: {
        en: 'On 21 October 2025 said they supported the position that fighting should stop immediately and that the current line of contact should be the starting point of negotiations, while holding that borders must not be changed by force.',
        uk: '21 жовтня 2025 року заявили, що підтримують позицію, за якою бойові дії мають негайно припинитися, а нинішня лінія зіткнення має стати відправною точкою переговорів, і наголосили, що кордони не можна змінювати силою.',
      },
      source: { publisher: 'LIGA.net', title: 'Zelenskyy and Europeans say the current contact line should be the starting point of negotiations', date: '2025-10-21', url: 'https://news.liga.net/en/politics/news/zelenskyy-and-europeans-say-the-current-contact-line-should-be-the-starting-point-of-negotiations' },
    },
  ],
  related: ['ceasefire', 'occupied-territories', 'territorial-concessions', 'minsk-agreements', 'donbas', 'osce'],
  sources: [
    { publisher: 'OSCE', title: 'Memorandum of 19 September 2014 outlining the parameters for the implementation of commitments of the Minsk Protocol', date: '2014-09-19' },
    { publisher: 'United Nations Security Council', title: 'Resolution 2202 (2015), with the Package of Measures for the Implementation of the Minsk Agreements', date: '2015-02-17' },
    KREMLIN_2024_06_14,
    { publisher: 'LIGA.net', title: 'Zelenskyy and Europeans say the current contact line should be the starting point of negotiations', date: '2025-10-21', url: 'https://news.liga.net/en/politics/news/zelenskyy-and-europeans-say-the-current-contact-line-should-be-the-starting-point-of-negotiations' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
