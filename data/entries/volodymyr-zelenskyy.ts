import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'volodymyr-zelenskyy',
  kind: 'person',
  title: { en: 'Volodymyr Zelenskyy', uk: 'Володимир Зеленський' },
  aliases: [
    { text: 'Volodymyr Zelenskyy', lang: 'en' },
    { text: 'Volodymyr Zelensky', lang: 'en' },
    { text: 'Zelenskyy', lang: 'en' },
    { text: 'Zelensky', lang: 'en' },
    { text: 'Zelenskiy', lang: 'en' },
    { text: 'Zelenskij', lang: 'en' },
    { text: 'Zelenskyj', lang: 'en' },
    { text: 'Wolodymyr Selenskyj', lang: 'de' },
    { text: 'Selenskyj', lang: 'de' },
    { text: 'Wołodymyr Zełenski', lang: 'pl', stems: ['Wołodymyr', 'Zełensk'] },
    // Declined with masculine endings only (Зеленського, Zełenskiego), so his wife Olena Zelenska is not matched.
    { text: 'Zełenski', lang: 'pl', stems: ['Zełensk'] },
    { text: 'Volodymyr Zelenski', lang: 'fr' },
    { text: 'Володимир Зеленський', lang: 'uk', stems: ['Володимир', 'Зеленськ'] },
    { text: 'Зеленський', lang: 'uk', stems: ['Зеленськ'] },
    { text: 'Владимир Зеленский', lang: 'ru', stems: ['Владимир', 'Зеленск'] },
    { text: 'Зеленский', lang: 'ru', stems: ['Зеленск'] },
  ],
  summary:
    { en: 'President of Ukraine since May 2019, elected after a career as an actor and producer. In early 2025 he sought security guarantees through NATO membership, a minerals deal with the US and a large foreign contingent, and raised regaining nuclear weapons as an alternative to NATO.', uk: 'Президент України з травня 2019 року, до політики — актор і продюсер. На початку 2025 року домагався гарантій безпеки через членство в НАТО, угоду про корисні копалини зі США і великий іноземний контингент, а також назвав повернення ядерної зброї альтернативою НАТО.' },
  background: [
    { en: 'Before politics Zelenskyy was a comedian, actor and television producer, known for the series “Servant of the People”, in which he played a teacher who becomes president. He won the presidential election in April 2019 and took office on 20 May 2019. Since Russia’s full-scale invasion in February 2022 he has led Ukraine in wartime.', uk: 'До політики Зеленський був гумористом, актором і телепродюсером, відомим насамперед завдяки серіалу «Слуга народу», у якому зіграв учителя, що стає президентом. Він переміг на президентських виборах у квітні 2019 року і вступив на посаду 20 травня 2019 року. Від початку повномасштабного вторгнення Росії в лютому 2022 року очолює Україну у війні.' },
    { en: 'In early 2025 he pursued several routes to guarantees: NATO membership, for which he said he would resign; a minerals deal with the US that he hoped would include guarantees; a foreign contingent of 100,000 to 200,000 troops; and, as an alternative to NATO, the return of nuclear weapons. His 28 February 2025 Oval Office meeting with Donald Trump ended in a public dispute.', uk: 'На початку 2025 року він шукав гарантій кількома шляхами: членство в НАТО, заради якого, за його словами, був готовий піти у відставку; угода про корисні копалини зі США, яка, як він сподівався, міститиме гарантії; іноземний контингент від 100 до 200 тисяч військових; а як альтернатива НАТО — повернення ядерної зброї. Його зустріч з Дональдом Трампом в Овальному кабінеті 28 лютого 2025 року завершилася публічною сваркою.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, Zelenskyy was negotiating with the Trump administration after the collapse of the planned minerals deal signing, while seeking European troops and NATO membership as guarantees.', uk: 'Станом на березень 2025 року Зеленський вів переговори з адміністрацією Трампа після зриву запланованого підписання угоди про корисні копалини і водночас домагався європейських військ і членства в НАТО як гарантій.' },
  },
  roles: [{ title: { en: 'President of Ukraine', uk: 'Президент України' }, from: '2019-05-20', asOf: '2025-09' }],
  positions: positionsOf('volodymyr-zelenskyy'),
  related: ['nato-membership', 'minerals-deal', 'peacekeepers', 'ukraine-nuclear-disarmament', 'donald-trump', 'full-scale-invasion'],
  sources: [
    HROMADSKE_2025_03,
    {
      publisher: 'AP',
      title: 'Macron says 26 countries pledge troops as a reassurance force for Ukraine after fighting ends',
      date: '2025-09-04',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
