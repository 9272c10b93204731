import type { KbEntryInput } from '../schema';
import { KYIV_CUES, OTHER_COUNTRY_CUES, UKRAINE_CUES, ZELENSKY_CUES } from '../cues';
import { P } from '../positions';
import { HROMADSKE_2025_03, KREMLIN_2024_06_14, NORTH_ATLANTIC_TREATY } from '../sources';

export default {
  id: 'nato-membership',
  kind: 'concept',
  title: { en: 'Ukraine’s NATO membership', uk: 'Ukraine’s NATO membership' },
  aliases: [
    { text: 'NATO membership', lang: 'en' },
    { text: 'membership in NATO', lang: 'en' },
    { text: 'membership of NATO', lang: 'en' },
    { text: 'NATO accession', lang: 'en' },
    { text: 'accession to NATO', lang: 'en' },
    { text: 'членство в НАТО', lang: 'uk' },
    { text: 'членство у НАТО', lang: 'uk' },
    { text: 'вступ до НАТО', lang: 'uk' },
    { text: 'вступление в НАТО', lang: 'ru' },
    { text: 'NATO-Mitgliedschaft', lang: 'de' },
    { text: 'NATO-Beitritt', lang: 'de' },
    { text: 'członkostwo w NATO', lang: 'pl', stems: ['członkostw', 'w', 'NATO'] },
    { text: "adhésion à l'OTAN", lang: 'fr' },
  ],
  // Ukraine's membership: "Sweden's NATO membership" is left to the NATO entry.
  disambiguation: {
    scope: { anyOf: [...UKRAINE_CUES, ...KYIV_CUES, ...ZELENSKY_CUES], noneOf: OTHER_COUNTRY_CUES },
  },
  summary:
    { en: 'Ukraine’s aim of joining NATO, written into its Constitution in 2019 and pursued through a formal application in 2022. Allies have said Ukraine’s future is in NATO but set no date; membership requires the consent of every member, and Russia demands that Ukraine stay outside the alliance.', uk: 'Ukraine’s aim of joining NATO, written into its Constitution in 2019 and pursued through a formal application in 2022. Allies have said Ukraine’s future is in NATO but set no date; membership requires the consent of every member, and Russia demands that Ukraine stay outside the alliance.' },
  background: [
    { en: 'At the 2008 Bucharest summit NATO declared that Ukraine would become a member, without offering a timetable. In 2010 Ukraine adopted a non-bloc status; it abandoned it in December 2014, after the annexation of Crimea, and in 2019 enshrined the course towards NATO and EU membership in its Constitution.', uk: 'At the 2008 Bucharest summit NATO declared that Ukraine would become a member, without offering a timetable. In 2010 Ukraine adopted a non-bloc status; it abandoned it in December 2014, after the annexation of Crimea, and in 2019 enshrined the course towards NATO and EU membership in its Constitution.' },
    { en: 'After the full-scale invasion Ukraine applied for accelerated membership in September 2022. NATO’s 2023 Vilnius summit said Ukraine’s future was in NATO and dropped the requirement for a Membership Action Plan; the 2024 Washington summit called Ukraine’s path to membership irreversible. No invitation has been issued, because any accession needs the agreement of all members.', uk: 'After the full-scale invasion Ukraine applied for accelerated membership in September 2022. NATO’s 2023 Vilnius summit said Ukraine’s future was in NATO and dropped the requirement for a Membership Action Plan; the 2024 Washington summit called Ukraine’s path to membership irreversible. No invitation has been issued, because any accession needs the agreement of all members.' },
    { en: 'Supporters see membership as the only guarantee backed by Article 5 and nuclear deterrence. Several member states have been reluctant, fearing it could draw the alliance into direct war with Russia. Russia calls NATO enlargement a threat and demands Ukraine’s neutrality as a condition for peace.', uk: 'Supporters see membership as the only guarantee backed by Article 5 and nuclear deterrence. Several member states have been reluctant, fearing it could draw the alliance into direct war with Russia. Russia calls NATO enlargement a threat and demands Ukraine’s neutrality as a condition for peace.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske reported that Ukraine still counted on NATO membership as its primary guarantee and that Zelenskyy had offered to resign in exchange for it, while recent weeks had shown the United States would not allow it and Russia repeatedly said it would not permit it.', uk: 'As of March 2025, hromadske reported that Ukraine still counted on NATO membership as its primary guarantee and that Zelenskyy had offered to resign in exchange for it, while recent weeks had shown the United States would not allow it and Russia repeatedly said it would not permit it.' },
  },
  timeline: [
    { date: '2008-04-03', text: { en: 'Bucharest summit: NATO declares that Ukraine and Georgia will become members.', uk: 'Bucharest summit: NATO declares that Ukraine and Georgia will become members.' } },
    { date: '2010-07-01', text: { en: 'Ukraine’s parliament adopts a law establishing the country’s non-bloc status.', uk: 'Ukraine’s parliament adopts a law establishing the country’s non-bloc status.' } },
    { date: '2014-12-23', text: { en: 'Ukraine’s parliament abandons non-bloc status.', uk: 'Ukraine’s parliament abandons non-bloc status.' } },
    { date: '2019-02-07', text: { en: 'Ukraine enshrines the course towards EU and NATO membership in its Constitution.', uk: 'Ukraine enshrines the course towards EU and NATO membership in its Constitution.' } },
    { date: '2022-09-30', text: { en: 'Ukraine applies for accelerated NATO membership.', uk: 'Ukraine applies for accelerated NATO membership.' } },
    {
      date: '2023-07-11',
      text: { en: 'Vilnius summit: allies say Ukraine’s future is in NATO and drop the Membership Action Plan requirement.', uk: 'Vilnius summit: allies say Ukraine’s future is in NATO and drop the Membership Action Plan requirement.' },
    },
    {
      date: '2024-06-14',
      text: { en: 'Putin names Ukraine’s renunciation of NATO membership among Russia’s conditions for a ceasefire.', uk: 'Putin names Ukraine’s renunciation of NATO membership among Russia’s conditions for a ceasefire.' },
    },
    { date: '2024-07-10', text: { en: 'Washington summit: allies call Ukraine’s path to full membership irreversible.', uk: 'Washington summit: allies call Ukraine’s path to full membership irreversible.' } },
  ],
  positions: [
    P.zelenskyyNatoFirst,
    P.trumpNatoProvokedWar,
    P.putinJune2024Conditions,
    P.ohryzkoStrongArmyAndAllies,
    P.portnikovNoAbsoluteGuarantees,
    P.hrytsenkoConsensusRule,
  ],
  related: ['nato', 'nato-article-5', 'neutral-status', 'security-guarantees', 'peace-deal', 'sphere-of-influence'],
  sources: [HROMADSKE_2025_03, NORTH_ATLANTIC_TREATY, KREMLIN_2024_06_14],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
