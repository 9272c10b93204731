import type { KbEntryInput } from '../schema';

const NAME = { en: 'Emmanuel Macron', uk: 'Емманюель Макрон' };

export default {
  id: 'emmanuel-macron',
  kind: 'person',
  title: NAME,
  aliases: [
    { text: 'Emmanuel Macron', lang: 'en' },
    { text: 'Macron', lang: 'en' },
    { text: 'Macron', lang: 'de' },
    { text: 'Macron', lang: 'pl' },
    { text: 'Macron', lang: 'fr' },
    { text: 'Емманюель Макрон', lang: 'uk' },
    { text: 'Еммануель Макрон', lang: 'uk' },
    { text: 'Макрон', lang: 'uk' },
    { text: 'Эммануэль Макрон', lang: 'ru' },
    { text: 'Макрон', lang: 'ru' },
  ],
  summary: {
    en: 'President of France since May 2017, re-elected in April 2022. Since 2024 he has argued that Europe must be ready to do more for Ukraine’s security, including not ruling out Western troops, and in 2025 he co-led with Keir Starmer the “coalition of the willing” planning a force for Ukraine after a ceasefire.',
    uk: 'Президент Франції з травня 2017 року, переобраний у квітні 2022-го. З 2024 року наполягає, що Європа має бути готова робити більше для безпеки України, не виключаючи й відправлення західних військ, а у 2025 році разом із Кіром Стармером очолив «коаліцію охочих», яка планує сили для України після припинення вогню.',
  },
  background: [
    {
      en: 'A former investment banker, Macron was economy minister under François Hollande (2014–2016), founded his own movement and won the presidency in May 2017 at 39. He was re-elected against Marine Le Pen in April 2022. France and Germany mediated between Russia and Ukraine in the Normandy format.',
      uk: 'Колишній інвестиційний банкір, Макрон був міністром економіки за Франсуа Олланда (2014–2016), заснував власний рух і в травні 2017 року у 39 років виграв президентські вибори. У квітні 2022 року його переобрали, знову в другому турі проти Марін Ле Пен. Франція разом із Німеччиною була посередницею між Росією та Україною в «нормандському форматі».',
    },
    {
      en: 'In the first months of the full-scale invasion he kept up phone calls with Vladimir Putin. On 26 February 2024, after a Paris conference on Ukraine, he said sending Western ground troops could not be ruled out, a remark several allies distanced themselves from. In March 2025 he said France was open to discussing whether its nuclear deterrent could help protect European allies.',
      uk: 'У перші місяці повномасштабного вторгнення він продовжував телефонні розмови з Володимиром Путіним. 26 лютого 2024 року, після конференції щодо України в Парижі, Макрон заявив, що відправлення західних наземних військ не можна виключати; кілька союзників від цих слів дистанціювалися. У березні 2025 року він заявив, що Франція відкрита до обговорення того, чи може її ядерне стримування захищати європейських союзників.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, Macron and Keir Starmer were leading the coalition of the willing, a group of mostly European states preparing a “reassurance” force and other guarantees for Ukraine once a ceasefire is agreed. Russia has said it would not accept troops from NATO countries in Ukraine.',
      uk: 'Станом на липень 2025 року Макрон і Кір Стармер очолювали «коаліцію охочих» — групу переважно європейських держав, що готує «сили стримування» та інші гарантії безпеки для України після припинення вогню. Росія заявляла, що не погодиться на присутність в Україні військ країн НАТО.',
    },
  },
  timeline: [
    { date: '2017-05-14', text: { en: 'Takes office as President of France.', uk: 'Обіймає посаду президента Франції.' } },
    { date: '2022-04-24', text: { en: 'Re-elected in the run-off against Marine Le Pen.', uk: 'Переобраний у другому турі проти Марін Ле Пен.' } },
    { date: '2024-02-26', text: { en: 'Says sending Western ground troops to Ukraine cannot be ruled out.', uk: 'Заявляє, що відправлення західних наземних військ в Україну не можна виключати.' } },
    { date: '2025-03', text: { en: 'Offers to open a debate on the protection of European allies by France’s nuclear deterrent.', uk: 'Пропонує почати дискусію про захист європейських союзників французьким ядерним стримуванням.' } },
    { date: '2025-05-10', text: { en: 'Visits Kyiv with Friedrich Merz, Keir Starmer and Donald Tusk to back a 30-day ceasefire proposal.', uk: 'Разом із Фрідріхом Мерцом, Кіром Стармером і Дональдом Туском відвідує Київ на підтримку пропозиції 30-денного припинення вогню.' } },
  ],
  roles: [
    { title: { en: 'Minister of the Economy of France', uk: 'Міністр економіки Франції' }, from: '2014-08', to: '2016-08' },
    { title: { en: 'President of France', uk: 'Президент Франції' }, from: '2017-05-14', asOf: '2025-07' },
  ],
  positions: [
    {
      personId: 'emmanuel-macron',
      name: NAME,
      role: { en: 'President of France (since 2017)', uk: 'президент Франції (з 2017 року)' },
      side: { en: 'European governments', uk: 'Європейські уряди' },
      stance: { en: 'Western troops in Ukraine should not be ruled out', uk: 'Не варто виключати відправлення західних військ в Україну' },
      paraphrase: {
        en: 'After a conference of Ukraine’s supporters in Paris on 26 February 2024, Macron said there was no consensus on sending ground troops, but that nothing should be ruled out to stop Russia winning the war.',
        uk: 'Після конференції союзників України в Парижі 26 лютого 2024 року Макрон сказав, що консенсусу щодо відправлення наземних військ немає, але нічого не можна виключати, щоб не дати Росії виграти війну.',
      },
      source: { publisher: 'AP', title: 'French President Macron says sending Western troops on the ground in Ukraine is not ruled out', date: '2024-02-26' },
    },
  ],
  related: ['coalition-of-the-willing', 'keir-starmer', 'peacekeepers', 'nuclear-umbrella', 'weimar-triangle', 'normandy-format', 'vladimir-putin', 'volodymyr-zelenskyy'],
  sources: [
    { publisher: 'AP', title: 'French President Macron says sending Western troops on the ground in Ukraine is not ruled out', date: '2024-02-26' },
    { publisher: 'Wikipedia', title: 'Emmanuel Macron' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
