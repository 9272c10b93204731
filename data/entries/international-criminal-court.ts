import type { KbEntryInput } from '../schema';

export default {
  id: 'international-criminal-court',
  kind: 'organisation',
  title: { en: 'International Criminal Court (ICC)', uk: 'Міжнародний кримінальний суд (МКС)' },
  aliases: [
    { text: 'International Criminal Court', lang: 'en' },
    // Also the International Cricket Council and the International Chamber of Commerce.
    { text: 'ICC', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Міжнародний кримінальний суд', lang: 'uk', stems: ['Міжнародн', 'кримінальн', 'суд'] },
    // Also the International Space Station (Міжнародна космічна станція).
    { text: 'МКС', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'Международный уголовный суд', lang: 'ru', stems: ['Международн', 'уголовн', 'суд'] },
    { text: 'МУС', lang: 'ru', caseSensitive: true },
    { text: 'Internationaler Strafgerichtshof', lang: 'de', stems: ['International', 'Strafgerichtshof'] },
    { text: 'IStGH', lang: 'de', caseSensitive: true },
    { text: 'Międzynarodowy Trybunał Karny', lang: 'pl', stems: ['Międzynarodow', 'Trybunał', 'Karn'] },
    { text: 'Cour pénale internationale', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: [
      'court', 'Hague', 'Haag', 'Hadze', 'Гаа*', 'warrant*', 'arrest*', 'prosecutor*', 'Rome Statute',
      'war crime*', 'ордер*', 'арешт*', 'прокурор*', 'суд*', 'Римськ*', 'злочин*',
      'Путін*', 'Путин*', 'Putin', 'Lvova-Belova', 'Бєлов*', 'Haftbefehl*', 'nakaz*',
    ],
    noneOf: [
      'cricket', 'T20', 'ODI', 'wicket*', 'batsm*', 'bowler*', 'Champions Trophy', 'World Cup', 'крикет*', 'Chamber of Commerce', 'arbitration',
      'космічн*', 'космонавт*', 'астронавт*', 'орбіт*', 'NASA', 'Роскосмос*',
    ],
    window: 300,
  },
  summary: {
    en: 'A permanent court in The Hague that tries individuals for genocide, crimes against humanity, war crimes and aggression. It has issued arrest warrants over Russia’s war, including for Vladimir Putin in March 2023. Ukraine became a state party on 1 January 2025; Russia is not one.',
    uk: 'Постійний суд у Гаазі, який судить окремих осіб за геноцид, злочини проти людяності, воєнні злочини та агресію. У зв’язку з війною Росії проти України він видав ордери на арешт, зокрема на Володимира Путіна в березні 2023 року. Україна стала державою — учасницею суду 1 січня 2025 року; Росія нею не є.',
  },
  background: [
    {
      en: 'The Rome Statute establishing the court was adopted on 17 July 1998 and entered into force on 1 July 2002. The ICC acts only when national courts do not genuinely prosecute, has no police of its own and depends on states parties to arrest suspects. Russia signed the Statute in 2000 but never ratified it, and withdrew its signature in 2016.',
      uk: 'Римський статут, яким засновано суд, ухвалили 17 липня 1998 року, чинності він набув 1 липня 2002 року. МКС діє лише тоді, коли національні суди не здійснюють справжнього переслідування; власної поліції він не має і залежить від того, чи заарештують підозрюваних держави-учасниці. Росія підписала Статут 2000 року, але так і не ратифікувала його, а 2016 року відкликала підпис.',
    },
    {
      en: 'Ukraine accepted the court’s jurisdiction over crimes on its territory through declarations in 2014 and 2015, before it joined. On 2 March 2022, after referrals by 39 states, Prosecutor Karim Khan opened an investigation. On 17 March 2023 judges issued warrants for Putin and for Russia’s children’s rights commissioner Maria Lvova-Belova over the unlawful deportation of Ukrainian children; warrants for four Russian commanders and officials followed in 2024.',
      uk: 'Ще до вступу Україна визнала юрисдикцію суду щодо злочинів на своїй території заявами 2014 і 2015 років. 2 березня 2022 року, після звернень 39 держав, прокурор Карім Хан відкрив розслідування. 17 березня 2023 року судді видали ордери на арешт Путіна та уповноваженої з прав дитини в Росії Марії Львової-Бєлової через незаконну депортацію українських дітей; 2024 року з’явилися ордери ще на чотирьох російських командувачів і посадовців.',
    },
    {
      en: 'The Verkhovna Rada voted to ratify the Rome Statute on 21 August 2024, and Ukraine became the court’s 125th state party on 1 January 2025. States parties are obliged to arrest suspects on their territory; Mongolia, a state party, did not arrest Putin during his visit in September 2024.',
      uk: 'Верховна Рада ратифікувала Римський статут 21 серпня 2024 року, і 1 січня 2025 року Україна стала 125-ю державою — учасницею суду. Держави-учасниці зобов’язані заарештовувати підозрюваних на своїй території; Монголія, яка є учасницею, не заарештувала Путіна під час його візиту у вересні 2024 року.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the warrants for Putin and other Russian officials were outstanding. The court was under US sanctions imposed by the Trump administration in February 2025, and Hungary had announced in April 2025 that it would leave the court.',
      uk: 'Станом на червень 2025 року ордери на арешт Путіна та інших російських посадовців залишалися чинними. Суд перебував під санкціями, які адміністрація Трампа запровадила в лютому 2025 року, а Угорщина у квітні 2025 року оголосила про вихід із МКС.',
    },
  },
  timeline: [
    { date: '1998-07-17', text: { en: 'The Rome Statute is adopted.', uk: 'Ухвалено Римський статут.' } },
    { date: '2002-07-01', text: { en: 'The Rome Statute enters into force and the court begins its work.', uk: 'Римський статут набуває чинності, суд починає роботу.' } },
    { date: '2022-03-02', text: { en: 'The prosecutor opens an investigation into the situation in Ukraine.', uk: 'Прокурор відкриває розслідування щодо ситуації в Україні.' } },
    { date: '2023-03-17', text: { en: 'Arrest warrants are issued for Vladimir Putin and Maria Lvova-Belova.', uk: 'Видано ордери на арешт Володимира Путіна та Марії Львової-Бєлової.' } },
    { date: '2024-08-21', text: { en: 'The Verkhovna Rada votes to ratify the Rome Statute.', uk: 'Верховна Рада ратифікує Римський статут.' } },
    { date: '2025-01-01', text: { en: 'Ukraine becomes a state party to the ICC.', uk: 'Україна стає державою — учасницею МКС.' } },
  ],
  related: ['icc-arrest-warrant-for-putin', 'vladimir-putin', 'verkhovna-rada', 'full-scale-invasion', 'bucha-massacre'],
  sources: [
    { publisher: 'International Criminal Court', title: 'Rome Statute of the International Criminal Court', date: '1998-07-17' },
    { publisher: 'International Criminal Court', title: 'Situation in Ukraine: ICC judges issue arrest warrants against Vladimir Vladimirovich Putin and Maria Alekseyevna Lvova-Belova', date: '2023-03-17' },
    { publisher: 'United Nations Treaty Collection', title: 'Rome Statute of the International Criminal Court: status of ratification' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
