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
    { text: 'теневой флот', lang: 'ru', stems: ['теневой', 'флот'], ambiguous: true },
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
      en: 'On 25 December 2024 the tanker Eagle S, which Finnish authorities linked to the shadow fleet, damaged the Estlink 2 power cable between Finland and Estonia; Finland detained the ship. Since then Baltic and Nordic states have stepped up checks on tankers’ insurance, and the EU has added shadow-fleet vessels to its sanctions lists in each new package, barring them from EU ports and services.',
      uk: '25 грудня 2024 року танкер Eagle S, який фінська влада пов’язала з тіньовим флотом, пошкодив енергетичний кабель Estlink 2 між Фінляндією та Естонією; Фінляндія затримала судно. Відтоді країни Балтії та Північної Європи посилили перевірку страхування танкерів, а ЄС у кожному новому пакеті додає судна тіньового флоту до санкційних списків, закриваючи їм доступ до портів і послуг ЄС.',
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
    { date: '2024-12-25', text: { en: 'The tanker Eagle S damages the Estlink 2 cable; Finland detains it.', uk: 'Танкер Eagle S пошкоджує кабель Estlink 2; Фінляндія затримує судно.' } },
    { date: '2025-01-10', text: { en: 'The outgoing US administration sanctions Russian oil firms and a large number of tankers.', uk: 'Адміністрація США, що завершує каденцію, запроваджує санкції проти російських нафтових компаній і великої кількості танкерів.' } },
    { date: '2025-10-23', text: { en: 'The EU’s 19th package lists further tankers.', uk: '19-й пакет ЄС вносить до списку нові танкери.' } },
  ],
  related: ['oil-price-cap', 'sanctions', 'eu-sanctions-against-russia', 'hybrid-warfare'],
  sources: [
    { publisher: 'Council of the EU', title: 'EU sanctions against Russia: 14th package (press release)', date: '2024-06-24' },
    { publisher: 'Finnish Police (Poliisi)', title: 'Investigation into the damage to the Estlink 2 cable', date: '2024-12' },
    { publisher: 'U.S. Department of the Treasury', title: 'Sanctions on Russia’s energy sector (press release)', date: '2025-01-10' },
    { publisher: 'Council of the EU', title: 'EU sanctions against Russia: 19th package (press release)', date: '2025-10-23' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
