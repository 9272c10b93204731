import type { KbEntryInput } from '../schema';

export default {
  id: 'kharkiv-counteroffensive-2022',
  kind: 'event',
  title: { en: 'Kharkiv counteroffensive (September 2022)', uk: 'Харківський контрнаступ (вересень 2022 року)' },
  aliases: [
    { text: 'Kharkiv counteroffensive', lang: 'en' },
    { text: 'Kharkiv counter-offensive', lang: 'en' },
    { text: 'Kharkiv region counteroffensive', lang: 'en' },
    // Russia's own offensive north of Kharkiv from May 2024 is another sense.
    { text: 'Kharkiv offensive', lang: 'en', ambiguous: true },
    { text: 'Харківський контрнаступ', lang: 'uk', stems: ['Харківськ', 'контрнаступ'] },
    { text: 'контрнаступ на Харківщині', lang: 'uk', stems: ['контрнаступ', 'на', 'Харківщин'] },
    { text: 'Харківська наступальна операція', lang: 'uk', stems: ['Харківськ', 'наступальн', 'операці'], ambiguous: true },
    { text: 'Харьковское контрнаступление', lang: 'ru', stems: ['Харьковск', 'контрнаступлени'] },
    { text: 'контрнаступление под Харьковом', lang: 'ru', stems: ['контрнаступлени', 'под', 'Харьков'] },
    { text: 'Gegenoffensive bei Charkiw', lang: 'de' },
    { text: 'Charkiw-Offensive', lang: 'de', ambiguous: true },
    { text: 'kontrofensywa charkowska', lang: 'pl', stems: ['kontrofensyw', 'charkowsk'] },
    { text: 'contre-offensive de Kharkiv', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: ['2022', 'Izium', 'Izyum', 'Ізюм*', 'Изюм*', 'Isjum', 'Iziu*', 'Balakliia', 'Balakleya', 'Балакл*', 'Kupiansk', 'Kupyansk', 'Куп’янськ*', 'Купянск*', 'Kupjansk', 'counteroffensive', 'контрнаступ*', 'Gegenoffensive'],
    noneOf: ['2024', 'Vovchansk', 'Вовчанськ*', 'Волчанск*', 'Wowtschansk', 'Wołczańsk*'],
    window: 300,
  },
  summary: {
    en: 'Ukraine’s rapid offensive in the Kharkiv region in September 2022, which broke Russian lines near Balakliia and within days retook Kupiansk and Izium and most of the region’s occupied territory. It was followed in November by the liberation of Kherson.',
    uk: 'Стрімкий наступ ЗСУ на Харківщині у вересні 2022 року: українські війська прорвали російську оборону біля Балаклії й за кілька днів звільнили Куп’янськ, Ізюм і більшу частину окупованої території області. У листопаді за ним настало звільнення Херсона.',
  },
  background: [
    {
      en: 'While attention focused on Ukraine’s announced push towards Kherson, Ukrainian forces attacked near Balakliia on 6 September 2022 and advanced quickly through thinly held Russian positions. Kupiansk, a rail hub, and Izium, Russia’s main base in the area, were retaken around 10 September; Russia’s defence ministry described its withdrawal as a regrouping. On 12 September President Zelenskyy said more than 6,000 square kilometres had been freed in the east and south since the start of the month.',
      uk: 'Поки увага була прикута до оголошеного наступу на Херсонщині, 6 вересня 2022 року українські війська вдарили біля Балаклії й швидко просунулися через слабко утримувані російські позиції. Близько 10 вересня звільнили залізничний вузол Куп’янськ та Ізюм — головну базу росіян у цьому районі; Міноборони Росії назвало свій відступ «перегрупуванням». 12 вересня президент Зеленський заявив, що від початку місяця на сході й півдні звільнено понад 6 тисяч квадратних кілометрів.',
    },
    {
      en: 'In Izium investigators found a burial site with more than 400 graves, many of them civilians. On 21 September Russia announced a partial mobilisation, and at the start of October Ukrainian forces retook Lyman in the neighbouring Donetsk region.',
      uk: 'В Ізюмі слідчі знайшли місце поховання з понад 400 могилами, серед загиблих багато цивільних. 21 вересня Росія оголосила «часткову мобілізацію», а на початку жовтня ЗСУ звільнили Лиман у сусідній Донецькій області.',
    },
  ],
  timeline: [
    { date: '2022-09-06', text: { en: 'Ukrainian forces break through near Balakliia.', uk: 'ЗСУ проривають оборону біля Балаклії.' } },
    { date: '2022-09-10', text: { en: 'Kupiansk and Izium are retaken; Russia calls its retreat a regrouping.', uk: 'Звільнено Куп’янськ та Ізюм; Росія називає свій відступ «перегрупуванням».' } },
    { date: '2022-09-21', text: { en: 'Russia announces a partial mobilisation.', uk: 'Росія оголошує «часткову мобілізацію».' } },
    { date: '2022-10', text: { en: 'Ukrainian forces retake Lyman in Donetsk region.', uk: 'ЗСУ звільняють Лиман на Донеччині.' } },
  ],
  related: ['kharkiv', 'liberation-of-kherson', 'full-scale-invasion', 'armed-forces-of-ukraine', 'valerii-zaluzhnyi', 'oleksandr-syrskyi'],
  sources: [
    { publisher: 'President of Ukraine (official website)', title: 'Evening video address of President Volodymyr Zelenskyy, 12 September 2022', date: '2022-09-12' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
