import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'hromadske',
  kind: 'organisation',
  title: { en: 'hromadske', uk: 'hromadske (Громадське)' },
  aliases: [
    { text: 'hromadske', lang: 'en' },
    { text: 'Hromadske TV', lang: 'en' },
    { text: 'Hromadske International', lang: 'en' },
    // Capitalised only: lower-case "громадське" is an everyday adjective ("public", "civic").
    { text: 'Громадське телебачення', lang: 'uk', caseSensitive: true },
    { text: 'Громадське', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'Громадское', lang: 'ru', caseSensitive: true, ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'телебачення',
      'телевидение',
      'hromadske',
      'медіа',
      'медиа',
      'видання',
      'издание',
      'журналіст',
      'журналист',
      'ефір',
      'эфир',
      'інтерв*',
      'интерв*',
      'розповів',
      'розповіла',
      'рассказал',
    ],
    // Everyday collocations of the adjective: public catering, discussion, life, places, health.
    noneOf: ['харчуван*', 'обговоренн*', 'життя', 'місц*', "здоров'*", 'формуванн*', "об'єднанн*", 'питание', 'обсуждени*'],
    window: 200,
  },
  summary:
    { en: 'Ukrainian independent news outlet, launched as an online television channel in November 2013, at the start of the Euromaidan protests. It publishes in Ukrainian and English. Its March 2025 article on security guarantees is the main source of the expert positions in this knowledge base.', uk: 'Українське незалежне медіа, яке почало роботу як інтернет-телеканал у листопаді 2013 року, на початку протестів Євромайдану. Публікує матеріали українською та англійською. Його стаття про гарантії безпеки в березні 2025 року — головне джерело експертних позицій у цій базі знань.' },
  background: [
    { en: 'hromadske (Ukrainian for “public”) was founded by a group of journalists and began streaming in November 2013, gaining a wide audience with its live coverage of the Euromaidan protests in Kyiv. It is not the state-funded national public broadcaster, which operates as Suspilne.', uk: 'hromadske заснувала група журналістів; трансляції почалися в листопаді 2013 року, а широку аудиторію медіа здобуло прямими ефірами з протестів Євромайдану в Києві. Це не Національна суспільна телерадіокомпанія України, що фінансується з державного бюджету й працює під брендом «Суспільне».' },
    { en: 'Its article “Guarantees without guarantees: Can Ukraine be shielded from another Russian invasion?” (March 2025) interviewed Alina Hrytsenko, Volodymyr Ohryzko and Vitaliy Portnikov and summarised statements by US, UK, French and Russian officials. Kontekst quotes only from that article.', uk: 'Його англомовна стаття «Guarantees without guarantees: Can Ukraine be shielded from another Russian invasion?» (березень 2025 року) містила інтерв’ю з Аліною Гриценко, Володимиром Огризком і Віталієм Портниковим і підсумовувала заяви посадовців США, Великої Британії, Франції та Росії. Kontekst цитує лише цю статтю.' },
  ],
  timeline: [{ date: '2013-11', text: { en: 'hromadske begins broadcasting online as the Euromaidan protests start.', uk: 'hromadske починає мовлення в інтернеті, коли стартують протести Євромайдану.' } }],
  related: ['security-guarantees', 'alina-hrytsenko', 'volodymyr-ohryzko', 'vitaliy-portnikov'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
