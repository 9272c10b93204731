import type { KbEntryInput } from '../schema';
import { KYIV_CUES, OTHER_COUNTRY_CUES, RUSSIA_CUES, UKRAINE_CUES, ZELENSKY_CUES } from '../cues';
import { P } from '../positions';
import { HROMADSKE_2025_03, KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'neutral-status',
  kind: 'concept',
  title: { en: 'Neutral status of Ukraine', uk: 'Neutral status of Ukraine' },
  aliases: [
    { text: 'neutral status', lang: 'en', ambiguous: true },
    { text: 'non-aligned status', lang: 'en', ambiguous: true },
    { text: 'non-bloc status', lang: 'en' },
    { text: 'нейтральний статус', lang: 'uk', ambiguous: true },
    { text: 'позаблоковий статус', lang: 'uk', stems: ['позаблоков', 'статус'] },
    { text: 'нейтральный статус', lang: 'ru', ambiguous: true },
    { text: 'внеблоковый статус', lang: 'ru', stems: ['внеблоков', 'статус'] },
    { text: 'Neutralitätsstatus', lang: 'de', ambiguous: true },
    { text: 'status neutralny', lang: 'pl', stems: ['status', 'neutraln'], ambiguous: true },
    { text: 'statut neutre', lang: 'fr', ambiguous: true },
    // The nouns: "Ukraine's neutrality" is the same demand.
    { text: 'neutrality', lang: 'en', ambiguous: true },
    { text: 'нейтралітет', lang: 'uk', ambiguous: true },
    { text: 'нейтралитет', lang: 'ru', ambiguous: true },
    { text: 'Neutralität', lang: 'de', ambiguous: true },
    { text: 'neutralność', lang: 'pl', ambiguous: true },
  ],
  // Ukraine's neutrality, not Austria's or Switzerland's, and not "net neutrality".
  disambiguation: {
    anyOf: [...UKRAINE_CUES, ...KYIV_CUES, 'NATO', 'НАТО', 'OTAN', ...RUSSIA_CUES, 'Kremlin', 'Кремл*', 'Istanbul', 'Стамбул*'],
    noneOf: ['net neutrality', 'carbon neutrality', 'climate neutrality', 'neutralność klimatyczna', 'кліматичн*'],
    window: 300,
    scope: { anyOf: [...UKRAINE_CUES, ...KYIV_CUES, ...ZELENSKY_CUES], noneOf: OTHER_COUNTRY_CUES },
  },
  summary:
    { en: 'A country’s legal commitment to stay out of military alliances. Ukraine declared the intention to be neutral in 1990 and had a non-bloc status from 2010 to 2014; it has since sought NATO membership. Russia demands that Ukraine renounce NATO and adopt neutrality as part of any settlement.', uk: 'A country’s legal commitment to stay out of military alliances. Ukraine declared the intention to be neutral in 1990 and had a non-bloc status from 2010 to 2014; it has since sought NATO membership. Russia demands that Ukraine renounce NATO and adopt neutrality as part of any settlement.' },
  background: [
    { en: 'Ukraine’s 1990 Declaration of State Sovereignty stated the intention to become a permanently neutral state that does not take part in military blocs. In 2010, under President Viktor Yanukovych, a law fixed a non-bloc status. After the annexation of Crimea, parliament abandoned that status in December 2014, and in 2019 the aim of NATO membership was written into the Constitution.', uk: 'Ukraine’s 1990 Declaration of State Sovereignty stated the intention to become a permanently neutral state that does not take part in military blocs. In 2010, under President Viktor Yanukovych, a law fixed a non-bloc status. After the annexation of Crimea, parliament abandoned that status in December 2014, and in 2019 the aim of NATO membership was written into the Constitution.' },
    { en: 'Neutrality was discussed again in Russian–Ukrainian talks in Istanbul in March 2022, when Ukraine proposed a neutral, non-nuclear status in return for binding security guarantees from a group of states; the talks broke down. Russia has since named renunciation of NATO membership as a condition for ending the war.', uk: 'Neutrality was discussed again in Russian–Ukrainian talks in Istanbul in March 2022, when Ukraine proposed a neutral, non-nuclear status in return for binding security guarantees from a group of states; the talks broke down. Russia has since named renunciation of NATO membership as a condition for ending the war.' },
    { en: 'Austria and Switzerland are neutral states in Europe, but their neutrality arose in different circumstances. When Ukraine’s parliament dropped the non-bloc status in December 2014, it argued that the status had not protected the country from aggression.', uk: 'Austria and Switzerland are neutral states in Europe, but their neutrality arose in different circumstances. When Ukraine’s parliament dropped the non-bloc status in December 2014, it argued that the status had not protected the country from aggression.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske expected that Russia would demand Ukraine enshrine neutral status in its Constitution before hostilities end, and quoted commentator Vitaliy Portnikov as warning that otherwise Russia would continue military action.', uk: 'As of March 2025, hromadske expected that Russia would demand Ukraine enshrine neutral status in its Constitution before hostilities end, and quoted commentator Vitaliy Portnikov as warning that otherwise Russia would continue military action.' },
  },
  timeline: [
    {
      date: '1990-07-16',
      text: { en: 'Ukraine’s Declaration of State Sovereignty states the intention to become a permanently neutral state.', uk: 'Ukraine’s Declaration of State Sovereignty states the intention to become a permanently neutral state.' },
    },
    { date: '2010-07-01', text: { en: 'Ukraine’s parliament adopts a law establishing non-bloc status.', uk: 'Ukraine’s parliament adopts a law establishing non-bloc status.' } },
    { date: '2014-12-23', text: { en: 'Parliament abandons non-bloc status after the annexation of Crimea.', uk: 'Parliament abandons non-bloc status after the annexation of Crimea.' } },
    { date: '2019-02-07', text: { en: 'The aim of EU and NATO membership is enshrined in Ukraine’s Constitution.', uk: 'The aim of EU and NATO membership is enshrined in Ukraine’s Constitution.' } },
    {
      date: '2022-03-29',
      text: { en: 'At talks in Istanbul, Ukraine proposes neutral status in exchange for international security guarantees.', uk: 'At talks in Istanbul, Ukraine proposes neutral status in exchange for international security guarantees.' },
    },
    {
      date: '2024-06-14',
      text: { en: 'Putin names renunciation of NATO membership among Russia’s conditions for a ceasefire.', uk: 'Putin names renunciation of NATO membership among Russia’s conditions for a ceasefire.' },
    },
  ],
  positions: [P.putinJune2024Conditions, P.portnikovNeutralityDemand, P.zelenskyyNatoFirst],
  related: ['nato-membership', 'nato', 'peace-deal', 'security-guarantees', 'sphere-of-influence'],
  sources: [HROMADSKE_2025_03, KREMLIN_2024_06_14],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
