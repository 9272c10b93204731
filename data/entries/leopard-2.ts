import type { KbEntryInput } from '../schema';

export default {
  id: 'leopard-2',
  kind: 'weapon',
  title: { en: 'Leopard 2 tank', uk: 'Танк Leopard 2' },
  aliases: [
    { text: 'Leopard 2', lang: 'en' },
    { text: 'Leopard 2A4', lang: 'en' },
    { text: 'Leopard 2A6', lang: 'en' },
    { text: 'Leopard-2-Panzer', lang: 'de' },
    { text: 'Kampfpanzer Leopard 2', lang: 'de' },
    { text: 'Леопард 2', lang: 'uk', stems: ['Леопард', '2'] },
    { text: 'Леопард 2', lang: 'ru', stems: ['Леопард', '2'] },
  ],
  summary: {
    en: 'A German main battle tank built by Krauss-Maffei Wegmann and used by many European armies. After weeks of pressure from allies, Chancellor Olaf Scholz decided on 25 January 2023 to send Leopard 2s to Ukraine and to let other countries re-export theirs; the first arrived in early 2023.',
    uk: 'Німецький основний бойовий танк виробництва Krauss-Maffei Wegmann, що стоїть на озброєнні багатьох європейських армій. Після тижнів тиску союзників канцлер Олаф Шольц 25 січня 2023 року ухвалив рішення передати Україні Leopard 2 і дозволити іншим країнам передавати свої; перші танки прибули на початку 2023 року.',
  },
  background: [
    {
      en: 'Ukraine asked for Western battle tanks through 2022. Germany’s approval was needed for any re-export of German-made tanks, and Poland and other allies pressed Berlin publicly. On 25 January 2023 Scholz announced that Germany would supply 14 Leopard 2A6 tanks from Bundeswehr stocks and approve partners’ deliveries, aiming to equip two battalions; the US announced Abrams tanks the same day.',
      uk: 'Україна просила західні бойові танки впродовж 2022 року. Для передачі танків німецького виробництва третім країнам потрібен був дозвіл Берліна, і Польща та інші союзники публічно тиснули на нього. 25 січня 2023 року Шольц оголосив, що Німеччина передасть 14 танків Leopard 2A6 із запасів Бундесверу й погодить постачання від партнерів, щоб укомплектувати два батальйони; того ж дня США оголосили про передачу танків Abrams.',
    },
    {
      en: 'Leopard 2s from Germany, Poland, Canada, Norway, Spain, Portugal and other countries reached Ukraine from February 2023 and were used in the 2023 counteroffensive in the south.',
      uk: 'Leopard 2 з Німеччини, Польщі, Канади, Норвегії, Іспанії, Португалії та інших країн почали надходити в Україну з лютого 2023 року й застосовувалися під час контрнаступу 2023 року на півдні.',
    },
  ],
  timeline: [
    { date: '2023-01-25', text: { en: 'Scholz announces 14 Leopard 2A6 tanks for Ukraine and approves re-exports by partners.', uk: 'Шольц оголошує про передачу Україні 14 танків Leopard 2A6 і дозволяє реекспорт партнерам.' } },
    { date: '2023-01-25', text: { en: 'The US announces Abrams tanks for Ukraine on the same day.', uk: 'Того ж дня США оголошують про передачу Україні танків Abrams.' } },
    { date: '2023-02-24', text: { en: 'Poland’s defence minister says the first Polish Leopard 2s have reached Ukraine.', uk: 'Міністр оборони Польщі повідомляє, що перші польські Leopard 2 уже в Україні.' } },
  ],
  related: ['olaf-scholz', 'f-16', 'himars', 'ukraine-defense-contact-group'],
  sources: [
    { publisher: 'NPR', title: 'After weeks of pressure, Germany agrees to send its Leopard battle tanks to Ukraine', date: '2023-01-25', url: 'https://www.npr.org/2023/01/25/1151270386/after-weeks-of-pressure-germany-agrees-to-send-its-leopard-battle-tanks-to-ukrai' },
    { publisher: 'CBS News', title: 'U.S. poised to send Abrams tanks to Ukraine', date: '2023-01-25', url: 'https://www.cbsnews.com/news/ukraine-news-germany-tanks-russia-war-europe-leopard-2-us-abrams/' },
    { publisher: 'Babel', title: 'Polish Ministry of Defense: the first Leopard 2 tanks have already arrived in Ukraine', date: '2023-02-24', url: 'https://babel.ua/en/news/90926-polish-ministry-of-defense-the-first-leopard-2-tanks-have-already-arrived-in-ukraine' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
