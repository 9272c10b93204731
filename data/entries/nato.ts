import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03, NORTH_ATLANTIC_TREATY } from '../sources';

export default {
  id: 'nato',
  kind: 'alliance',
  title: { en: 'NATO', uk: 'NATO' },
  aliases: [
    { text: 'NATO', lang: 'en', caseSensitive: true },
    { text: 'Nato', lang: 'en', caseSensitive: true },
    { text: 'North Atlantic Treaty Organization', lang: 'en' },
    { text: 'North Atlantic Treaty Organisation', lang: 'en' },
    { text: 'North Atlantic Alliance', lang: 'en' },
    { text: 'North Atlantic Treaty', lang: 'en' },
    { text: 'НАТО', lang: 'uk', inflect: false },
    { text: 'Організація Північноатлантичного договору', lang: 'uk' },
    { text: 'Північноатлантичний альянс', lang: 'uk' },
    { text: 'Организация Североатлантического договора', lang: 'ru' },
    { text: 'Североатлантический альянс', lang: 'ru' },
    { text: 'Nordatlantikpakt', lang: 'de' },
    { text: 'Sojusz Północnoatlantycki', lang: 'pl', stems: ['Sojusz', 'Północnoatlantyck'] },
    { text: 'Pakt Północnoatlantycki', lang: 'pl', stems: ['Pakt', 'Północnoatlantyck'] },
    { text: 'OTAN', lang: 'fr', caseSensitive: true },
    { text: "Organisation du traité de l'Atlantique nord", lang: 'fr' },
  ],
  summary:
    { en: 'The North Atlantic Treaty Organization, a political and military alliance founded in Washington in 1949, which now has 32 member states in Europe and North America. Its core is the collective defence commitment of Article 5. Ukraine seeks membership; Russia regards the alliance’s enlargement as a threat.', uk: 'The North Atlantic Treaty Organization, a political and military alliance founded in Washington in 1949, which now has 32 member states in Europe and North America. Its core is the collective defence commitment of Article 5. Ukraine seeks membership; Russia regards the alliance’s enlargement as a threat.' },
  background: [
    { en: 'Twelve states founded NATO on 4 April 1949. The alliance grew during the Cold War and, after 1999, took in many former Warsaw Pact states and three former Soviet republics; Finland joined in 2023 and Sweden in 2024, bringing membership to 32. Decisions are taken by consensus, and new members need the agreement of all existing ones.', uk: 'Twelve states founded NATO on 4 April 1949. The alliance grew during the Cold War and, after 1999, took in many former Warsaw Pact states and three former Soviet republics; Finland joined in 2023 and Sweden in 2024, bringing membership to 32. Decisions are taken by consensus, and new members need the agreement of all existing ones.' },
    { en: 'Besides the mutual-defence clause, NATO relies on nuclear deterrence: the United States, the United Kingdom and France are nuclear powers, and US nuclear weapons underpin the alliance’s deterrent. Russia has long described NATO enlargement as one of its chief grievances; the alliance says every country is free to choose its alliances.', uk: 'Besides the mutual-defence clause, NATO relies on nuclear deterrence: the United States, the United Kingdom and France are nuclear powers, and US nuclear weapons underpin the alliance’s deterrent. Russia has long described NATO enlargement as one of its chief grievances; the alliance says every country is free to choose its alliances.' },
    { en: 'At its 2008 Bucharest summit NATO declared that Ukraine and Georgia would become members, without setting a timetable. Ukraine applied for accelerated accession in September 2022.', uk: 'At its 2008 Bucharest summit NATO declared that Ukraine and Georgia would become members, without setting a timetable. Ukraine applied for accelerated accession in September 2022.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske reported that Ukraine still counted on NATO membership as its main security guarantee, while recent US statements showed Washington would not allow it and Russia repeatedly said it would not permit it. Ukrainian commentators also questioned how reliable NATO’s guarantee would be given the US stance.', uk: 'As of March 2025, hromadske reported that Ukraine still counted on NATO membership as its main security guarantee, while recent US statements showed Washington would not allow it and Russia repeatedly said it would not permit it. Ukrainian commentators also questioned how reliable NATO’s guarantee would be given the US stance.' },
  },
  timeline: [
    { date: '1949-04-04', text: { en: 'Twelve states sign the North Atlantic Treaty in Washington, founding NATO.', uk: 'Twelve states sign the North Atlantic Treaty in Washington, founding NATO.' } },
    { date: '1999-03-12', text: { en: 'Czechia, Hungary and Poland become the first former Warsaw Pact states to join.', uk: 'Czechia, Hungary and Poland become the first former Warsaw Pact states to join.' } },
    { date: '2001-09-12', text: { en: 'NATO invokes Article 5 for the first time, after the 11 September attacks.', uk: 'NATO invokes Article 5 for the first time, after the 11 September attacks.' } },
    { date: '2008-04-03', text: { en: 'Bucharest summit: NATO declares that Ukraine and Georgia will become members.', uk: 'Bucharest summit: NATO declares that Ukraine and Georgia will become members.' } },
    { date: '2022-09-30', text: { en: 'Ukraine applies for accelerated NATO membership.', uk: 'Ukraine applies for accelerated NATO membership.' } },
    { date: '2023-04-04', text: { en: 'Finland joins NATO.', uk: 'Finland joins NATO.' } },
    { date: '2024-03-07', text: { en: 'Sweden joins NATO, the 32nd member.', uk: 'Sweden joins NATO, the 32nd member.' } },
  ],
  positions: [
    P.zelenskyyNatoFirst,
    P.trumpNatoProvokedWar,
    P.lavrovTroopsUnacceptable,
    P.portnikovNoAbsoluteGuarantees,
    P.hrytsenkoConsensusRule,
    P.ohryzkoStrongArmyAndAllies,
  ],
  related: ['nato-article-5', 'nato-membership', 'deterrence', 'nuclear-umbrella', 'neutral-status', 'sphere-of-influence'],
  sources: [NORTH_ATLANTIC_TREATY, HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
