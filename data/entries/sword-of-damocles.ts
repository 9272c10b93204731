import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'sword-of-damocles',
  kind: 'concept',
  title: { en: 'Sword of Damocles', uk: 'Дамоклів меч' },
  aliases: [
    { text: 'sword of Damocles', lang: 'en' },
    { text: 'Damoklesschwert', lang: 'de' },
    { text: 'miecz Damoklesa', lang: 'pl', stems: ['miecz', 'Damoklesa'] },
    { text: 'дамоклів меч', lang: 'uk', stems: ['дамокл', 'меч'] },
    { text: 'дамоклов меч', lang: 'ru', stems: ['дамокл', 'меч'] },
    { text: 'épée de Damoclès', lang: 'fr' },
  ],
  summary:
    { en: 'An image for a constant threat that hangs over someone, from an ancient story told by Cicero: the courtier Damocles was seated beneath a sword suspended by a single horsehair. In the Ukrainian debate it describes the lasting danger of a renewed Russian attack.', uk: 'Образ постійної загрози, що нависає над кимось, з античної історії, яку переказав Цицерон: придворного Дамокла посадили під мечем, що висів на одній кінській волосині. В українській дискусії так описують тривалу небезпеку нового російського нападу.' },
  background: [
    { en: 'In Cicero’s Tusculan Disputations, Damocles, a courtier of Dionysius, ruler of Syracuse, praises the tyrant’s good fortune. Dionysius lets him take his place at a banquet, but with a sword hanging above his head by a single horsehair, to show that power comes with constant danger.', uk: 'У «Тускуланських бесідах» Цицерона Дамокл, придворний сиракузького правителя Діонісія, вихваляє щастя тирана. Діонісій дозволяє йому посісти своє місце на бенкеті, але над головою Дамокла висить меч на одній кінській волосині — щоб показати: влада завжди йде поруч із небезпекою.' },
    { en: 'In politics the phrase describes a threat that never goes away and shapes every decision. In hromadske’s March 2025 article, analyst Alina Hrytsenko used it for the permanent threat Russia poses to Ukraine, one that no guarantee can remove.', uk: 'У політиці цей вислів описує загрозу, яка нікуди не зникає і впливає на кожне рішення. У статті hromadske в березні 2025 року аналітикиня Аліна Гриценко назвала так постійну загрозу, яку Росія становить для України і яку не усуне жодна гарантія.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, Alina Hrytsenko used the image in hromadske’s article on guarantees to argue that Ukraine must never let its guard down towards Russia.', uk: 'Станом на березень 2025 року Аліна Гриценко вжила цей образ у статті hromadske про гарантії, наголошуючи, що Україні ніколи не можна втрачати пильності щодо Росії.' },
  },
  positions: [P.hrytsenkoSwordOfDamocles],
  related: ['security-guarantees', 'deterrence', 'alina-hrytsenko'],
  sources: [{ publisher: 'Marcus Tullius Cicero', title: 'Tusculan Disputations, Book V' }, HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
