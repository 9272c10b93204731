import type { KbEntryInput } from '../schema';

export default {
  id: 'minsk-agreements',
  kind: 'agreement',
  title: { en: 'Minsk agreements', uk: 'Мінські угоди' },
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
    { en: 'Two ceasefire deals for eastern Ukraine signed in Minsk in September 2014 and February 2015, after Russian-backed forces seized parts of Donbas. They set out a ceasefire, withdrawal of heavy weapons and a political settlement, but were never fully implemented. Russia declared them void in February 2022.', uk: 'Дві угоди про припинення вогню на сході України, підписані в Мінську у вересні 2014 і лютому 2015 року, після того як підтримувані Росією сили захопили частину Донбасу. Вони передбачали припинення вогню, відведення важкого озброєння і політичне врегулювання, але так і не були виконані повністю. У лютому 2022 року Росія оголосила їх недійсними.' },
  background: [
    { en: 'The Minsk Protocol of 5 September 2014 was signed by the Trilateral Contact Group of Ukraine, Russia and the OSCE, and by representatives of the self-proclaimed republics. When fighting continued, the leaders of France, Germany, Russia and Ukraine (the Normandy format) negotiated a “Package of Measures” signed on 12 February 2015, known as Minsk II, which the UN Security Council endorsed.', uk: 'Мінський протокол від 5 вересня 2014 року підписали учасники Тристоронньої контактної групи — Україна, Росія та ОБСЄ — і представники самопроголошених «республік». Оскільки бої тривали, лідери Франції, Німеччини, Росії та України («нормандський формат») узгодили «Комплекс заходів», підписаний 12 лютого 2015 року, — так званий «Мінськ-2», який схвалила Рада Безпеки ООН.' },
    { en: 'The sides disagreed on the sequence: Ukraine wanted security and control of its border first, Russia insisted on constitutional changes and local elections in the separatist areas first. Russia presented itself as a mediator rather than a party. Fighting continued at lower intensity until 2022.', uk: 'Сторони не погоджувалися щодо послідовності кроків: Україна хотіла спершу безпеки і контролю над кордоном, Росія наполягала на першочергових конституційних змінах і місцевих виборах на територіях, які контролювали сепаратисти. Росія подавала себе як посередника, а не сторону конфлікту. Бої з меншою інтенсивністю тривали до 2022 року.' },
    { en: 'On 21 February 2022 Russia recognised the two “people’s republics”, and the next day Putin said the Minsk agreements no longer existed. In Ukraine they are widely cited as an example of a ceasefire without enforcement, which is one reason Kyiv now insists on guarantees in any new deal.', uk: '21 лютого 2022 року Росія визнала дві «народні республіки», а наступного дня Путін заявив, що Мінських угод більше не існує. В Україні їх часто наводять як приклад припинення вогню без механізму виконання — це одна з причин, чому Київ тепер наполягає на гарантіях у будь-якій новій угоді.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, as the United States pressed for a ceasefire, the Minsk agreements were the main precedent in this war for a ceasefire that did not hold, a background to Ukraine’s demand that any new deal come with guarantees.', uk: 'Станом на березень 2025 року, коли США домагалися припинення вогню, Мінські угоди залишалися головним у цій війні прикладом перемир’я, яке не втрималося, — і тлом для вимоги України, щоб будь-яка нова угода передбачала гарантії.' },
  },
  timeline: [
    { date: '2014-09-05', text: { en: 'The Minsk Protocol is signed.', uk: 'Підписано Мінський протокол.' } },
    { date: '2015-02-12', text: { en: 'The Package of Measures (Minsk II) is signed after a Normandy-format summit.', uk: 'Після саміту в нормандському форматі підписано Комплекс заходів («Мінськ-2»).' } },
    { date: '2015-02-17', text: { en: 'UN Security Council resolution 2202 endorses the Package of Measures.', uk: 'Резолюція Ради Безпеки ООН 2202 схвалює Комплекс заходів.' } },
    { date: '2022-02-21', text: { en: 'Russia recognises the self-proclaimed republics in Donetsk and Luhansk.', uk: 'Росія визнає самопроголошені «республіки» в Донецьку й Луганську.' } },
    { date: '2022-02-22', text: { en: 'Putin says the Minsk agreements no longer exist.', uk: 'Путін заявляє, що Мінських угод більше не існує.' } },
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
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
