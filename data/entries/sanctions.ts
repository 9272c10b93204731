import type { KbEntryInput } from '../schema';
import { RU_UA_WAR_CUES } from './ceasefire';

/**
 * Other sanctions regimes. Armenia, Kyrgyzstan, the UAE etc. are not cues: they appear in
 * reporting on the evasion of sanctions against Russia.
 */
export const OTHER_SANCTIONS_CUES = [
  'Iran*',
  'Іран*',
  'Иран*',
  'North Korea*',
  'Nordkorea*',
  'Korei Północnej',
  'Korea Północna',
  'КНДР',
  'Північної Кореї',
  'Північна Корея',
  'Северной Кореи',
  'Северная Корея',
  'Venezuel*',
  'Венесуел*',
  'Cuba',
  'Kuba',
  'Syri*',
  'Сирі*',
  'Сири*',
  'Myanmar',
  'Afghan*',
  'Taliban*',
  'Hamas',
  'Хамас*',
  'Israel*',
  'Izrael*',
  'Ізраїл*',
  'Израил*',
];

export default {
  id: 'sanctions',
  kind: 'concept',
  title: { en: 'Sanctions against Russia', uk: 'Санкції проти Росії' },
  aliases: [
    { text: 'sanctions against Russia', lang: 'en' },
    { text: 'sanctions on Russia', lang: 'en' },
    { text: 'Russia sanctions', lang: 'en' },
    { text: 'anti-Russian sanctions', lang: 'en' },
    // Bare "sanctions" also names the regimes against Iran, North Korea, Venezuela, Syria …
    { text: 'sanctions', lang: 'en', ambiguous: true },
    { text: 'Western sanctions', lang: 'en', ambiguous: true },
    { text: 'санкції проти Росії', lang: 'uk', stems: ['санкці', 'проти', 'Росі'] },
    { text: 'антиросійські санкції', lang: 'uk', stems: ['антиросійськ', 'санкці'] },
    { text: 'санкції', lang: 'uk', stems: ['санкці'], ambiguous: true },
    { text: 'санкции против России', lang: 'ru', stems: ['санкци', 'против', 'Росси'] },
    { text: 'антироссийские санкции', lang: 'ru', stems: ['антироссийск', 'санкци'] },
    { text: 'санкции', lang: 'ru', stems: ['санкци'], ambiguous: true },
    { text: 'Russland-Sanktionen', lang: 'de' },
    { text: 'Sanktionen gegen Russland', lang: 'de' },
    { text: 'Sanktionen', lang: 'de', ambiguous: true },
    { text: 'sankcje wobec Rosji', lang: 'pl', stems: ['sankcj', 'wobec', 'Rosji'] },
    { text: 'sankcje przeciwko Rosji', lang: 'pl', stems: ['sankcj', 'przeciwko', 'Rosji'] },
    { text: 'sankcje antyrosyjskie', lang: 'pl', stems: ['sankcj', 'antyrosyjsk'] },
    { text: 'sankcje', lang: 'pl', stems: ['sankcj'], ambiguous: true },
    { text: 'sanctions contre la Russie', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: RU_UA_WAR_CUES,
    noneOf: OTHER_SANCTIONS_CUES,
    window: 300,
  },
  summary: {
    en: 'Restrictions on Russia, its companies and officials imposed by the EU, the United States, the United Kingdom, Japan and other states: first over the annexation of Crimea in 2014, and on a far larger scale since the full-scale invasion in 2022. They include asset freezes, trade and financial bans and limits on Russia’s oil revenue.',
    uk: 'Обмеження щодо Росії, її компаній і посадовців, запроваджені ЄС, США, Великою Британією, Японією та іншими державами: спершу через анексію Криму у 2014 році, а з повномасштабного вторгнення у 2022 році — у значно більшому масштабі. Це заморожування активів, торговельні й фінансові заборони та обмеження нафтових доходів Росії.',
  },
  background: [
    {
      en: 'From March 2014 the EU, the US and others froze assets of and banned travel by people they held responsible for the annexation of Crimea. After the downing of MH17, the EU on 31 July 2014 adopted sectoral sanctions on Russian finance, energy and defence. Russia answered in August 2014 with a ban on food imports from the countries imposing sanctions.',
      uk: 'З березня 2014 року ЄС, США та інші держави заморожували активи й забороняли в’їзд особам, яких вважали відповідальними за анексію Криму. Після катастрофи MH17 ЄС 31 липня 2014 року запровадив секторальні санкції проти російського фінансового, енергетичного й оборонного секторів. Росія у серпні 2014 року відповіла забороною ввезення продуктів харчування з країн, що запровадили санкції.',
    },
    {
      en: 'After the full-scale invasion in February 2022, Western governments froze the Russian central bank’s reserves held in their jurisdictions, cut several Russian banks off from SWIFT, banned exports of many technologies and listed Putin and Sergey Lavrov personally. From 5 December 2022 the EU stopped most imports of Russian seaborne crude oil, and the G7 and EU capped the price of Russian oil transported with Western services.',
      uk: 'Після повномасштабного вторгнення в лютому 2022 року західні уряди заморозили резерви Центрального банку Росії, що зберігалися в їхніх юрисдикціях, відключили низку російських банків від SWIFT, заборонили експорт багатьох технологій і запровадили санкції особисто проти Путіна та Сергія Лаврова. З 5 грудня 2022 року ЄС припинив більшу частину імпорту російської нафти морем, а G7 і ЄС встановили граничну ціну на російську нафту, яку перевозять із використанням західних послуг.',
    },
    {
      en: 'Their effect is disputed. Russia’s economy did not collapse and grew in 2023 and 2024 as military spending rose, while trade was rerouted through third countries and oil was shipped by a “shadow fleet”. Sanctions relief has become one of the questions in talks on ending the war.',
      uk: 'Їхній ефект оцінюють по-різному. Російська економіка не обвалилася й у 2023–2024 роках зростала на тлі збільшення військових видатків, торгівля пішла через треті країни, а нафту возить «тіньовий флот». Пом’якшення санкцій стало одним із питань у переговорах про завершення війни.',
    },
  ],
  whyNow: {
    asOf: '2025-10',
    text: {
      en: 'As of October 2025, sanctions were part of the bargaining over a settlement: Russia sought relief, for example on Rosselkhozbank as a condition for a Black Sea deal in March 2025, while on 22 October 2025 the US Treasury sanctioned Rosneft and Lukoil, Russia’s two largest oil companies.',
      uk: 'Станом на жовтень 2025 року санкції стали предметом торгу щодо врегулювання: Росія домагалася їх пом’якшення — наприклад, щодо Россільгоспбанку як умови чорноморської домовленості в березні 2025 року, — а 22 жовтня 2025 року Мінфін США запровадив санкції проти «Роснафти» та «Лукойлу», двох найбільших нафтових компаній Росії.',
    },
  },
  timeline: [
    { date: '2014-03-17', text: { en: 'The EU and the US impose their first asset freezes and travel bans over Crimea.', uk: 'ЄС і США запроваджують перші заморожування активів і заборони на в’їзд через Крим.' } },
    { date: '2014-07-31', text: { en: 'The EU adopts sectoral sanctions on Russian finance, energy and defence.', uk: 'ЄС запроваджує секторальні санкції проти російських фінансів, енергетики та оборонної галузі.' } },
    { date: '2014-08-06', text: { en: 'Russia bans food imports from countries that imposed sanctions.', uk: 'Росія забороняє ввезення продуктів харчування з країн, що запровадили санкції.' } },
    { date: '2022-02-26', text: { en: 'Western allies announce the removal of selected Russian banks from SWIFT and measures against Russia’s central bank.', uk: 'Західні союзники оголошують відключення низки російських банків від SWIFT і заходи проти Центробанку Росії.' } },
    { date: '2022-12-05', text: { en: 'The EU embargo on Russian seaborne crude and the G7 oil price cap take effect.', uk: 'Набувають чинності ембарго ЄС на російську нафту, яку постачають морем, і гранична ціна G7.' } },
    { date: '2025-10-22', text: { en: 'The US sanctions Rosneft and Lukoil.', uk: 'США запроваджують санкції проти «Роснафти» та «Лукойлу».' } },
  ],
  related: ['eu-sanctions-against-russia', 'oil-price-cap', 'shadow-fleet', 'frozen-russian-assets', 'crimea-annexation', 'full-scale-invasion', 'peace-deal'],
  sources: [
    { publisher: 'Council of the EU', title: 'Council Regulation (EU) No 833/2014 concerning restrictive measures in view of Russia’s actions destabilising the situation in Ukraine', date: '2014-07-31' },
    { publisher: 'The White House', title: 'Joint Statement on Further Restrictive Economic Measures', date: '2022-02-26' },
    { publisher: 'Council of the EU', title: 'Sixth package of sanctions against Russia, including the embargo on Russian crude oil and petroleum products', date: '2022-06-03' },
    { publisher: 'The Moscow Times', title: 'Russia demands sanctions relief for Black Sea ceasefire', date: '2025-03-25', url: 'https://www.themoscowtimes.com/2025/03/25/russia-demands-sanctions-relief-for-black-sea-ceasefire-a88482' },
    { publisher: 'U.S. Department of the Treasury', title: 'Treasury Sanctions Major Russian Oil Companies, Calls on Moscow to Immediately Agree to Ceasefire', date: '2025-10-22' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
