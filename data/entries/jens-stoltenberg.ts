import type { KbEntryInput } from '../schema';

export default {
  id: 'jens-stoltenberg',
  kind: 'person',
  title: { en: 'Jens Stoltenberg', uk: 'Єнс Столтенберг' },
  aliases: [
    { text: 'Jens Stoltenberg', lang: 'en' },
    { text: 'Stoltenberg', lang: 'en' },
    { text: 'Stoltenberg', lang: 'de' },
    { text: 'Stoltenberg', lang: 'pl' },
    { text: 'Єнс Столтенберг', lang: 'uk' },
    { text: 'Столтенберг', lang: 'uk' },
    { text: 'Йенс Столтенберг', lang: 'ru' },
    { text: 'Столтенберг', lang: 'ru' },
  ],
  summary: {
    en: 'NATO Secretary General from October 2014 to October 2024, the alliance’s second-longest-serving head, who led it through the first years of Russia’s full-scale war against Ukraine. A former Norwegian prime minister, he became Norway’s finance minister in February 2025.',
    uk: 'Генеральний секретар НАТО з жовтня 2014 до жовтня 2024 року — другий за тривалістю каденції очільник Альянсу, який керував ним у перші роки повномасштабної війни Росії проти України. Колишній прем’єр-міністр Норвегії, з лютого 2025 року — міністр фінансів Норвегії.',
  },
  background: [
    {
      en: 'A Labour Party politician, Stoltenberg was Norway’s prime minister in 2000–2001 and 2005–2013. He took over at NATO on 1 October 2014, months after Russia’s annexation of Crimea, and oversaw the deployment of multinational battlegroups to the Baltic states and Poland. His term was extended several times, twice after the 2022 invasion.',
      uk: 'Політик від Робітничої партії, Столтенберг був прем’єр-міністром Норвегії у 2000–2001 та 2005–2013 роках. Очолив НАТО 1 жовтня 2014 року, через кілька місяців після анексії Криму Росією, і керував розгортанням багатонаціональних батальйонних груп у країнах Балтії та Польщі. Його мандат кілька разів продовжували, двічі — вже після вторгнення 2022 року.',
    },
    {
      en: 'During the full-scale war he argued that supporting Ukraine militarily was the way to a just peace, and that Ukraine’s future was in NATO; under him Finland (2023) and Sweden (2024) joined the alliance. Mark Rutte succeeded him on 1 October 2024. On 4 February 2025 he joined the Norwegian government as finance minister.',
      uk: 'Під час повномасштабної війни він наголошував, що військова підтримка України — шлях до справедливого миру, а майбутнє України — в НАТО; за його каденції до Альянсу вступили Фінляндія (2023) і Швеція (2024). 1 жовтня 2024 року його змінив Марк Рютте. 4 лютого 2025 року він увійшов до уряду Норвегії як міністр фінансів.',
    },
  ],
  timeline: [
    { date: '2014-10-01', text: { en: 'Takes office as NATO Secretary General.', uk: 'Обіймає посаду генерального секретаря НАТО.' } },
    { date: '2023-04-04', text: { en: 'Finland joins NATO.', uk: 'Фінляндія вступає до НАТО.' } },
    { date: '2024-03-07', text: { en: 'Sweden joins NATO.', uk: 'Швеція вступає до НАТО.' } },
    { date: '2024-10-01', text: { en: 'Hands over to Mark Rutte.', uk: 'Передає посаду Марку Рютте.' } },
    { date: '2025-02-04', text: { en: 'Appointed Norway’s finance minister.', uk: 'Призначений міністром фінансів Норвегії.' } },
  ],
  roles: [
    { title: { en: 'Prime Minister of Norway', uk: 'Прем’єр-міністр Норвегії' }, from: '2000-03', to: '2001-10' },
    { title: { en: 'Prime Minister of Norway', uk: 'Прем’єр-міністр Норвегії' }, from: '2005-10', to: '2013-10' },
    { title: { en: 'NATO Secretary General', uk: 'Генеральний секретар НАТО' }, from: '2014-10-01', to: '2024-10-01' },
    { title: { en: 'Minister of Finance of Norway', uk: 'Міністр фінансів Норвегії' }, from: '2025-02-04', asOf: '2025-06' },
  ],
  related: ['nato', 'mark-rutte', 'nato-membership', 'washington-summit-2024', 'vilnius-summit-2023'],
  sources: [
    { publisher: 'Reuters (via Business Recorder)', title: 'Ex-NATO chief Stoltenberg to become Norway\'s finance minister, local media report', date: '2025-02-04', url: 'https://www.brecorder.com/news/40346233/ex-nato-chief-stoltenberg-to-become-norways-finance-minister-local-media-report' },
    { publisher: 'Xinhua (via China Daily Hong Kong)', title: 'Norway\'s Labour Party rules alone for first time in 25 years', date: '2025-02-05', url: 'https://chinadailyhk.com/article/603759' },
    { publisher: 'Wikipedia', title: 'Jens Stoltenberg' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
