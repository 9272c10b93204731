import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'peacekeepers',
  kind: 'concept',
  title: { en: 'Peacekeepers', uk: 'Peacekeepers' },
  aliases: [
    { text: 'peacekeeper', lang: 'en' },
    { text: 'peacekeeping', lang: 'en' },
    { text: 'peacekeeping force', lang: 'en' },
    { text: 'peacekeeping contingent', lang: 'en' },
    { text: 'peacekeeping mission', lang: 'en' },
    { text: 'reassurance force', lang: 'en' },
    { text: 'миротворці', lang: 'uk', stems: ['миротвор'] },
    { text: 'миротворець', lang: 'uk', inflect: false },
    { text: 'миротворчий контингент', lang: 'uk' },
    { text: 'миротворча місія', lang: 'uk' },
    { text: 'миротворцы', lang: 'ru', stems: ['миротвор'] },
    { text: 'миротворец', lang: 'ru', inflect: false },
    { text: 'миротворческий контингент', lang: 'ru' },
    { text: 'миротворческая миссия', lang: 'ru' },
    { text: 'Friedenstruppe', lang: 'de' },
    { text: 'Blauhelme', lang: 'de', stems: ['Blauhelm'] },
    { text: 'siły pokojowe', lang: 'pl', stems: ['sił', 'pokojow'] },
    { text: 'misja pokojowa', lang: 'pl', stems: ['misj', 'pokojow'] },
    { text: 'casques bleus', lang: 'fr' },
    { text: 'force de maintien de la paix', lang: 'fr' },
  ],
  summary:
    { en: 'Troops or police deployed to monitor or secure a ceasefire or peace agreement. In the 2025 debate on Ukraine the word is used for a European-led contingent that could be stationed in Ukraine after a deal; its size, mandate and acceptance by Russia are disputed.', uk: 'Troops or police deployed to monitor or secure a ceasefire or peace agreement. In the 2025 debate on Ukraine the word is used for a European-led contingent that could be stationed in Ukraine after a deal; its size, mandate and acceptance by Russia are disputed.' },
  background: [
    { en: 'Classic UN peacekeeping rests on three principles: consent of the parties, impartiality, and no use of force except in self-defence and defence of the mandate. Such missions can monitor a ceasefire line but are not designed to fight off a determined attack.', uk: 'Classic UN peacekeeping rests on three principles: consent of the parties, impartiality, and no use of force except in self-defence and defence of the mandate. Such missions can monitor a ceasefire line but are not designed to fight off a determined attack.' },
    { en: 'History shows the limits. In July 1995 at Srebrenica, a UN-declared safe area in Bosnia and Herzegovina, lightly armed Dutch UN peacekeepers (Dutchbat, part of UNPROFOR) could not stop Bosnian Serb forces from taking the enclave; more than 8,000 Bosniak men and boys were then killed.', uk: 'History shows the limits. In July 1995 at Srebrenica, a UN-declared safe area in Bosnia and Herzegovina, lightly armed Dutch UN peacekeepers (Dutchbat, part of UNPROFOR) could not stop Bosnian Serb forces from taking the enclave; more than 8,000 Bosniak men and boys were then killed.' },
    { en: 'The force discussed for Ukraine in 2025 is different in kind: a European-led contingent, proposed by the UK and France and sometimes called a “reassurance force”, meant to make a renewed Russian attack costlier after a ceasefire. Open questions include whether troops would stand near the contact line or further west, how many countries would take part, and whether Russia would accept any deployment.', uk: 'The force discussed for Ukraine in 2025 is different in kind: a European-led contingent, proposed by the UK and France and sometimes called a “reassurance force”, meant to make a renewed Russian attack costlier after a ceasefire. Open questions include whether troops would stand near the contact line or further west, how many countries would take part, and whether Russia would accept any deployment.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, per hromadske: UK Prime Minister Keir Starmer said the UK would deploy a contingent to safeguard a peace agreement, French minister Éric Lombard said France and other European nations were ready to send troops, while Romania’s prime minister said his country would not take part. Zelenskyy had cited a need for 100,000–200,000 troops; The Guardian, citing sources, reported a European-led force might number “several tens of thousands” or fewer. Russia’s foreign minister called NATO troops in Ukraine unacceptable.', uk: 'As of March 2025, per hromadske: UK Prime Minister Keir Starmer said the UK would deploy a contingent to safeguard a peace agreement, French minister Éric Lombard said France and other European nations were ready to send troops, while Romania’s prime minister said his country would not take part. Zelenskyy had cited a need for 100,000–200,000 troops; The Guardian, citing sources, reported a European-led force might number “several tens of thousands” or fewer. Russia’s foreign minister called NATO troops in Ukraine unacceptable.' },
  },
  timeline: [
    { date: '1948-05-29', text: { en: 'The first UN peacekeeping mission, the UN Truce Supervision Organization, is set up in the Middle East.', uk: 'The first UN peacekeeping mission, the UN Truce Supervision Organization, is set up in the Middle East.' } },
    { date: '1993-04-16', text: { en: 'UN Security Council resolution 819 declares Srebrenica a “safe area”.', uk: 'UN Security Council resolution 819 declares Srebrenica a “safe area”.' } },
    {
      date: '1995-07-11',
      text: { en: 'Bosnian Serb forces overrun Srebrenica despite the presence of Dutch UN peacekeepers; the killings of more than 8,000 Bosniak men and boys follow.', uk: 'Bosnian Serb forces overrun Srebrenica despite the presence of Dutch UN peacekeepers; the killings of more than 8,000 Bosniak men and boys follow.' },
    },
    { date: '2025-01', text: { en: 'Zelenskyy cites a need for 200,000 foreign peacekeepers.', uk: 'Zelenskyy cites a need for 200,000 foreign peacekeepers.' } },
    { date: '2025-02', text: { en: 'Zelenskyy cites a need for 100,000 peacekeepers.', uk: 'Zelenskyy cites a need for 100,000 peacekeepers.' } },
    {
      date: '2025-03-02',
      text: { en: 'At a summit in London, Keir Starmer announces a “coalition of the willing” to defend a future deal in Ukraine.', uk: 'At a summit in London, Keir Starmer announces a “coalition of the willing” to defend a future deal in Ukraine.' },
    },
  ],
  positions: [
    P.starmerCoalition,
    P.lombardTroops,
    P.zelenskyyPeacekeeperNumbers,
    P.lavrovTroopsUnacceptable,
    P.waltzTradeOff,
    P.hrytsenkoTokenContingent,
    P.hrytsenkoRussiaRejectsContingent,
    P.portnikovPeacekeepersOverstated,
  ],
  related: [
    'coalition-of-the-willing',
    'srebrenica-massacre',
    'security-guarantees',
    'peace-deal',
    'escalation',
    'un-security-council',
  ],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
