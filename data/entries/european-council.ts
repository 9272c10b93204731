import type { KbEntryInput } from '../schema';

export default {
  id: 'european-council',
  kind: 'institution',
  title: { en: 'European Council', uk: 'Європейська рада' },
  // Not the Council of the EU (national ministers) and not the Council of Europe (`council-of-europe`).
  aliases: [
    { text: 'European Council', lang: 'en' },
    { text: 'Європейська рада', lang: 'uk', stems: ['Європейськ', 'рад'] },
    { text: 'Евросовет', lang: 'ru', stems: ['Евросовет'] },
    { text: 'Европейский совет', lang: 'ru', stems: ['Европейск', 'совет'] },
    { text: 'Europäischer Rat', lang: 'de', stems: ['Europäisch', 'Rat'] },
    { text: 'Rada Europejska', lang: 'pl', stems: ['Rad', 'Europejsk'] },
    { text: 'Radzie Europejskiej', lang: 'pl', inflect: false },
    { text: 'Conseil européen', lang: 'fr' },
  ],
  summary: {
    en: 'The EU institution of the heads of state or government of the 27 member states, with its own president and the Commission president. It sets the EU’s political direction, usually by consensus, and took the key decisions on Ukraine’s candidate status and accession talks. Its president since December 2024 is António Costa (as of June 2025).',
    uk: 'Інституція ЄС, до якої входять глави держав або урядів 27 країн-членів, її власний президент і президентка Єврокомісії. Вона визначає політичний курс ЄС, зазвичай консенсусом, і ухвалила ключові рішення про статус кандидата для України та переговори про вступ. Президент Європейської ради з грудня 2024 року — Антоніу Кошта (станом на червень 2025 року).',
  },
  background: [
    {
      en: 'EU leaders met at summits from the 1970s; the Lisbon Treaty made the European Council a formal EU institution with a full-time president on 1 December 2009. It is distinct from the Council of the EU, where national ministers adopt laws and sanctions, and from the Council of Europe, a separate organisation in Strasbourg.',
      uk: 'Лідери країн ЄС збиралися на саміти з 1970-х років; Лісабонський договір 1 грудня 2009 року зробив Європейську раду офіційною інституцією ЄС з постійним президентом. Її не слід плутати з Радою ЄС, де міністри країн-членів ухвалюють закони й санкції, та з Радою Європи — окремою організацією у Страсбурзі.',
    },
    {
      en: 'On 23 June 2022 the European Council granted Ukraine candidate status. On 14 December 2023 it decided to open accession negotiations, with Hungary’s prime minister, Viktor Orbán, leaving the room so that the decision could pass. On 1 February 2024 all 27 leaders agreed the €50 billion Ukraine Facility. Charles Michel was president from December 2019 to November 2024, followed by António Costa.',
      uk: '23 червня 2022 року Європейська рада надала Україні статус кандидата. 14 грудня 2023 року вона ухвалила рішення розпочати переговори про вступ — прем’єр Угорщини Віктор Орбан вийшов із зали, щоб рішення могли ухвалити. 1 лютого 2024 року всі 27 лідерів погодили Ukraine Facility на 50 млрд євро. Шарль Мішель був президентом із грудня 2019 до листопада 2024 року, його змінив Антоніу Кошта.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Hungary was refusing to join conclusions on Ukraine, so at several summits in 2025 the texts on Ukraine were backed by 26 leaders only, and Hungary’s veto kept the first cluster of Ukraine’s accession talks from opening.',
      uk: 'Станом на червень 2025 року Угорщина відмовлялася підтримувати висновки щодо України, тож на кількох самітах 2025 року тексти про Україну схвалювали лише 26 лідерів, а угорське вето не давало відкрити перший кластер переговорів про вступ України.',
    },
  },
  timeline: [
    { date: '2009-12-01', text: { en: 'The Lisbon Treaty makes the European Council a formal EU institution.', uk: 'Лісабонський договір робить Європейську раду офіційною інституцією ЄС.' } },
    { date: '2022-06-23', text: { en: 'Ukraine is granted EU candidate status.', uk: 'Україна отримує статус кандидата на членство в ЄС.' } },
    { date: '2023-12-14', text: { en: 'Leaders decide to open accession negotiations with Ukraine.', uk: 'Лідери ухвалюють рішення розпочати переговори про вступ з Україною.' } },
    { date: '2024-02-01', text: { en: 'Agreement on the €50 billion Ukraine Facility.', uk: 'Погоджено Ukraine Facility на 50 млрд євро.' } },
    { date: '2024-12-01', text: { en: 'António Costa becomes President of the European Council.', uk: 'Президентом Європейської ради стає Антоніу Кошта.' } },
    { date: '2025-03-06', text: { en: 'Special summit on defence and Ukraine; the text on Ukraine is backed by 26 leaders.', uk: 'Позачерговий саміт щодо оборони та України; текст про Україну підтримують 26 лідерів.' } },
  ],
  related: ['european-union', 'antonio-costa', 'european-commission', 'viktor-orban', 'eu-accession-of-ukraine', 'council-of-europe'],
  sources: [
    { publisher: 'European Council', title: 'European Council conclusions, 23–24 June 2022', date: '2022-06-24' },
    { publisher: 'European Council', title: 'European Council conclusions, 14–15 December 2023', date: '2023-12-15' },
    { publisher: 'European Council', title: 'Special European Council, 1 February 2024: conclusions', date: '2024-02-01' },
    { publisher: 'European Council', title: 'Special European Council, 6 March 2025: conclusions', date: '2025-03-06' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
