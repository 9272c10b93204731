import type { KbEntryInput } from '../schema';

export default {
  id: 'eu-ukraine-association-agreement',
  kind: 'agreement',
  title: { en: 'EU–Ukraine Association Agreement', uk: 'Угода про асоціацію між Україною та ЄС' },
  aliases: [
    { text: 'EU–Ukraine Association Agreement', lang: 'en' },
    { text: 'EU-Ukraine Association Agreement', lang: 'en' },
    { text: 'Ukraine–EU Association Agreement', lang: 'en' },
    // Bare forms also name the EU's agreements with Moldova, Georgia and others.
    { text: 'Association Agreement', lang: 'en', ambiguous: true },
    { text: 'DCFTA', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Угода про асоціацію між Україною та ЄС', lang: 'uk', stems: ['Угод', 'про', 'асоціаці', 'між', 'Україною', 'та', 'ЄС'] },
    { text: 'Угода про асоціацію', lang: 'uk', stems: ['Угод', 'про', 'асоціаці'], ambiguous: true },
    { text: 'ПВЗВТ', lang: 'uk', caseSensitive: true },
    { text: 'Соглашение об ассоциации', lang: 'ru', stems: ['Соглашени', 'об', 'ассоциаци'], ambiguous: true },
    { text: 'Assoziierungsabkommen', lang: 'de', ambiguous: true },
    { text: 'umowa stowarzyszeniowa', lang: 'pl', stems: ['umow', 'stowarzyszeniow'], ambiguous: true },
    { text: "accord d'association", lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['Ukrain*', 'Україн*', 'Украин*', 'Kyiv', 'Kiev', 'Kiew', 'Kijów', 'Kijow*', 'Київ', 'Києв*', 'Киев*', 'Yanukovych', 'Janukowytsch', 'Janukowycz', 'Янукович*', 'Euromaidan', 'Євромайдан*', 'Евромайдан*', 'Vilnius'],
    noneOf: ['Moldov*', 'Mołdaw*', 'Moldau', 'Молдов*', 'Georgia*', 'Georgien', 'Gruzj*', 'Грузі*', 'Грузи*', 'Armeni*', 'Вірмені*', 'Армени*', 'Mercosur', 'Turkey', 'Türkei', 'Turcj*', 'Ankara'],
    window: 300,
  },
  summary: {
    en: 'The treaty that ties Ukraine to the European Union politically and economically, including a Deep and Comprehensive Free Trade Area (DCFTA). Viktor Yanukovych’s refusal to sign it in November 2013 set off the Euromaidan protests; it was signed in 2014 and has been fully in force since 1 September 2017.',
    uk: 'Договір, що пов’язує Україну з Європейським Союзом політично й економічно, зокрема через поглиблену і всеосяжну зону вільної торгівлі (ПВЗВТ). Відмова Віктора Януковича підписати її в листопаді 2013 року спричинила Євромайдан; угоду підписали у 2014 році, а в повному обсязі вона діє з 1 вересня 2017 року.',
  },
  background: [
    {
      en: 'Negotiated from 2007 and initialled in 2012, the agreement was to be signed at the EU’s Vilnius summit in November 2013. On 21 November 2013 the Yanukovych government suspended preparations, under pressure from Moscow, which triggered the protests that became the Euromaidan. After Yanukovych fled, the political chapters were signed on 21 March 2014 and the economic ones, including the DCFTA, by President Petro Poroshenko on 27 June 2014.',
      uk: 'Переговори тривали з 2007 року, у 2012 році угоду парафували, а підписати мали на Вільнюському саміті ЄС у листопаді 2013 року. 21 листопада 2013 року уряд Януковича під тиском Москви призупинив підготовку, що спричинило протести, які переросли в Євромайдан. Після втечі Януковича політичну частину підписали 21 березня 2014 року, а економічну, зокрема ПВЗВТ, — президент Петро Порошенко 27 червня 2014 року.',
    },
    {
      en: 'The Verkhovna Rada and the European Parliament ratified the agreement simultaneously on 16 September 2014. The trade part applied provisionally from 1 January 2016. After Dutch voters rejected the agreement in an advisory referendum in April 2016, EU leaders adopted a clarifying decision, and the agreement entered fully into force on 1 September 2017. It became the basis for Ukraine’s later bid for EU membership.',
      uk: 'Верховна Рада та Європейський парламент ратифікували угоду одночасно 16 вересня 2014 року. Торговельна частина тимчасово застосовувалася з 1 січня 2016 року. Після того як нідерландські виборці відхилили угоду на консультативному референдумі у квітні 2016 року, лідери ЄС ухвалили роз’яснювальне рішення, і 1 вересня 2017 року угода набула чинності в повному обсязі. Вона стала основою для подальшої заявки України на членство в ЄС.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the trade terms of the agreement were back on the agenda: the EU’s temporary suspension of tariffs on Ukrainian goods, in place since 2022, expired on 5 June 2025, and the two sides negotiated revised quotas under the agreement instead.',
      uk: 'Станом на червень 2025 року торговельні умови угоди знову на порядку денному: тимчасове скасування ЄС мит на українські товари, що діяло з 2022 року, завершилося 5 червня 2025 року, і сторони натомість домовлялися про переглянуті квоти в межах угоди.',
    },
  },
  timeline: [
    { date: '2013-11-21', text: { en: 'Ukraine’s government suspends preparations to sign; protests begin.', uk: 'Уряд України призупиняє підготовку до підписання; починаються протести.' } },
    { date: '2014-03-21', text: { en: 'The political chapters are signed.', uk: 'Підписано політичну частину.' } },
    { date: '2014-06-27', text: { en: 'The economic chapters, including the DCFTA, are signed.', uk: 'Підписано економічну частину, зокрема ПВЗВТ.' } },
    { date: '2014-09-16', text: { en: 'Simultaneous ratification by the Verkhovna Rada and the European Parliament.', uk: 'Одночасна ратифікація Верховною Радою та Європейським парламентом.' } },
    { date: '2016-04-06', text: { en: 'Dutch voters reject the agreement in an advisory referendum.', uk: 'Нідерландські виборці відхиляють угоду на консультативному референдумі.' } },
    { date: '2017-09-01', text: { en: 'The agreement enters fully into force.', uk: 'Угода набуває чинності в повному обсязі.' } },
  ],
  related: ['eu-accession-of-ukraine', 'euromaidan', 'european-union', 'petro-poroshenko', 'crimea-annexation'],
  sources: [
    { publisher: 'Official Journal of the European Union', title: 'Association Agreement between the European Union and the European Atomic Energy Community and their Member States, of the one part, and Ukraine, of the other part' },
    { publisher: 'European Commission', title: 'EU–Ukraine Deep and Comprehensive Free Trade Area' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
