import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { BUDAPEST_MEMORANDUM_TEXT, HROMADSKE_2025_03, UNGA_RES_68_262 } from '../sources';

export default {
  id: 'budapest-memorandum',
  kind: 'agreement',
  title: { en: 'Budapest Memorandum', uk: 'Budapest Memorandum' },
  aliases: [
    { text: 'Budapest Memorandum', lang: 'en' },
    { text: 'Budapest Memorandum on Security Assurances', lang: 'en' },
    { text: 'Memorandum of Budapest', lang: 'en' },
    { text: 'Budapest memo', lang: 'en' },
    { text: 'Memorandum on Security Assurances', lang: 'en' },
    // The formal titles, which contain the words for "security guarantees/assurances".
    { text: 'Меморандум про гарантії безпеки', lang: 'uk', stems: ['Меморандум', 'про', 'гарантії', 'безпеки'] },
    { text: 'Меморандум о гарантиях безопасности', lang: 'ru', stems: ['Меморандум', 'о', 'гарантиях', 'безопасности'] },
    { text: 'memorandum z Budapesztu', lang: 'pl', stems: ['memorandum', 'z', 'Budapesztu'] },
    { text: 'Будапештський меморандум', lang: 'uk' },
    { text: 'Будапештский меморандум', lang: 'ru' },
    { text: 'Budapester Memorandum', lang: 'de' },
    { text: 'Memorandum budapeszteńskie', lang: 'pl', stems: ['memorandum', 'budapeszteńsk'] },
    { text: 'mémorandum de Budapest', lang: 'fr' },
  ],
  summary:
    { en: 'A 1994 agreement in which Russia, the United States and the United Kingdom gave Ukraine security assurances, including respect for its borders, in return for Ukraine joining the Nuclear Non-Proliferation Treaty as a non-nuclear state and giving up the Soviet nuclear weapons left on its territory.', uk: 'A 1994 agreement in which Russia, the United States and the United Kingdom gave Ukraine security assurances, including respect for its borders, in return for Ukraine joining the Nuclear Non-Proliferation Treaty as a non-nuclear state and giving up the Soviet nuclear weapons left on its territory.' },
  background: [
    { en: "Ukraine, Russia, the United States and the United Kingdom signed the memorandum in Budapest on 5 December 1994, as Ukraine acceded to the Treaty on the Non-Proliferation of Nuclear Weapons. After the Soviet collapse Ukraine held the world's third-largest nuclear arsenal; it had transferred all of the warheads to Russia by June 1996. France and China gave Ukraine assurances in separate documents.", uk: "Ukraine, Russia, the United States and the United Kingdom signed the memorandum in Budapest on 5 December 1994, as Ukraine acceded to the Treaty on the Non-Proliferation of Nuclear Weapons. After the Soviet collapse Ukraine held the world's third-largest nuclear arsenal; it had transferred all of the warheads to Russia by June 1996. France and China gave Ukraine assurances in separate documents." },
    { en: 'The signatories undertook to respect Ukraine’s independence, sovereignty and existing borders, to refrain from the threat or use of force and from economic coercion against it, and to seek immediate UN Security Council action if Ukraine became the victim of aggression involving nuclear weapons. These are assurances, not guarantees: the text sets no obligation to defend Ukraine and no enforcement mechanism beyond consultations.', uk: 'The signatories undertook to respect Ukraine’s independence, sovereignty and existing borders, to refrain from the threat or use of force and from economic coercion against it, and to seek immediate UN Security Council action if Ukraine became the victim of aggression involving nuclear weapons. These are assurances, not guarantees: the text sets no obligation to defend Ukraine and no enforcement mechanism beyond consultations.' },
    { en: 'Ukraine, the United States and the United Kingdom regard Russia’s annexation of Crimea in 2014 and its full-scale invasion in 2022 as violations of the memorandum; Russia denies having breached it. In Ukrainian debate the document has become shorthand for promises that failed when tested, which is why Kyiv now asks for binding guarantees rather than assurances.', uk: 'Ukraine, the United States and the United Kingdom regard Russia’s annexation of Crimea in 2014 and its full-scale invasion in 2022 as violations of the memorandum; Russia denies having breached it. In Ukrainian debate the document has become shorthand for promises that failed when tested, which is why Kyiv now asks for binding guarantees rather than assurances.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, when hromadske’s article on guarantees appeared, the memorandum was the reference point in the debate on new guarantees for Ukraine: former foreign minister Volodymyr Ohryzko cited it as proof that even nuclear powers’ promises can be broken, and President Zelenskyy had raised the return of nuclear weapons as an alternative to NATO membership.', uk: 'As of March 2025, when hromadske’s article on guarantees appeared, the memorandum was the reference point in the debate on new guarantees for Ukraine: former foreign minister Volodymyr Ohryzko cited it as proof that even nuclear powers’ promises can be broken, and President Zelenskyy had raised the return of nuclear weapons as an alternative to NATO membership.' },
  },
  timeline: [
    { date: '1991-08-24', text: { en: 'Ukraine declares independence; Soviet nuclear weapons remain on its territory.', uk: 'Ukraine declares independence; Soviet nuclear weapons remain on its territory.' } },
    {
      date: '1992-05-23',
      text: { en: 'Lisbon Protocol: Ukraine, Belarus and Kazakhstan commit to join the Non-Proliferation Treaty as non-nuclear states.', uk: 'Lisbon Protocol: Ukraine, Belarus and Kazakhstan commit to join the Non-Proliferation Treaty as non-nuclear states.' },
    },
    {
      date: '1994-01-14',
      text: { en: 'The United States, Russia and Ukraine agree in a trilateral statement on the transfer of the warheads to Russia.', uk: 'The United States, Russia and Ukraine agree in a trilateral statement on the transfer of the warheads to Russia.' },
    },
    {
      date: '1994-12-05',
      text: { en: 'Memorandum signed in Budapest by Ukraine, Russia, the United States and the United Kingdom; Ukraine accedes to the NPT.', uk: 'Memorandum signed in Budapest by Ukraine, Russia, the United States and the United Kingdom; Ukraine accedes to the NPT.' },
    },
    { date: '1996-06', text: { en: 'The last nuclear warheads leave Ukraine for Russia.', uk: 'The last nuclear warheads leave Ukraine for Russia.' } },
    { date: '2014-03-18', text: { en: 'Russia annexes Crimea.', uk: 'Russia annexes Crimea.' } },
    {
      date: '2014-03-27',
      text: { en: 'The UN General Assembly adopts resolution 68/262 on the territorial integrity of Ukraine, which recalls the memorandum.', uk: 'The UN General Assembly adopts resolution 68/262 on the territorial integrity of Ukraine, which recalls the memorandum.' },
    },
    { date: '2022-02-24', text: { en: 'Russia launches its full-scale invasion of Ukraine.', uk: 'Russia launches its full-scale invasion of Ukraine.' } },
  ],
  positions: [P.ohryzkoBudapestLesson, P.zelenskyyNuclearWeapons, P.rubioNotRealistic],
  related: [
    'ukraine-nuclear-disarmament',
    'nuclear-non-proliferation-treaty',
    'security-guarantees',
    'crimea-annexation',
    'full-scale-invasion',
    'un-security-council',
    'for-nukes-fund',
  ],
  sources: [BUDAPEST_MEMORANDUM_TEXT, UNGA_RES_68_262, HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
