import type { KbEntryInput } from '../schema';

export default {
  id: 'karol-nawrocki',
  kind: 'person',
  title: { en: 'Karol Nawrocki', uk: 'Кароль Навроцький' },
  aliases: [
    { text: 'Karol Nawrocki', lang: 'en' },
    { text: 'Karol Nawrocki', lang: 'pl', stems: ['Karol', 'Nawrock'] },
    { text: 'Nawrocki', lang: 'en' },
    { text: 'Nawrocki', lang: 'pl', stems: ['Nawrock'] },
    { text: 'Nawrocki', lang: 'de' },
    { text: 'Кароль Навроцький', lang: 'uk', stems: ['Карол', 'Навроцьк'] },
    { text: 'Навроцький', lang: 'uk', stems: ['Навроцьк'] },
    { text: 'Кароль Навроцкий', lang: 'ru', stems: ['Карол', 'Навроцк'] },
    { text: 'Навроцкий', lang: 'ru', stems: ['Навроцк'] },
  ],
  summary: {
    en: 'President of Poland since 6 August 2025. A historian and former head of the Institute of National Remembrance (IPN), he ran with the backing of the Law and Justice (PiS) party and narrowly won the run-off of 1 June 2025 against Rafał Trzaskowski.',
    uk: 'Президент Польщі з 6 серпня 2025 року. Історик, колишній голова Інституту національної пам’яті (IPN); балотувався за підтримки партії «Право і справедливість» (ПіС) і з мінімальною перевагою переміг у другому турі 1 червня 2025 року Рафала Тшасковського.',
  },
  background: [
    {
      en: 'Born in Gdańsk in 1983, Nawrocki directed the city’s Museum of the Second World War and from 2021 headed the IPN, the state institute that investigates Nazi and communist-era crimes. Russia put him on a wanted list over the removal of Soviet-era monuments in Poland.',
      uk: 'Навроцький народився 1983 року в Гданську, очолював місцевий Музей Другої світової війни, а з 2021 року — IPN, державний інститут, що розслідує злочини нацистської та комуністичної доби. Росія оголосила його в розшук через демонтаж радянських пам’ятників у Польщі.',
    },
    {
      en: 'Running as a formally independent candidate backed by PiS, he won the run-off with 50.89% of the vote. During the campaign he said he opposed Ukraine joining NATO and the EU at that time and demanded that Ukraine allow exhumations of Polish victims of the 1943–1945 Volhynia massacres. He took the oath before the National Assembly on 6 August 2025, succeeding Andrzej Duda.',
      uk: 'Він балотувався як формально безпартійний кандидат за підтримки ПіС і переміг у другому турі з результатом 50,89%. Під час кампанії заявляв, що наразі проти вступу України до НАТО та ЄС, і вимагав від України дозволити ексгумації польських жертв Волинської трагедії 1943–1945 років. 6 серпня 2025 року склав присягу перед Національними зборами, змінивши Анджея Дуду.',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, Nawrocki had just taken office as head of state and commander-in-chief, with powers to veto legislation passed by Donald Tusk’s governing majority. Kyiv was watching how his stated reservations about Ukraine’s EU and NATO bids would shape Poland’s policy.',
      uk: 'Станом на серпень 2025 року Навроцький щойно став главою держави й верховним головнокомандувачем із правом вето на закони, ухвалені урядовою більшістю Дональда Туска. У Києві стежили, як його застереження щодо вступу України до ЄС і НАТО позначаться на політиці Польщі.',
    },
  },
  timeline: [
    { date: '2021', text: { en: 'Becomes president of the Institute of National Remembrance (IPN).', uk: 'Очолює Інститут національної пам’яті (IPN).' } },
    { date: '2025-05-18', text: { en: 'Comes second in the first round of the presidential election.', uk: 'Посідає друге місце в першому турі президентських виборів.' } },
    { date: '2025-06-01', text: { en: 'Wins the run-off with 50.89% against Rafał Trzaskowski.', uk: 'Перемагає в другому турі з 50,89% проти Рафала Тшасковського.' } },
    { date: '2025-08-06', text: { en: 'Sworn in as President of Poland.', uk: 'Складає присягу президента Польщі.' } },
  ],
  roles: [
    { title: { en: 'President of the Institute of National Remembrance (IPN)', uk: 'Голова Інституту національної пам’яті Польщі (IPN)' }, from: '2021', to: '2025-08' },
    { title: { en: 'President of Poland', uk: 'Президент Польщі' }, from: '2025-08-06', asOf: '2025-08' },
  ],
  related: ['andrzej-duda', 'donald-tusk', 'radoslaw-sikorski', 'eu-accession-of-ukraine', 'nato-membership'],
  sources: [
    { publisher: 'UNN', title: 'Nawrocki takes oath and assumes office as President of Poland', date: '2025-08-06', url: 'https://unn.ua/en/news/nawrocki-took-the-oath-and-assumed-the-office-of-president-of-poland' },
    { publisher: 'Censor.NET', title: 'Karol Nawrocki’s swearing-in date as Poland’s president confirmed', date: '2025-07-07', url: 'https://censor.net/en/news/3562021/karol-nawrocki-s-swearing-in-date-as-poland-s-president-confirmed' },
    { publisher: 'Wikipedia', title: 'Karol Nawrocki' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
