import type { KbEntryInput } from '../schema';
import { UKRAINE_CUES, KYIV_CUES, RUSSIA_CUES } from '../cues';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'coalition-of-the-willing',
  kind: 'alliance',
  title: { en: 'Coalition of the willing (Ukraine)', uk: 'Coalition of the willing (Ukraine)' },
  aliases: [
    { text: 'coalition of the willing', lang: 'en', ambiguous: true },
    { text: 'Koalition der Willigen', lang: 'de', ambiguous: true },
    { text: 'koalicja chętnych', lang: 'pl', stems: ['koalicj', 'chętnych'], ambiguous: true },
    { text: 'коаліція охочих', lang: 'uk', stems: ['коаліц', 'охочих'], ambiguous: true },
    { text: 'коалиция желающих', lang: 'ru', stems: ['коалиц', 'желающих'], ambiguous: true },
    { text: 'coalition des volontaires', lang: 'fr', ambiguous: true },
  ],
  // The phrase also names the US-led coalition that invaded Iraq in 2003.
  disambiguation: {
    anyOf: [
      ...UKRAINE_CUES,
      ...KYIV_CUES,
      'Starmer',
      'Macron',
      ...RUSSIA_CUES,
      'ceasefire',
      'peacekeep*',
      'reassurance',
    ],
    noneOf: ['Iraq', 'Irak', 'Ірак', 'Ирак', 'Saddam'],
    window: 300,
  },
  summary:
    { en: 'A group of states, led by the United Kingdom and France, that in 2025 began planning to support Ukraine’s security after a ceasefire, including with a European-led force in Ukraine. The phrase itself is older: it was used for the US-led coalition that invaded Iraq in 2003.', uk: 'A group of states, led by the United Kingdom and France, that in 2025 began planning to support Ukraine’s security after a ceasefire, including with a European-led force in Ukraine. The phrase itself is older: it was used for the US-led coalition that invaded Iraq in 2003.' },
  background: [
    { en: 'UK Prime Minister Keir Starmer announced the initiative after a summit of European leaders in London on 2 March 2025, as the new US administration pressed for a quick settlement and opened talks with Russia. The UK and France took the lead, and military planners from dozens of countries began meeting in the following weeks.', uk: 'UK Prime Minister Keir Starmer announced the initiative after a summit of European leaders in London on 2 March 2025, as the new US administration pressed for a quick settlement and opened talks with Russia. The UK and France took the lead, and military planners from dozens of countries began meeting in the following weeks.' },
    { en: 'The coalition is an informal grouping, not a treaty alliance. Its plans combine long-term support for Ukraine’s armed forces with a multinational force, often called a reassurance force, to be deployed only after a ceasefire or peace deal. Participation is voluntary: in March 2025 Romania’s prime minister said his country would not take part, and Hungary was not expected to either.', uk: 'The coalition is an informal grouping, not a treaty alliance. Its plans combine long-term support for Ukraine’s armed forces with a multinational force, often called a reassurance force, to be deployed only after a ceasefire or peace deal. Participation is voluntary: in March 2025 Romania’s prime minister said his country would not take part, and Hungary was not expected to either.' },
    { en: 'Its weight depends on two factors outside its control: whether the United States backs the plan, for example with intelligence or air support, and whether Russia, which rejects troops from NATO countries in Ukraine, accepts any deployment in a settlement.', uk: 'Its weight depends on two factors outside its control: whether the United States backs the plan, for example with intelligence or air support, and whether Russia, which rejects troops from NATO countries in Ukraine, accepts any deployment in a settlement.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske reported Starmer’s pledge to deploy a contingent and build a coalition of the willing, and French minister Éric Lombard’s statement that France and other European nations were ready to send troops; Russia’s foreign minister called NATO troops in Ukraine unacceptable.', uk: 'As of March 2025, hromadske reported Starmer’s pledge to deploy a contingent and build a coalition of the willing, and French minister Éric Lombard’s statement that France and other European nations were ready to send troops; Russia’s foreign minister called NATO troops in Ukraine unacceptable.' },
  },
  timeline: [
    { date: '2003-03-20', text: { en: 'A US-led “coalition of the willing” invades Iraq, the best-known earlier use of the phrase.', uk: 'A US-led “coalition of the willing” invades Iraq, the best-known earlier use of the phrase.' } },
    {
      date: '2025-03-02',
      text: { en: 'After a summit of European leaders in London, Keir Starmer announces a coalition of the willing to defend a future deal in Ukraine.', uk: 'After a summit of European leaders in London, Keir Starmer announces a coalition of the willing to defend a future deal in Ukraine.' },
    },
    { date: '2025-03-15', text: { en: 'Starmer hosts a virtual meeting of coalition leaders.', uk: 'Starmer hosts a virtual meeting of coalition leaders.' } },
    { date: '2025-03-27', text: { en: 'Leaders of around 30 delegations meet at a coalition summit in Paris hosted by Emmanuel Macron.', uk: 'Leaders of around 30 delegations meet at a coalition summit in Paris hosted by Emmanuel Macron.' } },
    {
      date: '2025-09-04',
      text: { en: 'After a coalition meeting in Paris, Macron says 26 countries have pledged to contribute to a reassurance force for Ukraine after a ceasefire.', uk: 'After a coalition meeting in Paris, Macron says 26 countries have pledged to contribute to a reassurance force for Ukraine after a ceasefire.' },
    },
  ],
  positions: [
    P.starmerCoalition,
    P.lombardTroops,
    P.lavrovTroopsUnacceptable,
    P.waltzTradeOff,
    P.hrytsenkoTokenContingent,
    P.hrytsenkoRussiaRejectsContingent,
  ],
  related: ['peacekeepers', 'security-guarantees', 'peace-deal', 'weimar-triangle', 'keir-starmer'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
