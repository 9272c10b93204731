import type { KbEntryInput } from '../schema';

export default {
  id: 'european-union',
  kind: 'organisation',
  title: { en: 'European Union', uk: 'Європейський Союз' },
  aliases: [
    { text: 'European Union', lang: 'en' },
    { text: 'EU', lang: 'en', caseSensitive: true },
    { text: 'Європейський Союз', lang: 'uk', stems: ['Європейськ', 'Союз'] },
    { text: 'Євросоюз', lang: 'uk', stems: ['Євросоюз'] },
    { text: 'ЄС', lang: 'uk', caseSensitive: true },
    { text: 'Европейский союз', lang: 'ru', stems: ['Европейск', 'союз'] },
    { text: 'Евросоюз', lang: 'ru', stems: ['Евросоюз'] },
    { text: 'ЕС', lang: 'ru', caseSensitive: true },
    { text: 'Europäische Union', lang: 'de', stems: ['Europäisch', 'Union'] },
    { text: 'Unia Europejska', lang: 'pl', stems: ['Uni', 'Europejsk'] },
    { text: 'UE', lang: 'pl', caseSensitive: true },
    { text: 'Union européenne', lang: 'fr' },
  ],
  summary: {
    en: 'A political and economic union of 27 European states, created by the Maastricht Treaty in force since 1993. It is one of Ukraine’s main sources of financial and military support, imposes sanctions on Russia and has opened accession negotiations with Ukraine.',
    uk: 'Політичний та економічний союз 27 європейських держав, створений Маастрихтським договором, що набув чинності 1993 року. ЄС — один із головних джерел фінансової та військової підтримки України, запроваджує санкції проти Росії та відкрив з Україною переговори про вступ.',
  },
  background: [
    {
      en: 'The Maastricht Treaty, signed on 7 February 1992, created the EU on 1 November 1993 on the basis of the European Communities of the 1950s. The Lisbon Treaty (in force since 1 December 2009) set its present institutions: the European Council of leaders, the Council of the EU (national ministers), the European Commission, the European Parliament and the Court of Justice. The United Kingdom left on 31 January 2020.',
      uk: 'Маастрихтський договір, підписаний 7 лютого 1992 року, створив ЄС 1 листопада 1993 року на основі Європейських спільнот 1950-х років. Лісабонський договір (чинний з 1 грудня 2009 року) закріпив нинішні інституції: Європейську раду лідерів, Раду ЄС (міністри країн-членів), Європейську комісію, Європейський парламент і Суд ЄС. Велика Британія вийшла з Союзу 31 січня 2020 року.',
    },
    {
      en: 'The EU–Ukraine Association Agreement was signed in 2014 and has been fully in force since 1 September 2017. Since Russia’s annexation of Crimea in 2014 the EU has imposed sanctions on Russia, greatly widened after the full-scale invasion of 24 February 2022.',
      uk: 'Угоду про асоціацію між Україною та ЄС підписали 2014 року, повністю вона діє з 1 вересня 2017 року. Після анексії Криму 2014 року ЄС запровадив санкції проти Росії, які значно розширив після початку повномасштабного вторгнення 24 лютого 2022 року.',
    },
    {
      en: 'Ukraine applied for membership on 28 February 2022. EU leaders granted it candidate status on 23 June 2022, decided to open accession talks on 14 December 2023, and the first intergovernmental conference opened negotiations on 25 June 2024. In February 2024 the EU agreed the Ukraine Facility, €50 billion of support for 2024–2027.',
      uk: 'Україна подала заявку на членство 28 лютого 2022 року. Лідери ЄС надали їй статус кандидата 23 червня 2022 року, 14 грудня 2023 року ухвалили рішення розпочати переговори про вступ, а 25 червня 2024 року перша міжурядова конференція офіційно їх відкрила. У лютому 2024 року ЄС погодив Ukraine Facility — 50 млрд євро підтримки на 2024–2027 роки.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the EU had adopted 17 packages of sanctions against Russia, the latest on 20 May 2025, and was debating how to keep Ukraine’s accession talks moving while Hungary blocked the opening of negotiating clusters, and how to fund European rearmament under the Commission’s ReArm Europe plan.',
      uk: 'Станом на червень 2025 року ЄС ухвалив 17 пакетів санкцій проти Росії (останній — 20 травня 2025 року). Тривали дискусії, як просувати переговори про вступ України, поки Угорщина блокує відкриття переговорних кластерів, і як фінансувати переозброєння Європи за планом Єврокомісії ReArm Europe.',
    },
  },
  timeline: [
    { date: '1993-11-01', text: { en: 'The Maastricht Treaty enters into force and the European Union is created.', uk: 'Набуває чинності Маастрихтський договір — постає Європейський Союз.' } },
    { date: '2017-09-01', text: { en: 'The EU–Ukraine Association Agreement enters fully into force.', uk: 'Угода про асоціацію між Україною та ЄС набуває чинності в повному обсязі.' } },
    { date: '2022-02-28', text: { en: 'Ukraine applies for EU membership.', uk: 'Україна подає заявку на членство в ЄС.' } },
    { date: '2022-06-23', text: { en: 'The European Council grants Ukraine candidate status.', uk: 'Європейська рада надає Україні статус кандидата.' } },
    { date: '2024-06-25', text: { en: 'Accession negotiations with Ukraine formally open in Luxembourg.', uk: 'У Люксембурзі офіційно відкриваються переговори про вступ України.' } },
    { date: '2025-05-20', text: { en: 'The EU adopts its 17th package of sanctions against Russia.', uk: 'ЄС ухвалює 17-й пакет санкцій проти Росії.' } },
  ],
  related: ['european-commission', 'european-council', 'european-parliament', 'eu-accession-of-ukraine', 'eu-sanctions-against-russia', 'eu-ukraine-association-agreement', 'council-of-europe'],
  sources: [
    { publisher: 'EUR-Lex', title: 'Treaty on European Union (Maastricht Treaty)', date: '1992-02-07' },
    { publisher: 'European Council', title: 'European Council conclusions, 23–24 June 2022', date: '2022-06-24' },
    { publisher: 'European Council', title: 'European Council conclusions, 14–15 December 2023', date: '2023-12-15' },
    { publisher: 'Council of the EU', title: 'Timeline – EU restrictive measures against Russia over Ukraine' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
