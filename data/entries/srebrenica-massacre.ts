import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'srebrenica-massacre',
  kind: 'event',
  title: { en: 'Srebrenica massacre (1995)', uk: 'Srebrenica massacre (1995)' },
  aliases: [
    { text: 'Srebrenica massacre', lang: 'en' },
    { text: 'Srebrenica genocide', lang: 'en' },
    { text: 'Srebrenica', lang: 'en' },
    // Polish declines the name (Srebrenicy, Srebrenicą); the stem covers those forms.
    { text: 'Srebrenica', lang: 'pl', stems: ['Srebrenic'] },
    { text: 'Сребрениця', lang: 'uk' },
    { text: 'Сребреница', lang: 'ru' },
  ],
  summary:
    { en: 'The killing of more than 8,000 Bosniak men and boys by Bosnian Serb forces after they captured the UN “safe area” of Srebrenica in Bosnia and Herzegovina in July 1995. Dutch UN peacekeepers stationed there did not prevent it. International courts have ruled it genocide.', uk: 'The killing of more than 8,000 Bosniak men and boys by Bosnian Serb forces after they captured the UN “safe area” of Srebrenica in Bosnia and Herzegovina in July 1995. Dutch UN peacekeepers stationed there did not prevent it. International courts have ruled it genocide.' },
  background: [
    { en: 'In April 1993 the UN Security Council declared the Bosniak enclave of Srebrenica a “safe area”. A lightly armed Dutch battalion (Dutchbat) of the UN Protection Force, UNPROFOR, was stationed there. On 11 July 1995 Bosnian Serb forces under Ratko Mladić took the town; in the following days they separated men and boys from women and killed more than 8,000 men and boys.', uk: 'In April 1993 the UN Security Council declared the Bosniak enclave of Srebrenica a “safe area”. A lightly armed Dutch battalion (Dutchbat) of the UN Protection Force, UNPROFOR, was stationed there. On 11 July 1995 Bosnian Serb forces under Ratko Mladić took the town; in the following days they separated men and boys from women and killed more than 8,000 men and boys.' },
    { en: 'The International Criminal Tribunal for the former Yugoslavia and the International Court of Justice both found that genocide was committed at Srebrenica. Bosnian Serb leaders Radovan Karadžić and Ratko Mladić were convicted of genocide. A 1999 UN report on the fall of Srebrenica acknowledged failures by the UN itself.', uk: 'The International Criminal Tribunal for the former Yugoslavia and the International Court of Justice both found that genocide was committed at Srebrenica. Bosnian Serb leaders Radovan Karadžić and Ratko Mladić were convicted of genocide. A 1999 UN report on the fall of Srebrenica acknowledged failures by the UN itself.' },
    { en: 'The Dutch peacekeepers were part of a UN mission, not a NATO force. Srebrenica is often cited as a warning that lightly armed peacekeepers without a mandate to fight cannot protect civilians from a determined attack.', uk: 'The Dutch peacekeepers were part of a UN mission, not a NATO force. Srebrenica is often cited as a warning that lightly armed peacekeepers without a mandate to fight cannot protect civilians from a determined attack.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, in hromadske’s article on guarantees for Ukraine, commentator Vitaliy Portnikov cited Srebrenica to argue that the value of a European peacekeeping contingent should not be overstated.', uk: 'As of March 2025, in hromadske’s article on guarantees for Ukraine, commentator Vitaliy Portnikov cited Srebrenica to argue that the value of a European peacekeeping contingent should not be overstated.' },
  },
  timeline: [
    { date: '1993-04-16', text: { en: 'UN Security Council resolution 819 declares Srebrenica a “safe area”.', uk: 'UN Security Council resolution 819 declares Srebrenica a “safe area”.' } },
    { date: '1995-07-11', text: { en: 'Bosnian Serb forces capture Srebrenica; the mass killings follow over the next days.', uk: 'Bosnian Serb forces capture Srebrenica; the mass killings follow over the next days.' } },
    { date: '1999-11-15', text: { en: 'A UN Secretary-General’s report on the fall of Srebrenica acknowledges the UN’s failures.', uk: 'A UN Secretary-General’s report on the fall of Srebrenica acknowledges the UN’s failures.' } },
    { date: '2004-04-19', text: { en: 'The ICTY Appeals Chamber confirms that genocide was committed at Srebrenica (Krstić case).', uk: 'The ICTY Appeals Chamber confirms that genocide was committed at Srebrenica (Krstić case).' } },
    {
      date: '2007-02-26',
      text: { en: 'The International Court of Justice rules that genocide occurred at Srebrenica and that Serbia failed to prevent it.', uk: 'The International Court of Justice rules that genocide occurred at Srebrenica and that Serbia failed to prevent it.' },
    },
    {
      date: '2024-05-23',
      text: { en: 'The UN General Assembly designates 11 July as the International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica.', uk: 'The UN General Assembly designates 11 July as the International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica.' },
    },
  ],
  positions: [P.portnikovPeacekeepersOverstated],
  related: ['peacekeepers', 'un-security-council'],
  sources: [
    { publisher: 'United Nations Security Council', title: 'Resolution 819 (1993)', date: '1993-04-16' },
    {
      publisher: 'United Nations',
      title: 'Report of the Secretary-General pursuant to General Assembly resolution 53/35: The fall of Srebrenica (A/54/549)',
      date: '1999-11-15',
    },
    {
      publisher: 'International Court of Justice',
      title:
        'Application of the Convention on the Prevention and Punishment of the Crime of Genocide (Bosnia and Herzegovina v. Serbia and Montenegro), Judgment',
      date: '2007-02-26',
    },
    HROMADSKE_2025_03,
  ],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
