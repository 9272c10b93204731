import type { KbEntryInput } from '../schema';

export default {
  id: 'minsk-agreements',
  kind: 'agreement',
  title: { en: 'Minsk agreements', uk: 'Minsk agreements' },
  aliases: [
    { text: 'Minsk agreements', lang: 'en' },
    { text: 'Minsk accords', lang: 'en' },
    { text: 'Minsk Protocol', lang: 'en' },
    { text: 'Minsk II', lang: 'en', caseSensitive: true },
    { text: 'Minsk-2', lang: 'en' },
    { text: 'Мінські угоди', lang: 'uk', stems: ['Мінськ', 'угод'] },
    { text: 'Мінські домовленості', lang: 'uk', stems: ['Мінськ', 'домовленост'] },
    { text: 'Мінськ-2', lang: 'uk' },
    { text: 'Минские договоренности', lang: 'ru', stems: ['Минск', 'договоренност'] },
    { text: 'Минские договорённости', lang: 'ru', stems: ['Минск', 'договорённост'] },
    { text: 'Минск-2', lang: 'ru' },
    { text: 'Minsker Vereinbarungen', lang: 'de', stems: ['Minsker', 'Vereinbarung'] },
    { text: 'Minsk-Abkommen', lang: 'de' },
    { text: 'Mińsk-2', lang: 'pl' },
    { text: 'Минские соглашения', lang: 'ru', stems: ['Минск', 'соглашени'] },
    { text: 'Minsker Abkommen', lang: 'de', stems: ['Minsker', 'Abkommen'] },
    { text: 'porozumienia mińskie', lang: 'pl', stems: ['porozumie', 'mińsk'] },
    { text: 'accords de Minsk', lang: 'fr' },
  ],
  summary:
    { en: 'Two ceasefire deals for eastern Ukraine signed in Minsk in September 2014 and February 2015, after Russian-backed forces seized parts of Donbas. They set out a ceasefire, withdrawal of heavy weapons and a political settlement, but were never fully implemented. Russia declared them void in February 2022.', uk: 'Two ceasefire deals for eastern Ukraine signed in Minsk in September 2014 and February 2015, after Russian-backed forces seized parts of Donbas. They set out a ceasefire, withdrawal of heavy weapons and a political settlement, but were never fully implemented. Russia declared them void in February 2022.' },
  background: [
    { en: 'The Minsk Protocol of 5 September 2014 was signed by the Trilateral Contact Group of Ukraine, Russia and the OSCE, and by representatives of the self-proclaimed republics. When fighting continued, the leaders of France, Germany, Russia and Ukraine (the Normandy format) negotiated a “Package of Measures” signed on 12 February 2015, known as Minsk II, which the UN Security Council endorsed.', uk: 'The Minsk Protocol of 5 September 2014 was signed by the Trilateral Contact Group of Ukraine, Russia and the OSCE, and by representatives of the self-proclaimed republics. When fighting continued, the leaders of France, Germany, Russia and Ukraine (the Normandy format) negotiated a “Package of Measures” signed on 12 February 2015, known as Minsk II, which the UN Security Council endorsed.' },
    { en: 'The sides disagreed on the sequence: Ukraine wanted security and control of its border first, Russia insisted on constitutional changes and local elections in the separatist areas first. Russia presented itself as a mediator rather than a party. Fighting continued at lower intensity until 2022.', uk: 'The sides disagreed on the sequence: Ukraine wanted security and control of its border first, Russia insisted on constitutional changes and local elections in the separatist areas first. Russia presented itself as a mediator rather than a party. Fighting continued at lower intensity until 2022.' },
    { en: 'On 21 February 2022 Russia recognised the two “people’s republics”, and the next day Putin said the Minsk agreements no longer existed. In Ukraine they are widely cited as an example of a ceasefire without enforcement, which is one reason Kyiv now insists on guarantees in any new deal.', uk: 'On 21 February 2022 Russia recognised the two “people’s republics”, and the next day Putin said the Minsk agreements no longer existed. In Ukraine they are widely cited as an example of a ceasefire without enforcement, which is one reason Kyiv now insists on guarantees in any new deal.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, as the United States pressed for a ceasefire, the Minsk agreements were the main precedent in this war for a ceasefire that did not hold, a background to Ukraine’s demand that any new deal come with guarantees.', uk: 'As of March 2025, as the United States pressed for a ceasefire, the Minsk agreements were the main precedent in this war for a ceasefire that did not hold, a background to Ukraine’s demand that any new deal come with guarantees.' },
  },
  timeline: [
    { date: '2014-09-05', text: { en: 'The Minsk Protocol is signed.', uk: 'The Minsk Protocol is signed.' } },
    { date: '2015-02-12', text: { en: 'The Package of Measures (Minsk II) is signed after a Normandy-format summit.', uk: 'The Package of Measures (Minsk II) is signed after a Normandy-format summit.' } },
    { date: '2015-02-17', text: { en: 'UN Security Council resolution 2202 endorses the Package of Measures.', uk: 'UN Security Council resolution 2202 endorses the Package of Measures.' } },
    { date: '2022-02-21', text: { en: 'Russia recognises the self-proclaimed republics in Donetsk and Luhansk.', uk: 'Russia recognises the self-proclaimed republics in Donetsk and Luhansk.' } },
    { date: '2022-02-22', text: { en: 'Putin says the Minsk agreements no longer exist.', uk: 'Putin says the Minsk agreements no longer exist.' } },
  ],
  related: ['peace-deal', 'crimea-annexation', 'full-scale-invasion', 'un-security-council', 'security-guarantees'],
  sources: [
    {
      publisher: 'United Nations Security Council',
      title: 'Resolution 2202 (2015), with the Package of Measures for the Implementation of the Minsk Agreements',
      date: '2015-02-17',
    },
    {
      publisher: 'OSCE',
      title: 'Protocol on the results of consultations of the Trilateral Contact Group (Minsk Protocol)',
      date: '2014-09-05',
    },
  ],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
