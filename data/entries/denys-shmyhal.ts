import type { KbEntryInput } from '../schema';

export default {
  id: 'denys-shmyhal',
  kind: 'person',
  title: { en: 'Denys Shmyhal', uk: 'Денис Шмигаль' },
  aliases: [
    { text: 'Denys Shmyhal', lang: 'en' },
    { text: 'Denis Shmygal', lang: 'en' },
    { text: 'Shmyhal', lang: 'en' },
    { text: 'Denys Schmyhal', lang: 'de' },
    { text: 'Schmyhal', lang: 'de' },
    { text: 'Denys Szmyhal', lang: 'pl' },
    { text: 'Szmyhal', lang: 'pl' },
    { text: 'Denys Chmyhal', lang: 'fr' },
    { text: 'Денис Шмигаль', lang: 'uk', stems: ['Денис', 'Шмигал'] },
    { text: 'Шмигаль', lang: 'uk', stems: ['Шмигал'] },
    { text: 'Денис Шмыгаль', lang: 'ru', stems: ['Денис', 'Шмыгал'] },
    { text: 'Шмыгаль', lang: 'ru', stems: ['Шмыгал'] },
  ],
  summary: {
    en: 'Ukrainian politician who was prime minister from March 2020 to July 2025, the longest-serving head of government in Ukraine’s independent history, then defence minister from July 2025 to January 2026. In January 2026 the Verkhovna Rada appointed him first deputy prime minister and minister of energy.',
    uk: 'Український політик, прем’єр-міністр з березня 2020 до липня 2025 року — найдовше на цій посаді в історії незалежної України, потім міністр оборони (липень 2025 — січень 2026). У січні 2026 року Верховна Рада призначила його першим віцепрем’єр-міністром — міністром енергетики.',
  },
  background: [
    {
      en: 'Shmyhal, born in 1975 in Lviv, worked in industry and regional administration before heading the Ivano-Frankivsk regional state administration from August 2019. In February 2020 he became deputy prime minister for regional development, and on 4 March 2020 the Rada appointed him prime minister in place of Oleksii Honcharuk.',
      uk: 'Шмигаль народився 1975 року у Львові, працював у промисловості та регіональній владі, а з серпня 2019 року очолював Івано-Франківську обласну державну адміністрацію. У лютому 2020 року став віцепрем’єр-міністром — міністром розвитку громад і територій, а 4 березня 2020 року Рада призначила його прем’єр-міністром замість Олексія Гончарука.',
    },
    {
      en: 'His government led the country through the COVID-19 pandemic and the first years of the full-scale war. On 16 July 2025 the Rada dismissed him as prime minister, and the next day appointed Yuliia Svyrydenko in his place and Shmyhal defence minister (267 votes). On 3 January 2026 Zelenskyy proposed him for energy, citing the need to restore the grid quickly after each Russian strike, and Mykhailo Fedorov for defence. The Rada dismissed Shmyhal as defence minister on 13 January and, after a failed first vote, appointed him first deputy prime minister and minister of energy on 14 January 2026.',
      uk: 'Його уряд провів країну через пандемію COVID-19 і перші роки повномасштабної війни. 16 липня 2025 року Рада звільнила його з посади прем’єра, а наступного дня призначила прем’єр-міністеркою Юлію Свириденко, а Шмигаля — міністром оборони (267 голосів). 3 січня 2026 року Зеленський запропонував Шмигаля на енергетику, пояснивши це потребою оперативно відновлювати зруйноване після кожного російського удару, а Міноборони — Михайлові Федорову. 13 січня Рада звільнила Шмигаля з посади міністра оборони, а 14 січня 2026 року, з другої спроби, призначила його першим віцепрем’єр-міністром — міністром енергетики.',
    },
  ],
  whyNow: {
    asOf: '2026-01',
    text: {
      en: 'As of January 2026, Shmyhal was first deputy prime minister and minister of energy, responsible for a power system under repeated Russian attack; the ministry had been shaken by the Energoatom corruption case of November 2025.',
      uk: 'Станом на січень 2026 року Шмигаль був першим віцепрем’єр-міністром — міністром енергетики і відповідав за енергосистему, яку Росія регулярно атакує; міністерство перед тим сколихнула корупційна справа «Енергоатома» листопада 2025 року.',
    },
  },
  timeline: [
    { date: '2019-08', text: { en: 'Becomes head of the Ivano-Frankivsk regional state administration.', uk: 'Очолює Івано-Франківську ОДА.' } },
    { date: '2020-03-04', text: { en: 'Appointed prime minister.', uk: 'Призначений прем’єр-міністром.' } },
    { date: '2025-07-16', text: { en: 'The Rada dismisses him as prime minister, and with him the government.', uk: 'Рада звільняє його з посади прем’єра, а з ним і весь уряд.' } },
    { date: '2025-07-17', text: { en: 'Appointed defence minister.', uk: 'Призначений міністром оборони.' } },
    { date: '2026-01-13', text: { en: 'The Rada dismisses him as defence minister.', uk: 'Рада звільняє його з посади міністра оборони.' } },
    { date: '2026-01-14', text: { en: 'Appointed first deputy prime minister and minister of energy; Mykhailo Fedorov becomes defence minister.', uk: 'Призначений першим віцепрем’єр-міністром — міністром енергетики; міністром оборони стає Михайло Федоров.' } },
  ],
  roles: [
    { title: { en: 'Head of the Ivano-Frankivsk Regional State Administration', uk: 'Голова Івано-Франківської ОДА' }, from: '2019-08', to: '2020-02' },
    { title: { en: 'Deputy Prime Minister – Minister for Development of Communities and Territories of Ukraine', uk: 'Віцепрем’єр-міністр — міністр розвитку громад і територій України' }, from: '2020-02', to: '2020-03-04' },
    { title: { en: 'Prime Minister of Ukraine', uk: 'Прем’єр-міністр України' }, from: '2020-03-04', to: '2025-07-16' },
    { title: { en: 'Minister of Defence of Ukraine', uk: 'Міністр оборони України' }, from: '2025-07-17', to: '2026-01-13' },
    { title: { en: 'First Deputy Prime Minister – Minister of Energy of Ukraine', uk: 'Перший віцепрем’єр-міністр — міністр енергетики України' }, from: '2026-01-14', asOf: '2026-01' },
  ],
  related: ['yuliia-svyrydenko', 'rustem-umerov', 'volodymyr-zelenskyy', 'verkhovna-rada'],
  sources: [
    { publisher: 'RBC-Ukraine', title: 'Ukrainian Parliament dismisses Prime Minister Shmyhal', date: '2025-07-16', url: 'https://newsukraine.rbc.ua/news/ukrainian-parliament-dismisses-prime-minister-1752669885.html' },
    { publisher: 'Ukrainska Pravda', title: 'Ukrainian parliament appoints Shmyhal as defence minister', date: '2025-07-17', url: 'https://www.pravda.com.ua/eng/news/2025/07/17/7522223/' },
    { publisher: 'UNN', title: 'Zelenskyy proposed appointing Shmyhal to head the Ministry of Energy', date: '2026-01-03', url: 'https://unn.ua/en/news/zelenskyy-proposed-appointing-shmyhal-to-head-the-ministry-of-energy' },
    { publisher: 'Interfax-Ukraine', title: 'Rada dismisses Defense Minister Shmyhal', date: '2026-01-13', url: 'https://en.interfax.com.ua/news/general/1135978.html' },
    { publisher: 'Adnkronos (Il Tempo)', title: 'Ucraina: parlamento nomina nuovi ministri Difesa ed Energia', date: '2026-01-14', url: 'https://www.iltempo.it/adnkronos/2026/01/14/news/ucraina-parlamento-nomina-nuovi-ministri-difesa-ed-energia-45838986/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
