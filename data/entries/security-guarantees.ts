import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { BUDAPEST_MEMORANDUM_TEXT, HROMADSKE_2025_03, NORTH_ATLANTIC_TREATY } from '../sources';

export default {
  id: 'security-guarantees',
  kind: 'concept',
  title: { en: 'Security guarantees', uk: 'Гарантії безпеки' },
  aliases: [
    { text: 'security guarantee', lang: 'en' },
    { text: 'security assurance', lang: 'en' },
    { text: 'гарантії безпеки', lang: 'uk', stems: ['гарант', 'безпеки'] },
    { text: 'безпекові гарантії', lang: 'uk', stems: ['безпеков', 'гарант'] },
    { text: 'гарантии безопасности', lang: 'ru', stems: ['гарант', 'безопасности'] },
    { text: 'Sicherheitsgarantie', lang: 'de' },
    { text: 'gwarancje bezpieczeństwa', lang: 'pl', stems: ['gwarancj', 'bezpieczeństwa'] },
    { text: 'garantie de sécurité', lang: 'fr' },
    { text: 'garanties de sécurité', lang: 'fr' },
  ],
  summary:
    { en: 'Commitments by other states to protect a country against attack, ranging from political assurances to binding treaty obligations to fight. For Ukraine, the debate is about which combination of allies, troops, weapons and agreements could deter Russia from attacking again after a ceasefire or peace deal.', uk: 'Зобов’язання інших держав захистити країну від нападу — від політичних запевнень до договірного обов’язку воювати на її боці. Для України суперечка точиться про те, яке поєднання союзників, військ, зброї та угод здатне втримати Росію від нового нападу після припинення вогню чи мирної угоди.' },
  background: [
    { en: 'Guarantees differ in strength. A mutual-defence treaty such as NATO’s Article 5 obliges allies to treat an attack on one as an attack on all; bilateral agreements can promise weapons, training and financing without a duty to fight; political assurances, like those in the 1994 Budapest Memorandum, carry no enforcement mechanism at all.', uk: 'Гарантії бувають різної сили. Договір про взаємну оборону, як-от стаття 5 Північноатлантичного договору, зобов’язує союзників вважати напад на одного нападом на всіх; двосторонні угоди можуть обіцяти зброю, навчання і фінансування без обов’язку воювати; політичні запевнення, як у Будапештському меморандумі 1994 року, не мають жодного механізму виконання.' },
    { en: 'Ukraine’s experience shapes its demands. It gave up its Soviet-era nuclear arsenal in return for assurances from Russia, the United States and the United Kingdom, and Russia then annexed Crimea in 2014 and launched a full-scale invasion in 2022. Kyiv therefore asks for commitments that would hold under pressure rather than declarations.', uk: 'Вимоги України сформував її власний досвід. Вона відмовилася від ядерного арсеналу, що залишився з радянських часів, в обмін на запевнення Росії, США і Великої Британії, а Росія згодом анексувала Крим у 2014 році й розпочала повномасштабне вторгнення у 2022-му. Тому Київ просить не декларацій, а зобов’язань, які витримають тиск.' },
    { en: 'The options discussed in 2025 include NATO membership, a European-led contingent in Ukraine, bilateral defence agreements, a strong and well-armed Ukrainian army, economic ties with the United States, a nuclear umbrella, and even a return to nuclear weapons. Each depends on the political will of the guarantors and, in a negotiated settlement, on what Russia accepts.', uk: 'Серед варіантів, які обговорювали у 2025 році, — членство в НАТО, європейський контингент в Україні, двосторонні оборонні угоди, сильна й добре озброєна українська армія, економічні зв’язки зі США, ядерна парасолька і навіть повернення ядерної зброї. Кожен залежить від політичної волі гарантів, а в разі переговорного врегулювання — ще й від того, на що погодиться Росія.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske described the debate on guarantees for Ukraine as deadlocked: the US saw a minerals deal as enough to deter Russia, European states proposed a peacekeeping force, and Ukraine still sought NATO membership. All the experts hromadske spoke to (Alina Hrytsenko, Volodymyr Ohryzko and Vitaliy Portnikov) agreed that no potential security guarantee condition could fully protect Ukraine from another Russian attack.', uk: 'Станом на березень 2025 року hromadske писав, що дискусія про гарантії для України зайшла в глухий кут: США вважали, що стримати Росію вистачить угоди про корисні копалини, європейські держави пропонували миротворчий контингент, а Україна й далі прагнула членства в НАТО. Усі експерти, з якими поговорив hromadske, — Аліна Гриценко, Володимир Огризко та Віталій Портников — погодилися, що жодна з можливих умов гарантій безпеки не зможе повністю захистити Україну від нового російського нападу.' },
  },
  timeline: [
    { date: '1949-04-04', text: { en: 'The North Atlantic Treaty creates NATO’s mutual-defence commitment (Article 5).', uk: 'Північноатлантичний договір закріплює зобов’язання НАТО щодо взаємної оборони (стаття 5).' } },
    {
      date: '1994-12-05',
      text: { en: 'Budapest Memorandum: Russia, the US and the UK give Ukraine security assurances as it gives up nuclear weapons.', uk: 'Будапештський меморандум: Росія, США і Велика Британія надають Україні запевнення безпеки в обмін на відмову від ядерної зброї.' },
    },
    { date: '2014-03-18', text: { en: 'Russia annexes Crimea, breaking the assurances in Ukraine’s view.', uk: 'Росія анексує Крим — на думку України, це порушення наданих запевнень.' } },
    { date: '2022-02-24', text: { en: 'Russia launches its full-scale invasion of Ukraine.', uk: 'Росія розпочинає повномасштабне вторгнення в Україну.' } },
    {
      date: '2023-07-12',
      text: { en: 'G7 leaders pledge long-term bilateral security commitments to Ukraine in a joint declaration in Vilnius.', uk: 'Лідери G7 у спільній декларації у Вільнюсі обіцяють Україні довгострокові двосторонні безпекові зобов’язання.' },
    },
    {
      date: '2025-02-28',
      text: { en: 'An Oval Office meeting between Trump and Zelenskyy ends in a public dispute; the minerals deal is not signed.', uk: 'Зустріч Трампа і Зеленського в Овальному кабінеті завершується публічною сваркою; угоду про корисні копалини не підписано.' },
    },
  ],
  positions: [
    P.trumpMineralsAsSecurity,
    P.zelenskyyMineralsNeedGuarantees,
    P.hrytsenkoNoIroncladGuarantee,
    P.ohryzkoStrongArmyAndAllies,
    P.portnikovNoAbsoluteGuarantees,
    P.portnikovFourConditions,
    P.waltzTradeOff,
    P.hrytsenkoBargainingChip,
    P.starmerCoalition,
    P.lavrovTroopsUnacceptable,
  ],
  related: [
    'budapest-memorandum',
    'nato-article-5',
    'nato-membership',
    'peacekeepers',
    'bilateral-security-agreements',
    'minerals-deal',
    'nuclear-umbrella',
    'deterrence',
    'peace-deal',
  ],
  sources: [
    HROMADSKE_2025_03,
    NORTH_ATLANTIC_TREATY,
    BUDAPEST_MEMORANDUM_TEXT,
    { publisher: 'G7', title: 'Joint Declaration of Support for Ukraine', date: '2023-07-12' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
