import type { KbEntryInput } from '../schema';
import { RU_UA_WAR_CUES } from './ceasefire';

export default {
  id: 'shadow-fleet',
  kind: 'concept',
  title: { en: 'Russia’s shadow fleet', uk: 'Тіньовий флот Росії' },
  aliases: [
    { text: 'Russia’s shadow fleet', lang: 'en' },
    { text: 'Russian shadow fleet', lang: 'en' },
    // Iran and Venezuela also ship oil with "shadow" or "dark" fleets.
    { text: 'shadow fleet', lang: 'en', ambiguous: true },
    { text: 'dark fleet', lang: 'en', ambiguous: true },
    { text: 'тіньовий флот', lang: 'uk', stems: ['тіньов', 'флот'], ambiguous: true },
    { text: 'теневой флот', lang: 'ru', stems: ['тенев', 'флот'], ambiguous: true },
    { text: 'Schattenflotte', lang: 'de', ambiguous: true },
    { text: 'flota cieni', lang: 'pl', stems: ['flot', 'cieni'], ambiguous: true },
    { text: 'flotte fantôme', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [...RU_UA_WAR_CUES, 'Baltic', 'Ostsee', 'Bałtyk*', 'Балті*', 'Балти*', 'Eagle S', 'Estlink*', 'price cap', 'Preisdeckel', 'pułap*', 'стел*', 'потол*'],
    noneOf: ['Iran*', 'Іран*', 'Иран*', 'Venezuel*', 'Венесуел*', 'North Korea*', 'Nordkorea*', 'КНДР'],
    window: 300,
  },
  summary: {
    en: 'Tankers, often old and with opaque ownership, flags of convenience and no Western insurance, that carry Russian oil outside the G7 price cap and Western sanctions. The EU, the UK and the US have blacklisted hundreds of them; Baltic states warn of the environmental and security risks, including damage to undersea cables.',
    uk: 'Танкери, часто старі, з непрозорою власністю, під «зручними» прапорами і без західного страхування, які возять російську нафту в обхід граничної ціни G7 та західних санкцій. ЄС, Велика Британія та США внесли до чорних списків сотні таких суден; країни Балтії попереджають про екологічні й безпекові ризики, зокрема пошкодження підводних кабелів.',
  },
  background: [
    {
      en: 'After the EU embargo and the price cap took effect in December 2022, Russia built up a fleet of second-hand tankers operated through companies in third countries, so that its oil could be sold above the cap without Western shipping or insurance services. Analysts’ estimates of its size run to several hundred vessels.',
      uk: 'Після того як у грудні 2022 року набули чинності ембарго ЄС і гранична ціна, Росія сформувала флот уживаних танкерів, якими керують компанії в третіх країнах, щоб продавати нафту дорожче за граничну ціну без західних перевізників і страховиків. За оцінками аналітиків, він налічує кілька сотень суден.',
    },
    {
      en: 'On 25 December 2024 the Estlink 2 power cable between Finland and Estonia was damaged; Finland detained the tanker Eagle S, which Finnish authorities linked to the shadow fleet, on suspicion of dragging its anchor across it. In October 2025 a Finnish court dismissed the criminal case against the ship’s captain and officers. Since then Baltic and Nordic states have stepped up checks on tankers’ insurance, and the EU has added shadow-fleet vessels to its sanctions lists in each new package, barring them from EU ports and services.',
      uk: '25 грудня 2024 року було пошкоджено енергетичний кабель Estlink 2 між Фінляндією та Естонією; Фінляндія затримала танкер Eagle S, який фінська влада пов’язала з тіньовим флотом, за підозрою, що він протягнув по кабелю якір. У жовтні 2025 року фінський суд закрив кримінальну справу проти капітана та офіцерів судна. Відтоді країни Балтії та Північної Європи посилили перевірку страхування танкерів, а ЄС у кожному новому пакеті додає судна тіньового флоту до санкційних списків, закриваючи їм доступ до портів і послуг ЄС.',
    },
  ],
  whyNow: {
    asOf: '2025-10',
    text: {
      en: 'As of October 2025, the EU’s 19th sanctions package had again added shadow-fleet tankers to its list, and European governments were discussing how far they could go in stopping and inspecting such ships at sea.',
      uk: 'Станом на жовтень 2025 року 19-й санкційний пакет ЄС знову додав до списку танкери тіньового флоту, а європейські уряди обговорювали, наскільки далеко можна заходити, зупиняючи й перевіряючи такі судна в морі.',
    },
  },
  timeline: [
    { date: '2022-12-05', text: { en: 'The EU embargo and the G7 price cap on Russian crude take effect.', uk: 'Набувають чинності ембарго ЄС і гранична ціна G7 на російську нафту.' } },
    { date: '2024-06-24', text: { en: 'The EU’s 14th package bars named shadow-fleet tankers from its ports and services.', uk: '14-й пакет ЄС закриває названим танкерам тіньового флоту доступ до своїх портів і послуг.' } },
    { date: '2024-12-25', text: { en: 'The Estlink 2 cable is damaged; Finland detains the tanker Eagle S on suspicion of causing it.', uk: 'Пошкоджено кабель Estlink 2; Фінляндія затримує танкер Eagle S за підозрою в причетності.' } },
    { date: '2025-01-10', text: { en: 'The outgoing US administration sanctions Gazprom Neft, Surgutneftegas and 183 vessels.', uk: 'Адміністрація США, що завершує каденцію, запроваджує санкції проти «Газпром нафти», «Сургутнафтогазу» та 183 суден.' } },
    { date: '2025-10-23', text: { en: 'The EU’s 19th package lists further tankers.', uk: '19-й пакет ЄС вносить до списку нові танкери.' } },
  ],
  related: ['oil-price-cap', 'sanctions', 'eu-sanctions-against-russia', 'hybrid-warfare'],
  sources: [
    { publisher: 'Council of the EU', title: 'Council Regulation amending Regulation (EU) No 833/2014 (14th package of sanctions against Russia)', date: '2024-06-24' },
    { publisher: 'Lloyd’s List', title: 'Finland police seize Russian-linked dark fleet tanker Eagle S in cable-cutting investigation', date: '2024-12', url: 'https://www.lloydslist.com/LL1151950/Finland-police-seize-Russian-linked-dark-fleet-tanker-Eagle-S-in-cable-cutting-investigation' },
    { publisher: 'Baird Maritime', title: 'Factbox: Suspected underwater cable sabotage in the Baltic Sea', date: '2025-10', url: 'https://www.bairdmaritime.com/marine-projects/marine-infrastructure/factbox-suspected-underwater-cable-sabotage-in-the-baltic-sea' },
    { publisher: 'UK P&I Club', title: 'OFAC intensifies US sanctions against Russia’s energy sector', date: '2025-01', url: 'https://ukpandi.com/news-and-resources/news/article/ofac-intensifies-us-sanctions-against-russias-energy-sector' },
    { publisher: 'Council of the EU', title: 'Council Regulation amending Regulation (EU) No 833/2014 (19th package of sanctions against Russia)', date: '2025-10-23' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
