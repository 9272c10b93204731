import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { BUDAPEST_MEMORANDUM_TEXT, HROMADSKE_2025_03, NPT_TEXT } from '../sources';

export default {
  id: 'nuclear-non-proliferation-treaty',
  kind: 'agreement',
  title: { en: 'Nuclear Non-Proliferation Treaty (NPT)', uk: 'Договір про нерозповсюдження ядерної зброї (ДНЯЗ)' },
  aliases: [
    { text: 'Non-Proliferation Treaty', lang: 'en' },
    { text: 'Nuclear Non-Proliferation Treaty', lang: 'en' },
    { text: 'Treaty on the Non-Proliferation of Nuclear Weapons', lang: 'en' },
    { text: 'NPT', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Договір про нерозповсюдження ядерної зброї', lang: 'uk', stems: ['Догов', 'про', 'нерозповсюдження', 'ядерної', 'зброї'] },
    { text: 'ДНЯЗ', lang: 'uk', caseSensitive: true, inflect: false },
    { text: 'Договор о нераспространении ядерного оружия', lang: 'ru', stems: ['Договор', 'о', 'нераспространении', 'ядерного', 'оружия'] },
    { text: 'ДНЯО', lang: 'ru', caseSensitive: true, inflect: false },
    { text: 'Atomwaffensperrvertrag', lang: 'de' },
    { text: 'Układ o nierozprzestrzenianiu broni jądrowej', lang: 'pl', stems: ['Układ', 'o', 'nierozprzestrzenianiu', 'broni', 'jądrowej'] },
    { text: 'Traité sur la non-prolifération des armes nucléaires', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: ['nuclear', 'treaty', 'proliferation', 'weapon', 'IAEA', 'disarmament', 'arsenal', 'warhead'],
    noneOf: [],
    window: 250,
  },
  summary:
    { en: 'The 1968 treaty that recognises five nuclear-weapon states and commits all other parties not to acquire nuclear weapons, in exchange for access to peaceful nuclear energy and a pledge of disarmament talks. Ukraine joined in 1994 as a non-nuclear state after giving up the Soviet arsenal on its territory.', uk: 'Договір 1968 року, який визнає п’ять ядерних держав і зобов’язує всіх інших учасників не набувати ядерної зброї в обмін на доступ до мирної ядерної енергетики та обіцянку переговорів про роззброєння. Україна приєдналася до нього 1994 року як без’ядерна держава, відмовившись від радянського арсеналу на своїй території.' },
  background: [
    { en: 'The treaty opened for signature on 1 July 1968 and entered into force on 5 March 1970. It recognises as nuclear-weapon states those that had tested a nuclear device before 1967: the United States, the Soviet Union (now Russia), the United Kingdom, France and China. In 1995 the parties extended it indefinitely.', uk: 'Договір відкрили для підписання 1 липня 1968 року, чинності він набрав 5 березня 1970 року. Ядерними державами він визнає ті, що випробували ядерний пристрій до 1967 року: США, Радянський Союз (нині Росію), Велику Британію, Францію і Китай. У 1995 році учасники продовжили його дію безстроково.' },
    { en: 'Non-nuclear parties accept inspections by the International Atomic Energy Agency. A party may withdraw with three months’ notice if it decides that extraordinary events have jeopardised its supreme interests; North Korea is the only state to have announced its withdrawal.', uk: 'Без’ядерні учасники погоджуються на інспекції Міжнародного агентства з атомної енергії. Держава може вийти з договору, попередивши за три місяці, якщо вирішить, що надзвичайні події поставили під загрозу її найвищі інтереси; оголосила про вихід лише Північна Корея.' },
    { en: 'Ukraine’s accession in December 1994, together with the Budapest Memorandum, completed its renunciation of nuclear weapons. Calls in Ukraine to regain them would require leaving the treaty.', uk: 'Приєднання України в грудні 1994 року разом із Будапештським меморандумом завершило її відмову від ядерної зброї. Щоб знову її отримати, як до цього закликають деякі в Україні, довелося б вийти з договору.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, after Zelenskyy’s remark about getting nuclear weapons back, US Secretary of State Marco Rubio said the world needed fewer nuclear-armed countries, and commentator Vitaliy Portnikov warned that Ukraine would face sanctions from all major powers at once.', uk: 'Станом на березень 2025 року, після слів Зеленського про повернення ядерної зброї, держсекретар США Марко Рубіо заявив, що світу потрібно менше країн із ядерною зброєю, а оглядач Віталій Портников застеріг, що Україна опинилася б під санкціями всіх великих держав одночасно.' },
  },
  timeline: [
    { date: '1968-07-01', text: { en: 'The treaty opens for signature.', uk: 'Договір відкрито для підписання.' } },
    { date: '1970-03-05', text: { en: 'The treaty enters into force.', uk: 'Договір набирає чинності.' } },
    { date: '1994-12-05', text: { en: 'Ukraine accedes to the treaty as a non-nuclear-weapon state.', uk: 'Україна приєднується до договору як без’ядерна держава.' } },
    { date: '1995-05-11', text: { en: 'The parties extend the treaty indefinitely.', uk: 'Учасники продовжують дію договору безстроково.' } },
    { date: '2003-01-10', text: { en: 'North Korea announces its withdrawal from the treaty.', uk: 'Північна Корея оголошує про вихід з договору.' } },
  ],
  positions: [P.rubioFewerNuclearStates, P.portnikovNuclearClub, P.zelenskyyNuclearWeapons],
  related: ['ukraine-nuclear-disarmament', 'budapest-memorandum', 'nuclear-umbrella', 'for-nukes-fund'],
  sources: [NPT_TEXT, BUDAPEST_MEMORANDUM_TEXT, HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
