import type { KbEntryInput } from '../schema';

export default {
  id: 'nuclear-sharing',
  kind: 'concept',
  title: { en: 'Nuclear sharing', uk: 'Ядерний шерінг' },
  aliases: [
    { text: 'nuclear sharing', lang: 'en' },
    { text: 'NATO nuclear sharing', lang: 'en' },
    { text: 'nuclear-sharing arrangements', lang: 'en' },
    { text: 'ядерний шерінг', lang: 'uk', stems: ['ядерн', 'шерінг'] },
    { text: 'ядерный шеринг', lang: 'ru', stems: ['ядерн', 'шеринг'] },
    { text: 'nukleare Teilhabe', lang: 'de', stems: ['nuklear', 'Teilhabe'] },
    { text: 'Nuclear Sharing', lang: 'pl' },
    { text: 'partage nucléaire', lang: 'fr' },
  ],
  summary: {
    en: 'NATO’s arrangement under which US nuclear bombs are stored in some European member states and would, in war and with US authorisation, be delivered by those allies’ aircraft. Russia has set up a comparable arrangement with Belarus, and Poland has repeatedly asked to take part in NATO’s.',
    uk: 'Механізм НАТО, за яким американські ядерні бомби зберігаються в кількох європейських державах-членах і у разі війни, з дозволу США, їх доставлятимуть літаки цих союзників. Росія створила подібний механізм із Білоруссю, а Польща неодноразово просила долучити її до механізму НАТО.',
  },
  background: [
    {
      en: 'Nuclear sharing dates from the Cold War. The weapons remain under US custody in peacetime; allies provide dual-capable aircraft and take part in nuclear planning through NATO’s Nuclear Planning Group. NATO does not publish where the weapons are; independent researchers such as the Federation of American Scientists list bases in Belgium, Germany, Italy, the Netherlands and Turkey. Russia argues the arrangement breaches the Non-Proliferation Treaty; NATO says it is consistent with it.',
      uk: 'Ядерний шерінг існує з часів холодної війни. У мирний час зброя лишається під охороною США; союзники надають літаки подвійного призначення й беруть участь у ядерному плануванні через Групу ядерного планування НАТО. НАТО не розголошує, де зберігається зброя; незалежні дослідники, як-от Федерація американських науковців, називають бази в Бельгії, Німеччині, Італії, Нідерландах і Туреччині. Росія вважає цей механізм порушенням Договору про нерозповсюдження, НАТО — що він йому відповідає.',
    },
    {
      en: 'In March 2023 Putin announced that Russian tactical nuclear weapons would be stationed in Belarus, citing NATO’s practice. After French President Emmanuel Macron offered on 5 March 2025 to open a debate on protecting European allies with France’s deterrent, Polish leaders called for Poland to be more closely involved in nuclear deterrence, and President Andrzej Duda urged the United States to station nuclear weapons in Poland.',
      uk: 'У березні 2023 року Путін оголосив про розміщення російської тактичної ядерної зброї в Білорусі, посилаючись на практику НАТО. Після того як президент Франції Емманюель Макрон 5 березня 2025 року запропонував відкрити дискусію про захист європейських союзників французьким ядерним потенціалом, польські лідери закликали до тіснішої участі Польщі в ядерному стримуванні, а президент Анджей Дуда закликав США розмістити ядерну зброю в Польщі.',
    },
  ],
  whyNow: {
    asOf: '2025-03',
    text: {
      en: 'As of March 2025, with doubts about US commitments to Europe, European governments were debating whether French or British nuclear forces could cover allies, and whether more countries, Poland among them, should join sharing arrangements.',
      uk: 'Станом на березень 2025 року, на тлі сумнівів щодо зобов’язань США перед Європою, європейські уряди обговорювали, чи можуть французькі або британські ядерні сили захистити союзників і чи варто більшій кількості країн, зокрема Польщі, долучитися до механізмів шерінгу.',
    },
  },
  timeline: [
    { date: '2023-03-25', text: { en: 'Putin announces tactical nuclear weapons will be stationed in Belarus.', uk: 'Путін оголошує про розміщення тактичної ядерної зброї в Білорусі.' } },
    { date: '2025-03-05', text: { en: 'Macron offers a debate on extending France’s deterrent to European allies.', uk: 'Макрон пропонує дискусію про поширення французького ядерного стримування на європейських союзників.' } },
    { date: '2025-03-07', text: { en: 'Donald Tusk tells the Sejm that Poland should seek modern capabilities, including those related to nuclear weapons.', uk: 'Дональд Туск заявляє в Сеймі, що Польща має прагнути сучасних спроможностей, зокрема пов’язаних із ядерною зброєю.' } },
  ],
  related: ['nuclear-umbrella', 'deterrence', 'nato', 'russian-nuclear-doctrine', 'nuclear-non-proliferation-treaty', 'emmanuel-macron', 'donald-tusk'],
  sources: [
    { publisher: 'NATO', title: 'NATO’s nuclear deterrence policy and forces' },
    { publisher: 'Federation of American Scientists', title: 'Status of World Nuclear Forces' },
    { publisher: 'Élysée', title: 'Address to the Nation by the President of the Republic', date: '2025-03-05' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
