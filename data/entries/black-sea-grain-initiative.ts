import type { KbEntryInput } from '../schema';
import { RU_UA_WAR_CUES } from './ceasefire';

export default {
  id: 'black-sea-grain-initiative',
  kind: 'agreement',
  title: { en: 'Black Sea Grain Initiative', uk: 'Чорноморська зернова ініціатива' },
  aliases: [
    { text: 'Black Sea Grain Initiative', lang: 'en' },
    { text: 'Black Sea Grain Deal', lang: 'en' },
    { text: 'Black Sea Initiative', lang: 'en' },
    // "grain deal" alone also names trade deals (US–China, EU–Mercosur …).
    { text: 'grain deal', lang: 'en', ambiguous: true },
    { text: 'Чорноморська зернова ініціатива', lang: 'uk', stems: ['Чорноморськ', 'зернов', 'ініціатив'] },
    { text: 'зернова угода', lang: 'uk', stems: ['зернов', 'угод'], ambiguous: true },
    { text: 'Черноморская зерновая инициатива', lang: 'ru', stems: ['Черноморск', 'зернов', 'инициатив'] },
    { text: 'зерновая сделка', lang: 'ru', stems: ['зернов', 'сделк'], ambiguous: true },
    { text: 'Getreideabkommen', lang: 'de', ambiguous: true },
    { text: 'Schwarzmeer-Getreideinitiative', lang: 'de' },
    { text: 'umowa zbożowa', lang: 'pl', stems: ['umow', 'zbożow'], ambiguous: true },
    { text: 'czarnomorska inicjatywa zbożowa', lang: 'pl', stems: ['czarnomorsk', 'inicjatyw', 'zbożow'] },
    { text: 'accord céréalier', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [...RU_UA_WAR_CUES, 'Black Sea', 'Чорне море', 'Чорного моря', 'Чорному морі', 'Черное море', 'Черного моря', 'Черном море', 'Schwarze Meer', 'Schwarzen Meer', 'Schwarzmeer*', 'Morze Czarne', 'Morza Czarnego', 'Morzu Czarnym', 'Odesa', 'Odessa', 'Одес*', 'Istanbul', 'Стамбул*', 'Guterres', 'Гутерр*'],
    noneOf: ['Mercosur', 'Меркосур*'],
    window: 300,
  },
  summary: {
    en: 'A UN- and Turkey-brokered arrangement, signed in Istanbul on 22 July 2022, that let Ukraine export grain and other food by sea from three ports despite the war. Nearly 33 million tonnes were shipped, according to the UN, before Russia withdrew in July 2023.',
    uk: 'Домовленість за посередництва ООН і Туреччини, підписана в Стамбулі 22 липня 2022 року, яка попри війну дозволила Україні експортувати морем зерно та інше продовольство з трьох портів. За даними ООН, вивезли майже 33 мільйони тонн, перш ніж Росія вийшла з ініціативи в липні 2023 року.',
  },
  background: [
    {
      en: 'Russia’s blockade of Ukraine’s Black Sea ports in 2022 threatened food supplies worldwide. Ukraine and Russia each signed the initiative separately with Turkey and the UN; a Joint Coordination Centre in Istanbul with all four parties inspected ships. Alongside it, Russia and the UN signed a memorandum on facilitating Russian food and fertiliser exports. Ships sailed from Odesa, Chornomorsk and Pivdennyi.',
      uk: 'Блокада Росією українських чорноморських портів у 2022 році загрожувала продовольчому постачанню в усьому світі. Україна та Росія підписали ініціативу окремо — кожна з Туреччиною та ООН; судна перевіряв Спільний координаційний центр у Стамбулі за участю всіх чотирьох сторін. Паралельно Росія та ООН підписали меморандум про сприяння експорту російського продовольства й добрив. Судна виходили з Одеси, Чорноморська та Південного.',
    },
    {
      en: 'Russia briefly suspended its participation at the end of October 2022 and then rejoined. It let the initiative lapse on 17 July 2023, saying that its own exports were still obstructed. Russian strikes on Odesa’s port facilities followed, and from August 2023 Ukraine ran its own maritime corridor without Russian participation.',
      uk: 'Наприкінці жовтня 2022 року Росія ненадовго призупинила участь, а потім повернулася. 17 липня 2023 року вона дала ініціативі припинитися, заявивши, що її власному експорту й далі створюють перешкоди. Після цього Росія завдала ударів по портовій інфраструктурі Одеси, а з серпня 2023 року Україна запустила власний морський коридор без участі Росії.',
    },
  ],
  whyNow: {
    asOf: '2025-03',
    text: {
      en: 'As of March 2025, Black Sea shipping was again on the table: after talks in Riyadh the US announced on 25 March that Russia and Ukraine had agreed to ensure safe navigation, but Russia made its part conditional on lifting sanctions on Rosselkhozbank and other financial institutions involved in the food and fertiliser trade, and the arrangement did not take effect.',
      uk: 'Станом на березень 2025 року безпека судноплавства в Чорному морі знову стала предметом переговорів: після зустрічей в Ер-Ріяді США 25 березня оголосили, що Росія та Україна погодилися забезпечити безпечне судноплавство, але Росія поставила свою участь у залежність від зняття санкцій із Россільгоспбанку та інших фінансових установ, що обслуговують торгівлю продовольством і добривами, і домовленість так і не запрацювала.',
    },
  },
  timeline: [
    { date: '2022-07-22', text: { en: 'The initiative is signed in Istanbul.', uk: 'Ініціативу підписано в Стамбулі.' } },
    { date: '2022-08-01', text: { en: 'The first ship under the initiative leaves Odesa.', uk: 'Перше судно в межах ініціативи виходить з Одеси.' } },
    { date: '2022-10-29', text: { en: 'Russia suspends its participation; it rejoins days later.', uk: 'Росія призупиняє участь; за кілька днів повертається.' } },
    { date: '2023-07-17', text: { en: 'Russia ends its participation and the initiative lapses.', uk: 'Росія припиняє участь, і ініціатива перестає діяти.' } },
    { date: '2023-08', text: { en: 'Ukraine opens its own Black Sea shipping corridor.', uk: 'Україна відкриває власний морський коридор у Чорному морі.' } },
  ],
  positions: [
    {
      personId: 'dmitry-peskov',
      name: { en: 'Dmitry Peskov', uk: 'Дмитро Пєсков' },
      role: { en: 'Kremlin spokesman (since 2012)', uk: 'речник Кремля (з 2012 року)' },
      side: { en: 'Russian government', uk: 'Уряд Росії' },
      stance: { en: 'Russia’s side of the deal was not honoured', uk: 'Російську частину угоди не виконали' },
      paraphrase: {
        en: 'On 17 July 2023 said the agreements concerning Russia had not been implemented, so the initiative was ending, and that Russia would return once its conditions were met.',
        uk: '17 липня 2023 року заявив, що домовленості щодо Росії не виконано, тож дія ініціативи припиняється, і що Росія повернеться, щойно її умови буде виконано.',
      },
      source: { publisher: 'Meduza', title: 'Kremlin announces ‘de facto termination’ of grain deal', date: '2023-07-17', url: 'https://meduza.io/en/news/2023/07/17/kremlin-announces-de-facto-termination-of-grain-deal' },
    },
    {
      personId: 'antonio-guterres',
      name: { en: 'António Guterres', uk: 'Антоніу Гутерреш' },
      role: { en: 'UN Secretary-General (since 2017)', uk: 'Генеральний секретар ООН (з 2017 року)' },
      side: { en: 'United Nations', uk: 'ООН' },
      stance: { en: 'Ending the deal hurts people in need', uk: 'Вихід з угоди шкодить тим, хто потребує' },
      paraphrase: {
        en: 'On 17 July 2023 said he deeply regretted Russia’s decision, which would hurt people in need everywhere, and that the UN would keep working for the free movement of Ukrainian and Russian food and fertiliser.',
        uk: '17 липня 2023 року заявив, що глибоко шкодує через рішення Росії, яке вдарить по людях, що потребують допомоги, в усьому світі, і що ООН і далі працюватиме над вільним постачанням українського й російського продовольства та добрив.',
      },
      source: { publisher: 'United Nations', title: 'Secretary-General’s remarks on the Black Sea Initiative', date: '2023-07-17' },
    },
  ],
  related: ['black-sea-fleet', 'recep-tayyip-erdogan', 'antonio-guterres', 'sanctions', 'full-scale-invasion'],
  sources: [
    { publisher: 'United Nations', title: 'Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports', date: '2022-07-22' },
    { publisher: 'United Nations', title: 'Black Sea Grain Initiative Joint Coordination Centre', date: '2023-07' },
    { publisher: 'United Nations', title: 'Secretary-General’s remarks on the Black Sea Initiative', date: '2023-07-17' },
    { publisher: 'Meduza', title: 'Kremlin announces ‘de facto termination’ of grain deal', date: '2023-07-17', url: 'https://meduza.io/en/news/2023/07/17/kremlin-announces-de-facto-termination-of-grain-deal' },
    { publisher: 'The White House', title: 'Outcomes of the United States and Russian Expert Groups on the Black Sea', date: '2025-03-25' },
    { publisher: 'The Moscow Times', title: 'Russia demands sanctions relief for Black Sea ceasefire', date: '2025-03-25', url: 'https://www.themoscowtimes.com/2025/03/25/russia-demands-sanctions-relief-for-black-sea-ceasefire-a88482' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
