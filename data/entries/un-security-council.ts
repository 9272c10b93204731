import type { KbEntryInput } from '../schema';
import { BUDAPEST_MEMORANDUM_TEXT, UNGA_RES_68_262 } from '../sources';

export default {
  id: 'un-security-council',
  kind: 'organisation',
  title: { en: 'UN Security Council', uk: 'UN Security Council' },
  aliases: [
    { text: 'UN Security Council', lang: 'en' },
    { text: 'United Nations Security Council', lang: 'en' },
    { text: 'UNSC', lang: 'en', caseSensitive: true },
    { text: 'Security Council', lang: 'en', ambiguous: true },
    { text: 'Рада Безпеки ООН', lang: 'uk', stems: ['Рад', 'Безпеки', 'ООН'] },
    { text: 'Радбез ООН', lang: 'uk', stems: ['Радбез', 'ООН'] },
    { text: 'Совет Безопасности ООН', lang: 'ru', stems: ['Совет', 'Безопасности', 'ООН'] },
    { text: 'Совбез ООН', lang: 'ru', stems: ['Совбез', 'ООН'] },
    { text: 'UN-Sicherheitsrat', lang: 'de' },
    { text: 'Weltsicherheitsrat', lang: 'de' },
    { text: 'Rada Bezpieczeństwa ONZ', lang: 'pl', stems: ['Rad', 'Bezpieczeństwa', 'ONZ'] },
    { text: "Conseil de sécurité de l'ONU", lang: 'fr' },
    { text: 'Conseil de sécurité des Nations unies', lang: 'fr' },
  ],
  // "Security Council" alone is also the name of national bodies (Russia's, Ukraine's, the US NSC).
  disambiguation: {
    anyOf: [
      'United Nations',
      'Nations unies',
      'Vereinte Nationen',
      'ООН',
      'ONZ',
      'ONU',
      'veto',
      'resolution',
      'резолюц*',
      'rezolucj*',
      'permanent member',
      'General Assembly',
      'Guterres',
    ],
    noneOf: ['National Security Council', 'Russian Security Council', "Russia's Security Council", 'Security Council of Russia', 'Medvedev', 'NSDC'],
    window: 250,
  },
  summary:
    { en: 'The UN body responsible for international peace and security, with 15 members. Its five permanent members, China, France, Russia, the United Kingdom and the United States, each hold a veto, which lets Russia block binding decisions on its own war against Ukraine.', uk: 'The UN body responsible for international peace and security, with 15 members. Its five permanent members, China, France, Russia, the United Kingdom and the United States, each hold a veto, which lets Russia block binding decisions on its own war against Ukraine.' },
  background: [
    { en: 'Under the UN Charter, which entered into force on 24 October 1945, the Security Council can impose sanctions and authorise the use of force, and its decisions bind all UN members. Ten non-permanent members are elected for two-year terms; the five permanent members can veto any substantive resolution.', uk: 'Under the UN Charter, which entered into force on 24 October 1945, the Security Council can impose sanctions and authorise the use of force, and its decisions bind all UN members. Ten non-permanent members are elected for two-year terms; the five permanent members can veto any substantive resolution.' },
    { en: 'In the 1994 Budapest Memorandum, Russia, the US and the UK promised to seek immediate Security Council action to assist Ukraine if it became the victim of aggression with nuclear weapons. Because Russia is a permanent member, the Council has been unable to act against Russia’s own actions: Russia vetoed drafts on Crimea in 2014 and on the invasion in 2022, and the General Assembly, where no veto applies, adopted non-binding resolutions instead.', uk: 'In the 1994 Budapest Memorandum, Russia, the US and the UK promised to seek immediate Security Council action to assist Ukraine if it became the victim of aggression with nuclear weapons. Because Russia is a permanent member, the Council has been unable to act against Russia’s own actions: Russia vetoed drafts on Crimea in 2014 and on the invasion in 2022, and the General Assembly, where no veto applies, adopted non-binding resolutions instead.' },
    { en: 'The Council did endorse the Minsk II package of measures in 2015. In February 2025 it adopted a US-drafted resolution calling for a swift end to the conflict without naming Russia as the aggressor.', uk: 'The Council did endorse the Minsk II package of measures in 2015. In February 2025 it adopted a US-drafted resolution calling for a swift end to the conflict without naming Russia as the aggressor.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, the Council had just adopted its first substantive resolution on the war since the full-scale invasion (resolution 2774, 24 February 2025), a US-drafted text calling for a swift end to the conflict that did not name Russia as the aggressor. Russia’s veto means the Council cannot itself enforce guarantees for Ukraine against Russia.', uk: 'As of March 2025, the Council had just adopted its first substantive resolution on the war since the full-scale invasion (resolution 2774, 24 February 2025), a US-drafted text calling for a swift end to the conflict that did not name Russia as the aggressor. Russia’s veto means the Council cannot itself enforce guarantees for Ukraine against Russia.' },
  },
  timeline: [
    { date: '1945-10-24', text: { en: 'The UN Charter enters into force, establishing the Security Council.', uk: 'The UN Charter enters into force, establishing the Security Council.' } },
    { date: '1993-04-16', text: { en: 'Resolution 819 declares Srebrenica a “safe area”.', uk: 'Resolution 819 declares Srebrenica a “safe area”.' } },
    { date: '2014-03-15', text: { en: 'Russia vetoes a draft resolution on the planned referendum in Crimea.', uk: 'Russia vetoes a draft resolution on the planned referendum in Crimea.' } },
    { date: '2015-02-17', text: { en: 'Resolution 2202 endorses the Minsk II package of measures.', uk: 'Resolution 2202 endorses the Minsk II package of measures.' } },
    { date: '2022-02-25', text: { en: 'Russia vetoes a draft resolution deploring its invasion of Ukraine.', uk: 'Russia vetoes a draft resolution deploring its invasion of Ukraine.' } },
    {
      date: '2025-02-24',
      text: { en: 'The Council adopts resolution 2774, a US-drafted text calling for a swift end to the conflict, without naming Russia as the aggressor.', uk: 'The Council adopts resolution 2774, a US-drafted text calling for a swift end to the conflict, without naming Russia as the aggressor.' },
    },
  ],
  related: ['budapest-memorandum', 'crimea-annexation', 'full-scale-invasion', 'minsk-agreements', 'srebrenica-massacre', 'peacekeepers'],
  sources: [
    { publisher: 'United Nations', title: 'Charter of the United Nations', date: '1945-06-26', url: 'https://www.un.org/en/about-us/un-charter' },
    BUDAPEST_MEMORANDUM_TEXT,
    UNGA_RES_68_262,
  ],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
