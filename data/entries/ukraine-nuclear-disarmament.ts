import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { BUDAPEST_MEMORANDUM_TEXT, HROMADSKE_2025_03, NPT_TEXT } from '../sources';

export default {
  id: 'ukraine-nuclear-disarmament',
  kind: 'event',
  title: { en: 'Ukraine’s nuclear disarmament', uk: 'Ядерне роззброєння України' },
  aliases: [
    { text: 'nuclear disarmament of Ukraine', lang: 'en' },
    { text: "Ukraine's nuclear disarmament", lang: 'en' },
    { text: 'Ukrainian nuclear disarmament', lang: 'en' },
    { text: 'denuclearization of Ukraine', lang: 'en' },
    { text: 'denuclearisation of Ukraine', lang: 'en' },
    { text: "Ukraine's nuclear arsenal", lang: 'en' },
    { text: 'Lisbon Protocol', lang: 'en' },
    { text: 'ядерне роззброєння України', lang: 'uk', stems: ['ядерн', 'роззброєнн', 'України'] },
    { text: 'ядерное разоружение Украины', lang: 'ru', stems: ['ядерн', 'разоружени', 'Украины'] },
    { text: 'nukleare Abrüstung der Ukraine', lang: 'de' },
    { text: 'denuklearyzacja Ukrainy', lang: 'pl', stems: ['denuklearyzacj', 'Ukrainy'] },
  ],
  summary:
    { en: 'The process, completed in 1996, by which Ukraine gave up the Soviet nuclear weapons left on its territory, then the world’s third-largest arsenal. Ukraine sent the warheads to Russia and joined the Non-Proliferation Treaty in return for security assurances in the 1994 Budapest Memorandum and economic help.', uk: 'Процес ядерного роззброєння, завершений 1996 року: Україна відмовилася від радянської ядерної зброї, що залишилася на її території, — тоді третього за розміром арсеналу у світі. Україна передала боєголовки Росії й приєдналася до Договору про нерозповсюдження ядерної зброї в обмін на запевнення безпеки в Будапештському меморандумі 1994 року та економічну допомогу.' },
  background: [
    { en: 'When the Soviet Union broke up in 1991, strategic and tactical nuclear weapons remained in Ukraine, Belarus and Kazakhstan. Operational control stayed with Moscow, but Ukraine held the world’s third-largest arsenal on its soil. In its 1990 Declaration of State Sovereignty Ukraine had already stated its intention to become a non-nuclear state.', uk: 'Коли 1991 року розпався Радянський Союз, стратегічна й тактична ядерна зброя залишилася в Україні, Білорусі та Казахстані. Оперативний контроль зберігала Москва, але на українській землі був третій за розміром арсенал у світі. Ще в Декларації про державний суверенітет 1990 року Україна заявила про намір стати без’ядерною державою.' },
    { en: 'Under the 1992 Lisbon Protocol Ukraine committed to join the Non-Proliferation Treaty as a non-nuclear state. A trilateral statement with the United States and Russia in January 1994 set out the transfer of the warheads to Russia in exchange for compensation and assistance; at the Budapest summit in December 1994 Ukraine acceded to the treaty and received security assurances. The last warheads left Ukraine in June 1996.', uk: 'За Лісабонським протоколом 1992 року Україна зобов’язалася приєднатися до Договору про нерозповсюдження як без’ядерна держава. Тристороння заява зі США та Росією в січні 1994 року передбачала передачу боєголовок Росії в обмін на компенсацію і допомогу; на Будапештському саміті в грудні 1994 року Україна приєдналася до договору й отримала запевнення безпеки. Останні боєголовки вивезли з України в червні 1996 року.' },
    { en: 'After Russia’s annexation of Crimea and its full-scale invasion, the decision is widely debated in Ukraine as a lesson that assurances were not enough. Regaining nuclear weapons would require Ukraine to withdraw from the Non-Proliferation Treaty.', uk: 'Після анексії Криму і повномасштабного вторгнення в Україні це рішення широко обговорюють як урок того, що запевнень виявилося замало. Щоб знову отримати ядерну зброю, Україні довелося б вийти з Договору про нерозповсюдження.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, per hromadske: in early February Zelenskyy said “Give us back our nuclear weapons” as an alternative to NATO membership, and a fund named “For Nukes” raised money for military needs. US Secretary of State Marco Rubio called the demand unrealistic.', uk: 'Станом на березень 2025 року, за даними hromadske, на початку лютого Зеленський закликав повернути Україні ядерну зброю як альтернативу членству в НАТО, а фонд «For Nukes» збирав гроші на військові потреби. Держсекретар США Марко Рубіо назвав таку вимогу нереалістичною.' },
  },
  timeline: [
    { date: '1990-07-16', text: { en: 'Ukraine’s Declaration of State Sovereignty states its intention to become a non-nuclear state.', uk: 'Декларація про державний суверенітет України проголошує намір стати без’ядерною державою.' } },
    {
      date: '1992-05-23',
      text: { en: 'Lisbon Protocol: Ukraine, Belarus and Kazakhstan commit to join the Non-Proliferation Treaty as non-nuclear states.', uk: 'Лісабонський протокол: Україна, Білорусь і Казахстан зобов’язуються приєднатися до Договору про нерозповсюдження ядерної зброї як без’ядерні держави.' },
    },
    {
      date: '1994-01-14',
      text: { en: 'The United States, Russia and Ukraine sign a trilateral statement on transferring the warheads to Russia.', uk: 'США, Росія та Україна підписують тристоронню заяву про передачу боєголовок Росії.' },
    },
    { date: '1994-12-05', text: { en: 'Ukraine accedes to the NPT and receives assurances in the Budapest Memorandum.', uk: 'Україна приєднується до ДНЯЗ і отримує запевнення в Будапештському меморандумі.' } },
    { date: '1996-06', text: { en: 'The last nuclear warheads are transferred from Ukraine to Russia.', uk: 'Останні ядерні боєголовки передано з України до Росії.' } },
    { date: '2025-02', text: { en: 'Zelenskyy raises the return of nuclear weapons as an alternative to NATO membership.', uk: 'Зеленський називає повернення ядерної зброї альтернативою членству в НАТО.' } },
  ],
  positions: [
    P.zelenskyyNuclearWeapons,
    P.rubioNotRealistic,
    P.portnikovNuclearClub,
    P.ohryzkoBudapestLesson,
  ],
  related: [
    'budapest-memorandum',
    'nuclear-non-proliferation-treaty',
    'for-nukes-fund',
    'nuclear-umbrella',
    'security-guarantees',
  ],
  sources: [BUDAPEST_MEMORANDUM_TEXT, NPT_TEXT, HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
