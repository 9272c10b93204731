import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { BUDAPEST_MEMORANDUM_TEXT, HROMADSKE_2025_03, NORTH_ATLANTIC_TREATY } from '../sources';

export default {
  id: 'security-guarantees',
  kind: 'concept',
  title: { en: 'Security guarantees', uk: 'Security guarantees' },
  aliases: [
    { text: 'security guarantee', lang: 'en' },
    { text: 'security assurance', lang: 'en' },
    { text: 'гарантії безпеки', lang: 'uk', stems: ['гарант', 'безпеки'] },
    { text: 'безпекові гарантії', lang: 'uk', stems: ['безпеков', 'гарант'] },
    { text: 'гарантии безопасности', lang: 'ru', stems: ['гарант', 'безопасности'] },
    { text: 'Sicherheitsgarantie', lang: 'de' },
    { text: 'gwarancje bezpieczeństwa', lang: 'pl', stems: ['gwarancj', 'bezpieczeństwa'] },
    { text: 'garantie de sécurité', lang: 'fr' },
    { text: 'garanties de sécurité', lang: 'fr' },
  ],
  summary:
    { en: 'Commitments by other states to protect a country against attack, ranging from political assurances to binding treaty obligations to fight. For Ukraine, the debate is about which combination of allies, troops, weapons and agreements could deter Russia from attacking again after a ceasefire or peace deal.', uk: 'Commitments by other states to protect a country against attack, ranging from political assurances to binding treaty obligations to fight. For Ukraine, the debate is about which combination of allies, troops, weapons and agreements could deter Russia from attacking again after a ceasefire or peace deal.' },
  background: [
    { en: 'Guarantees differ in strength. A mutual-defence treaty such as NATO’s Article 5 obliges allies to treat an attack on one as an attack on all; bilateral agreements can promise weapons, training and financing without a duty to fight; political assurances, like those in the 1994 Budapest Memorandum, carry no enforcement mechanism at all.', uk: 'Guarantees differ in strength. A mutual-defence treaty such as NATO’s Article 5 obliges allies to treat an attack on one as an attack on all; bilateral agreements can promise weapons, training and financing without a duty to fight; political assurances, like those in the 1994 Budapest Memorandum, carry no enforcement mechanism at all.' },
    { en: 'Ukraine’s experience shapes its demands. It gave up its Soviet-era nuclear arsenal in return for assurances from Russia, the United States and the United Kingdom, and Russia then annexed Crimea in 2014 and launched a full-scale invasion in 2022. Kyiv therefore asks for commitments that would hold under pressure rather than declarations.', uk: 'Ukraine’s experience shapes its demands. It gave up its Soviet-era nuclear arsenal in return for assurances from Russia, the United States and the United Kingdom, and Russia then annexed Crimea in 2014 and launched a full-scale invasion in 2022. Kyiv therefore asks for commitments that would hold under pressure rather than declarations.' },
    { en: 'The options discussed in 2025 include NATO membership, a European-led contingent in Ukraine, bilateral defence agreements, a strong and well-armed Ukrainian army, economic ties with the United States, a nuclear umbrella, and even a return to nuclear weapons. Each depends on the political will of the guarantors and, in a negotiated settlement, on what Russia accepts.', uk: 'The options discussed in 2025 include NATO membership, a European-led contingent in Ukraine, bilateral defence agreements, a strong and well-armed Ukrainian army, economic ties with the United States, a nuclear umbrella, and even a return to nuclear weapons. Each depends on the political will of the guarantors and, in a negotiated settlement, on what Russia accepts.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske described the debate on guarantees for Ukraine as deadlocked: the US saw a minerals deal as enough to deter Russia, European states offered a peacekeeping force, and Ukraine still sought NATO membership. All the experts hromadske spoke to agreed that no single guarantee could fully protect Ukraine from another Russian attack.', uk: 'As of March 2025, hromadske described the debate on guarantees for Ukraine as deadlocked: the US saw a minerals deal as enough to deter Russia, European states offered a peacekeeping force, and Ukraine still sought NATO membership. All the experts hromadske spoke to agreed that no single guarantee could fully protect Ukraine from another Russian attack.' },
  },
  timeline: [
    { date: '1949-04-04', text: { en: 'The North Atlantic Treaty creates NATO’s mutual-defence commitment (Article 5).', uk: 'The North Atlantic Treaty creates NATO’s mutual-defence commitment (Article 5).' } },
    {
      date: '1994-12-05',
      text: { en: 'Budapest Memorandum: Russia, the US and the UK give Ukraine security assurances as it gives up nuclear weapons.', uk: 'Budapest Memorandum: Russia, the US and the UK give Ukraine security assurances as it gives up nuclear weapons.' },
    },
    { date: '2014-03-18', text: { en: 'Russia annexes Crimea, breaking the assurances in Ukraine’s view.', uk: 'Russia annexes Crimea, breaking the assurances in Ukraine’s view.' } },
    { date: '2022-02-24', text: { en: 'Russia launches its full-scale invasion of Ukraine.', uk: 'Russia launches its full-scale invasion of Ukraine.' } },
    {
      date: '2023-07-12',
      text: { en: 'G7 leaders pledge long-term bilateral security commitments to Ukraine in a joint declaration in Vilnius.', uk: 'G7 leaders pledge long-term bilateral security commitments to Ukraine in a joint declaration in Vilnius.' },
    },
    {
      date: '2025-02-28',
      text: { en: 'An Oval Office meeting between Trump and Zelenskyy ends in a public dispute; the minerals deal is not signed.', uk: 'An Oval Office meeting between Trump and Zelenskyy ends in a public dispute; the minerals deal is not signed.' },
    },
  ],
  positions: [
    P.trumpMineralsAsSecurity,
    P.zelenskyyMineralsNeedGuarantees,
    P.hrytsenkoNoIroncladGuarantee,
    P.ohryzkoStrongArmyAndAllies,
    P.portnikovNoAbsoluteGuarantees,
    P.portnikovFourConditions,
    P.waltzTradeOff,
    P.hrytsenkoBargainingChip,
  ],
  related: [
    'budapest-memorandum',
    'nato-article-5',
    'nato-membership',
    'peacekeepers',
    'bilateral-security-agreements',
    'minerals-deal',
    'nuclear-umbrella',
    'deterrence',
    'peace-deal',
  ],
  sources: [HROMADSKE_2025_03, NORTH_ATLANTIC_TREATY, BUDAPEST_MEMORANDUM_TEXT],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
