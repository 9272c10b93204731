import type { KbEntryInput } from '../schema';
import { RU_UA_WAR_CUES } from './ceasefire';
import { OTHER_SANCTIONS_CUES } from './sanctions';

export default {
  id: 'eu-sanctions-against-russia',
  kind: 'concept',
  title: { en: 'EU sanctions against Russia', uk: 'Санкції ЄС проти Росії' },
  aliases: [
    { text: 'EU sanctions against Russia', lang: 'en' },
    { text: 'EU sanctions on Russia', lang: 'en' },
    { text: 'EU Russia sanctions', lang: 'en' },
    // These forms also occur for EU sanctions on Iran, Belarus-only listings, Syria …
    { text: 'EU sanctions', lang: 'en', ambiguous: true },
    { text: 'sanctions package', lang: 'en', ambiguous: true },
    { text: 'package of sanctions', lang: 'en', ambiguous: true },
    { text: '14th package', lang: 'en', ambiguous: true },
    { text: '15th package', lang: 'en', ambiguous: true },
    { text: '16th package', lang: 'en', ambiguous: true },
    { text: '17th package', lang: 'en', ambiguous: true },
    { text: '18th package', lang: 'en', ambiguous: true },
    { text: '19th package', lang: 'en', ambiguous: true },
    { text: 'санкції ЄС проти Росії', lang: 'uk', stems: ['санкці', 'ЄС', 'проти', 'Росі'] },
    { text: 'санкції ЄС', lang: 'uk', stems: ['санкці', 'ЄС'], ambiguous: true },
    { text: 'пакет санкцій', lang: 'uk', stems: ['пакет', 'санкцій'], ambiguous: true },
    { text: 'санкційний пакет', lang: 'uk', stems: ['санкційн', 'пакет'], ambiguous: true },
    { text: 'санкции ЕС против России', lang: 'ru', stems: ['санкци', 'ЕС', 'против', 'Росси'] },
    { text: 'санкции ЕС', lang: 'ru', stems: ['санкци', 'ЕС'], ambiguous: true },
    { text: 'пакет санкций', lang: 'ru', stems: ['пакет', 'санкций'], ambiguous: true },
    { text: 'EU-Sanktionen gegen Russland', lang: 'de' },
    { text: 'EU-Sanktionen', lang: 'de', ambiguous: true },
    { text: 'Sanktionspaket', lang: 'de', ambiguous: true },
    { text: 'sankcje UE wobec Rosji', lang: 'pl', stems: ['sankcj', 'UE', 'wobec', 'Rosji'] },
    { text: 'sankcje UE', lang: 'pl', stems: ['sankcj', 'UE'], ambiguous: true },
    { text: 'pakiet sankcji', lang: 'pl', stems: ['pakiet', 'sankcji'], ambiguous: true },
    { text: 'paquet de sanctions', lang: 'fr', ambiguous: true },
  ],
  disambiguation: { anyOf: RU_UA_WAR_CUES, noneOf: OTHER_SANCTIONS_CUES, window: 300 },
  summary: {
    en: 'The restrictive measures the European Union has imposed on Russia since 2014, greatly extended in successive “packages” since the full-scale invasion in 2022. They are adopted and renewed by unanimity of the 27 member states, which has let Hungary and Slovakia delay decisions to win concessions.',
    uk: 'Обмежувальні заходи, які Європейський Союз запроваджує проти Росії з 2014 року й після повномасштабного вторгнення 2022 року значно розширив послідовними «пакетами». Їх ухвалюють і продовжують одностайно всі 27 держав-членів, що дозволяло Угорщині та Словаччині затягувати рішення, домагаючись поступок.',
  },
  background: [
    {
      en: 'The EU’s measures have two main legal bases: Council Regulation 269/2014, from March 2014, for asset freezes and travel bans on individuals and entities, and Regulation 833/2014, from July 2014, for sectoral restrictions on finance, energy, trade and technology. Listings are renewed every six months, as are the economic sanctions.',
      uk: 'Заходи ЄС мають дві основні правові підстави: Регламент Ради 269/2014 від березня 2014 року — для заморожування активів і заборони в’їзду фізичним і юридичним особам — та Регламент 833/2014 від липня 2014 року — для секторальних обмежень у фінансах, енергетиці, торгівлі й технологіях. Санкційні списки, як і економічні санкції, продовжують кожні пів року.',
    },
    {
      en: 'From February 2022 the EU adopted one package after another: they froze the central bank’s reserves, cut banks off from SWIFT, banned imports of Russian coal and most seaborne oil, set an oil price cap with the G7, listed thousands of people and firms, from 2023 targeted third-country suppliers of the Russian military and, from 2024, tankers of the “shadow fleet”.',
      uk: 'З лютого 2022 року ЄС ухвалював пакет за пакетом: заморозив резерви Центробанку, відключив банки від SWIFT, заборонив імпорт російського вугілля й більшої частини нафти морем, разом із G7 запровадив граничну ціну на нафту, вніс до списків тисячі осіб і компаній, з 2023 року взявся за постачальників російської армії з третіх країн, а з 2024 року — за танкери «тіньового флоту».',
    },
  ],
  whyNow: {
    asOf: '2025-10',
    text: {
      en: 'As of October 2025, the EU had adopted its 19th package on 23 October, after Slovakia lifted its objections; it included a phased ban on imports of Russian liquefied natural gas, with short-term contracts ending within six months and long-term ones from 1 January 2027. The 18th package, of July 2025, had lowered the oil price cap and added more shadow-fleet tankers.',
      uk: 'Станом на жовтень 2025 року ЄС 23 жовтня ухвалив 19-й пакет, після того як Словаччина зняла свої заперечення; він передбачає поетапну заборону імпорту російського скрапленого природного газу: короткострокові контракти припиняються протягом шести місяців, довгострокові — з 1 січня 2027 року. 18-й пакет у липні 2025 року знизив граничну ціну на нафту й додав до списку нові танкери тіньового флоту.',
    },
  },
  timeline: [
    { date: '2014-03-17', text: { en: 'First EU asset freezes and travel bans over Crimea (Regulation 269/2014).', uk: 'Перші заморожування активів і заборони на в’їзд через Крим (Регламент 269/2014).' } },
    { date: '2014-07-31', text: { en: 'Sectoral sanctions adopted (Regulation 833/2014).', uk: 'Ухвалено секторальні санкції (Регламент 833/2014).' } },
    { date: '2022-06-03', text: { en: 'Sixth package: embargo on most Russian oil imports.', uk: 'Шостий пакет: ембарго на більшу частину імпорту російської нафти.' } },
    { date: '2025-02-24', text: { en: '16th package adopted on the third anniversary of the invasion.', uk: 'У третю річницю вторгнення ухвалено 16-й пакет.' } },
    { date: '2025-07-18', text: { en: '18th package lowers the oil price cap.', uk: '18-й пакет знижує граничну ціну на нафту.' } },
    { date: '2025-10-23', text: { en: '19th package adopted, including an LNG import ban from 2027.', uk: 'Ухвалено 19-й пакет, зокрема заборону імпорту СПГ з 2027 року.' } },
  ],
  related: ['sanctions', 'oil-price-cap', 'shadow-fleet', 'frozen-russian-assets', 'european-union', 'viktor-orban', 'robert-fico'],
  sources: [
    { publisher: 'Council of the EU', title: 'Council Regulation (EU) No 269/2014 concerning restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine', date: '2014-03-17' },
    { publisher: 'Council of the EU', title: 'Council Regulation (EU) No 833/2014 concerning restrictive measures in view of Russia’s actions destabilising the situation in Ukraine', date: '2014-07-31' },
    { publisher: 'Council of the EU', title: 'Council Regulation amending Regulation (EU) No 833/2014 (18th package of sanctions against Russia)', date: '2025-07-18' },
    { publisher: 'Council of the EU', title: 'Council Regulation amending Regulation (EU) No 833/2014 (19th package of sanctions against Russia)', date: '2025-10-23' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
