import type { KbEntryInput } from '../schema';

export default {
  id: 'normandy-format',
  kind: 'format',
  title: { en: 'Normandy format', uk: 'Нормандський формат' },
  aliases: [
    { text: 'Normandy format', lang: 'en' },
    { text: 'Normandy Four', lang: 'en' },
    { text: 'Normandy Quartet', lang: 'en' },
    { text: 'нормандський формат', lang: 'uk', stems: ['нормандськ', 'формат'] },
    { text: 'нормандська четвірка', lang: 'uk', stems: ['нормандськ', 'четвірк'] },
    { text: 'нормандский формат', lang: 'ru', stems: ['нормандск', 'формат'] },
    { text: 'нормандская четвёрка', lang: 'ru', stems: ['нормандск', 'четвёрк'] },
    { text: 'нормандская четверка', lang: 'ru', stems: ['нормандск', 'четверк'] },
    { text: 'Normandie-Format', lang: 'de' },
    { text: 'format normandzki', lang: 'pl', stems: ['format', 'normandzk'] },
    { text: 'czwórka normandzka', lang: 'pl', stems: ['czwórk', 'normandzk'] },
    { text: 'format Normandie', lang: 'fr' },
  ],
  summary: {
    en: 'Talks between the leaders of France, Germany, Russia and Ukraine on the war in Donbas, first held in Normandy in June 2014. The format produced the Minsk II package of February 2015 but not a settlement, and it ended with the full-scale invasion in 2022.',
    uk: 'Переговори лідерів Франції, Німеччини, Росії та України щодо війни на Донбасі, які вперше відбулися в Нормандії в червні 2014 року. Формат дав пакет «Мінськ-2» у лютому 2015 року, але не врегулювання, і припинив існування з повномасштабним вторгненням у 2022 році.',
  },
  background: [
    {
      en: 'The format takes its name from the meeting of the four leaders on 6 June 2014, on the sidelines of the 70th anniversary of the D-Day landings in Normandy. France and Germany acted as mediators; Russia denied being a party to the conflict in Donbas. Alongside leaders’ summits, foreign ministers and political advisers met in the same format.',
      uk: 'Формат отримав назву від зустрічі чотирьох лідерів 6 червня 2014 року на полях відзначення 70-ї річниці висадки союзників у Нормандії. Франція та Німеччина виступали посередниками; Росія заперечувала, що є стороною конфлікту на Донбасі. Окрім самітів лідерів, у цьому форматі зустрічалися міністри закордонних справ і політичні радники.',
    },
    {
      en: 'A summit in Minsk on 11–12 February 2015 led to the Minsk II package of measures. Further summits followed in Paris (October 2015), Berlin (October 2016) and Paris (9 December 2019), the last one and, as of 2025, the only meeting between Volodymyr Zelenskyy and Vladimir Putin. Advisers met in Paris and Berlin in January and February 2022, without result, shortly before the invasion.',
      uk: 'Саміт у Мінську 11–12 лютого 2015 року завершився пакетом заходів «Мінськ-2». Далі були саміти в Парижі (жовтень 2015 року), Берліні (жовтень 2016 року) та Парижі (9 грудня 2019 року) — останній і, станом на 2025 рік, єдина зустріч Володимира Зеленського з Володимиром Путіним. У січні та лютому 2022 року, незадовго до вторгнення, радники безрезультатно зустрічалися в Парижі та Берліні.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the Normandy format had not met since February 2022. Talks on ending the war ran through US mediation and direct Russian–Ukrainian meetings in Istanbul, with France and Germany not at the table, and the format served mainly as a reference point in debates on Europe’s role.',
      uk: 'Станом на червень 2025 року нормандський формат не збирався з лютого 2022 року. Переговори про завершення війни точилися за посередництва США та на прямих російсько-українських зустрічах у Стамбулі, без участі Франції та Німеччини, а формат згадують переважно в дискусіях про роль Європи.',
    },
  },
  timeline: [
    { date: '2014-06-06', text: { en: 'The four leaders meet in Normandy at the D-Day anniversary.', uk: 'Четверо лідерів зустрічаються в Нормандії на річниці висадки союзників.' } },
    { date: '2015-02-12', text: { en: 'The Minsk summit ends with the Minsk II package of measures.', uk: 'Мінський саміт завершується пакетом заходів «Мінськ-2».' } },
    { date: '2016-10-19', text: { en: 'Summit in Berlin.', uk: 'Саміт у Берліні.' } },
    { date: '2019-12-09', text: { en: 'Paris summit, the last at leaders’ level and, as of 2025, Zelenskyy’s only meeting with Putin.', uk: 'Паризький саміт — останній на рівні лідерів і, станом на 2025 рік, єдина зустріч Зеленського з Путіним.' } },
    { date: '2022-02-10', text: { en: 'Political advisers meet in Berlin without result, two weeks before the invasion.', uk: 'Політичні радники безрезультатно зустрічаються в Берліні — за два тижні до вторгнення.' } },
  ],
  related: ['minsk-agreements', 'steinmeier-formula', 'full-scale-invasion', 'vladimir-putin', 'volodymyr-zelenskyy', 'emmanuel-macron', 'peace-deal'],
  sources: [
    { publisher: 'United Nations Security Council', title: 'Resolution 2202 (2015), with the Package of Measures for the Implementation of the Minsk Agreements', date: '2015-02-17' },
    { publisher: 'Élysée', title: 'Common agreed conclusions of the Paris Summit in the Normandy format', date: '2019-12-09' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
