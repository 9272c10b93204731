import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'keir-starmer',
  kind: 'person',
  title: { en: 'Keir Starmer', uk: 'Кір Стармер' },
  aliases: [
    { text: 'Keir Starmer', lang: 'en' },
    { text: 'Starmer', lang: 'en' },
    { text: 'Starmer', lang: 'pl', stems: ['Starmer'] },
    { text: 'Кір Стармер', lang: 'uk' },
    { text: 'Стармер', lang: 'uk' },
    { text: 'Кир Стармер', lang: 'ru' },
  ],
  summary:
    { en: 'Prime Minister of the United Kingdom since July 2024 and leader of the Labour Party since 2020. In March 2025, as hromadske reported, he said the UK would deploy a contingent to Ukraine to safeguard the implementation of a peace agreement and would build a “coalition of the willing” to protect the agreement.', uk: 'Прем’єр-міністр Великої Британії з липня 2024 року, лідер Лейбористської партії з 2020 року. У березні 2025 року, за даними hromadske, заявив, що Британія направить контингент в Україну, аби забезпечити виконання мирної угоди, і створить «коаліцію охочих», яка захищатиме цю угоду.' },
  background: [
    { en: 'A lawyer by training, Starmer was Director of Public Prosecutions for England and Wales before entering Parliament in 2015. He became Labour leader in April 2020 and Prime Minister after Labour won the general election of 4 July 2024.', uk: 'Юрист за фахом, Стармер був директором публічного обвинувачення Англії та Уельсу, а 2015 року став депутатом парламенту. У квітні 2020 року він очолив лейбористів, а після їхньої перемоги на загальних виборах 4 липня 2024 року — уряд.' },
    { en: 'In January 2025 he signed a 100-year partnership agreement with Ukraine in Kyiv. After the 28 February 2025 Oval Office dispute he hosted European leaders in London on 2 March and announced a coalition of the willing, led with France, to defend a future peace deal in Ukraine.', uk: 'У січні 2025 року він підписав у Києві угоду про столітнє партнерство з Україною. Після сварки в Овальному кабінеті 28 лютого 2025 року він приймав європейських лідерів у Лондоні 2 березня і оголосив про коаліцію охочих, яку очолив разом із Францією, щоб захистити майбутню мирну угоду щодо України.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, Starmer was leading, with France, European planning for a contingent in Ukraine after a ceasefire.', uk: 'Станом на березень 2025 року Стармер разом із Францією очолював європейське планування контингенту для України на період після припинення вогню.' },
  },
  roles: [
    { title: { en: 'Director of Public Prosecutions (England and Wales)', uk: 'Директор публічного обвинувачення (Англія та Уельс)' }, from: '2008', to: '2013' },
    { title: { en: 'Leader of the Labour Party', uk: 'Лідер Лейбористської партії' }, from: '2020-04-04', asOf: '2025-09' },
    { title: { en: 'Prime Minister of the United Kingdom', uk: 'Прем’єр-міністр Великої Британії' }, from: '2024-07-05', asOf: '2025-09' },
  ],
  positions: positionsOf('keir-starmer'),
  related: ['coalition-of-the-willing', 'peacekeepers', 'bilateral-security-agreements'],
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
