import type { KbEntryInput } from '../schema';
import { RU_UA_WAR_CUES } from './ceasefire';

export default {
  id: 'oil-price-cap',
  kind: 'concept',
  title: { en: 'Price cap on Russian oil', uk: 'Гранична ціна на російську нафту' },
  aliases: [
    { text: 'oil price cap', lang: 'en' },
    { text: 'price cap on Russian oil', lang: 'en' },
    { text: 'Russian oil price cap', lang: 'en' },
    // Bare "price cap" also names household energy caps (Ofgem) and the EU gas price cap.
    { text: 'price cap', lang: 'en', ambiguous: true },
    { text: 'цінова стеля на російську нафту', lang: 'uk', stems: ['цінов', 'стел', 'на', 'російськ', 'нафт'] },
    { text: 'стеля цін на нафту', lang: 'uk', stems: ['стел', 'цін', 'на', 'нафт'] },
    { text: 'цінова стеля', lang: 'uk', stems: ['цінов', 'стел'], ambiguous: true },
    { text: 'потолок цен на нефть', lang: 'ru', stems: ['потол', 'цен', 'на', 'нефт'] },
    { text: 'потолок цен', lang: 'ru', stems: ['потол', 'цен'], ambiguous: true },
    { text: 'Ölpreisdeckel', lang: 'de' },
    { text: 'Preisdeckel', lang: 'de', ambiguous: true },
    { text: 'pułap cenowy na rosyjską ropę', lang: 'pl', stems: ['pułap', 'cenow', 'na', 'rosyjsk', 'rop'] },
    { text: 'pułap cenowy', lang: 'pl', stems: ['pułap', 'cenow'], ambiguous: true },
    { text: 'plafonnement du prix du pétrole russe', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: [...RU_UA_WAR_CUES, 'Urals'],
    noneOf: ['Ofgem', 'energy bills', 'household*', 'Gaspreis*', 'Strompreis*', 'rent*', 'Miet*'],
    window: 300,
  },
  summary: {
    en: 'A ceiling on the price of Russian oil agreed by the G7, the EU and Australia: Western firms may ship, insure or finance Russian seaborne oil only if it is sold at or below the cap. It was set at $60 a barrel for crude from 5 December 2022; the EU lowered its cap to $47.60 in 2025.',
    uk: 'Обмеження ціни на російську нафту, погоджене G7, ЄС та Австралією: західні компанії можуть перевозити, страхувати чи фінансувати російську нафту, що постачається морем, лише якщо її продають за ціною, не вищою за граничну. З 5 грудня 2022 року для сирої нафти її встановили на рівні 60 доларів за барель; у 2025 році ЄС знизив свою граничну ціну до 47,6 долара.',
  },
  background: [
    {
      en: 'The cap was meant to cut Russia’s oil revenue without removing its oil from the world market. It took effect alongside the EU embargo on Russian seaborne crude on 5 December 2022; caps on refined products, $100 for diesel-type products and $45 for cheaper ones such as fuel oil, followed on 5 February 2023. Russia banned sales to buyers who apply the cap from 1 February 2023.',
      uk: 'Гранична ціна мала скоротити нафтові доходи Росії, не прибираючи її нафту зі світового ринку. Вона набула чинності разом з ембарго ЄС на російську нафту, що постачається морем, 5 грудня 2022 року; 5 лютого 2023 року додалися межі для нафтопродуктів — 100 доларів для продуктів типу дизпалива і 45 доларів для дешевших, як-от мазут. Росія з 1 лютого 2023 року заборонила продаж покупцям, які застосовують граничну ціну.',
    },
    {
      en: 'Russia moved much of its oil trade to tankers outside Western shipping and insurance, the so-called shadow fleet, which weakened the cap’s effect when market prices were above it. In its 18th package of July 2025 the EU lowered its cap to $47.60 from 3 September 2025 and made it dynamic: it is set 15% below the average market price of Russian crude and reviewed regularly.',
      uk: 'Росія перевела значну частину нафтової торгівлі на танкери поза західними перевізниками та страховиками — так званий тіньовий флот, що послаблювало дію граничної ціни, коли ринкові ціни були вищими. У 18-му пакеті в липні 2025 року ЄС знизив свою граничну ціну до 47,6 долара з 3 вересня 2025 року й зробив її динамічною: її встановлюють на 15% нижче за середню ринкову ціну російської нафти й регулярно переглядають.',
    },
  ],
  whyNow: {
    asOf: '2025-09',
    text: {
      en: 'As of September 2025, the EU’s lower cap of $47.60, which the UK also adopted, had taken effect while the United States kept $60, so the coalition no longer applied a single price; the EU was also listing ever more shadow-fleet tankers to close the routes used to get around the cap.',
      uk: 'Станом на вересень 2025 року знижена гранична ціна ЄС у 47,6 долара, яку запровадила й Велика Британія, набула чинності, тоді як США залишили 60 доларів, тож коаліція вже не застосовувала єдиної ціни; ЄС також додавав до списків дедалі більше танкерів тіньового флоту, щоб перекрити шляхи обходу обмеження.',
    },
  },
  timeline: [
    { date: '2022-12-05', text: { en: 'The $60 cap on Russian crude takes effect with the EU embargo.', uk: 'Гранична ціна в 60 доларів на російську нафту набуває чинності разом з ембарго ЄС.' } },
    { date: '2022-12-27', text: { en: 'Putin decrees a ban on sales to buyers applying the cap, effective 1 February 2023.', uk: 'Путін підписує указ про заборону продажу покупцям, які застосовують граничну ціну, з 1 лютого 2023 року.' } },
    { date: '2023-02-05', text: { en: 'Caps on refined oil products take effect.', uk: 'Набувають чинності граничні ціни на нафтопродукти.' } },
    { date: '2025-07-18', text: { en: 'The EU’s 18th package lowers its cap to $47.60.', uk: '18-й пакет ЄС знижує граничну ціну до 47,6 долара.' } },
    { date: '2025-09-03', text: { en: 'The EU’s lower cap applies.', uk: 'Знижена гранична ціна ЄС починає діяти.' } },
  ],
  related: ['sanctions', 'eu-sanctions-against-russia', 'shadow-fleet', 'g7'],
  sources: [
    { publisher: 'G7', title: 'Statement of the G7 and Australia on a price cap for seaborne Russian-origin crude oil', date: '2022-12-02' },
    { publisher: 'Council of the EU', title: 'Council Regulation amending Regulation (EU) No 833/2014 (18th package of sanctions against Russia)', date: '2025-07-18' },
    { publisher: 'Censor.NET', title: 'EU to introduce dynamic price cap on oil', date: '2025-08', url: 'https://censor.net/en/news/3567280/eu-to-introduce-dynamic-price-cap-on-oil' },
    { publisher: 'President of Russia (kremlin.ru)', title: 'Executive Order on applying special economic measures in the fuel and energy sector in connection with the setting by some foreign states of a price cap on Russian oil and petroleum products', date: '2022-12-27' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
