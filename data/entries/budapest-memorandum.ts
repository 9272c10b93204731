import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { BUDAPEST_MEMORANDUM_TEXT, HROMADSKE_2025_03, UNGA_RES_68_262 } from '../sources';

export default {
  id: 'budapest-memorandum',
  kind: 'agreement',
  title: { en: 'Budapest Memorandum', uk: 'Будапештський меморандум' },
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
    { en: 'A 1994 agreement in which Russia, the United States and the United Kingdom gave Ukraine security assurances, including respect for its borders, in return for Ukraine joining the Nuclear Non-Proliferation Treaty as a non-nuclear state and giving up the Soviet nuclear weapons left on its territory.', uk: 'Угода 1994 року, за якою Росія, США і Велика Британія надали Україні запевнення безпеки, зокрема зобов’язалися поважати її кордони, в обмін на приєднання України до Договору про нерозповсюдження ядерної зброї як без’ядерної держави і відмову від радянської ядерної зброї, що залишилася на її території.' },
  background: [
    { en: 'Ukraine, Russia, the United States and the United Kingdom signed the memorandum in Budapest on 5 December 1994, as Ukraine acceded to the Treaty on the Non-Proliferation of Nuclear Weapons. After the Soviet collapse Ukraine held the world\'s third-largest nuclear arsenal; it had transferred all of the warheads to Russia by June 1996. France and China gave Ukraine assurances in separate documents.', uk: 'Україна, Росія, США і Велика Британія підписали меморандум у Будапешті 5 грудня 1994 року, коли Україна приєдналася до Договору про нерозповсюдження ядерної зброї. Після розпаду СРСР Україна мала третій за розміром ядерний арсенал у світі; до червня 1996 року всі боєголовки було передано Росії. Франція і Китай надали Україні запевнення в окремих документах.' },
    { en: 'The signatories undertook to respect Ukraine’s independence, sovereignty and existing borders, to refrain from the threat or use of force and from economic coercion against it, and to seek immediate UN Security Council action if Ukraine became the victim of aggression involving nuclear weapons. These are assurances, not guarantees: the text sets no obligation to defend Ukraine and no enforcement mechanism beyond consultations.', uk: 'Держави-підписантки зобов’язалися поважати незалежність, суверенітет та існуючі кордони України, утримуватися від загрози силою чи її застосування та від економічного примусу, а також домагатися негайних дій Ради Безпеки ООН, якщо Україна стане жертвою агресії із застосуванням ядерної зброї. Це запевнення, а не гарантії: текст не зобов’язує захищати Україну й не передбачає жодного механізму виконання, крім консультацій.' },
    { en: 'Ukraine, the United States and the United Kingdom regard Russia’s annexation of Crimea in 2014 and its full-scale invasion in 2022 as violations of the memorandum; Russia denies having breached it. In Ukrainian debate the document has become shorthand for promises that failed when tested, which is why Kyiv now asks for binding guarantees rather than assurances.', uk: 'Україна, США і Велика Британія вважають здійснену Росією анексію Криму 2014 року і повномасштабне вторгнення 2022 року порушенням меморандуму; Росія це заперечує. В українській дискусії документ став символом обіцянок, які не витримали перевірки, — тож тепер Київ вимагає обов’язкових гарантій, а не запевнень.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, when hromadske’s article on guarantees appeared, the memorandum was the reference point in the debate on new guarantees for Ukraine: former foreign minister Volodymyr Ohryzko cited it as proof that even nuclear powers’ promises can be broken, and President Zelenskyy had raised the return of nuclear weapons as an alternative to NATO membership.', uk: 'Станом на березень 2025 року, коли вийшла стаття hromadske про гарантії, меморандум був точкою відліку в дискусії про нові гарантії для України: колишній міністр закордонних справ Володимир Огризко наводив його як доказ того, що навіть обіцянки ядерних держав можуть бути порушені, а президент Зеленський назвав повернення ядерної зброї альтернативою членству в НАТО.' },
  },
  timeline: [
    { date: '1991-08-24', text: { en: 'Ukraine declares independence; Soviet nuclear weapons remain on its territory.', uk: 'Україна проголошує незалежність; на її території залишається радянська ядерна зброя.' } },
    {
      date: '1992-05-23',
      text: { en: 'Lisbon Protocol: Ukraine, Belarus and Kazakhstan commit to join the Non-Proliferation Treaty as non-nuclear states.', uk: 'Лісабонський протокол: Україна, Білорусь і Казахстан зобов’язуються приєднатися до Договору про нерозповсюдження ядерної зброї як без’ядерні держави.' },
    },
    {
      date: '1994-01-14',
      text: { en: 'The United States, Russia and Ukraine agree in a trilateral statement on the transfer of the warheads to Russia.', uk: 'США, Росія та Україна в тристоронній заяві домовляються про передачу боєголовок Росії.' },
    },
    {
      date: '1994-12-05',
      text: { en: 'Memorandum signed in Budapest by Ukraine, Russia, the United States and the United Kingdom; Ukraine accedes to the NPT.', uk: 'Україна, Росія, США і Велика Британія підписують меморандум у Будапешті; Україна приєднується до ДНЯЗ.' },
    },
    { date: '1996-06', text: { en: 'The last nuclear warheads leave Ukraine for Russia.', uk: 'Останні ядерні боєголовки вивезено з України до Росії.' } },
    { date: '2014-03-18', text: { en: 'Russia annexes Crimea.', uk: 'Росія анексує Крим.' } },
    {
      date: '2014-03-27',
      text: { en: 'The UN General Assembly adopts resolution 68/262 on the territorial integrity of Ukraine, which recalls the memorandum.', uk: 'Генасамблея ООН ухвалює резолюцію 68/262 про територіальну цілісність України, у якій згадано меморандум.' },
    },
    { date: '2022-02-24', text: { en: 'Russia launches its full-scale invasion of Ukraine.', uk: 'Росія розпочинає повномасштабне вторгнення в Україну.' } },
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
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
