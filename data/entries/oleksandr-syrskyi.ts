import type { KbEntryInput } from '../schema';

export default {
  id: 'oleksandr-syrskyi',
  kind: 'person',
  title: { en: 'Oleksandr Syrskyi', uk: 'Олександр Сирський' },
  aliases: [
    { text: 'Oleksandr Syrskyi', lang: 'en' },
    { text: 'Oleksandr Syrsky', lang: 'en' },
    { text: 'Syrskyi', lang: 'en' },
    { text: 'Syrsky', lang: 'en' },
    { text: 'Syrskyy', lang: 'en' },
    { text: 'Olexandr Syrskyj', lang: 'de' },
    { text: 'Oleksandr Syrskyj', lang: 'de' },
    { text: 'Syrskyj', lang: 'de' },
    { text: 'Ołeksandr Syrski', lang: 'pl', stems: ['Ołeksandr', 'Syrsk'] },
    { text: 'Syrski', lang: 'pl', stems: ['Syrsk'] },
    { text: 'Oleksandr Syrsky', lang: 'fr' },
    { text: 'Олександр Сирський', lang: 'uk', stems: ['Олександр', 'Сирськ'] },
    { text: 'Сирський', lang: 'uk', stems: ['Сирськ'] },
    { text: 'Александр Сырский', lang: 'ru', stems: ['Александр', 'Сырск'] },
    { text: 'Сырский', lang: 'ru', stems: ['Сырск'] },
  ],
  summary: {
    en: 'Ukrainian general, Commander-in-Chief of the Armed Forces of Ukraine since 8 February 2024, when he replaced Valerii Zaluzhnyi. As commander of the Ground Forces from 2019 he led the defence of Kyiv in 2022 and the Kharkiv counteroffensive of September 2022.',
    uk: 'Український генерал, Головнокомандувач Збройних сил України з 8 лютого 2024 року, коли він змінив Валерія Залужного. Як командувач Сухопутних військ (з 2019 року) керував обороною Києва у 2022 році та Харківським контрнаступом у вересні 2022 року.',
  },
  background: [
    {
      en: 'Syrskyi was born in 1965 in the Vladimir region of Russia, then part of the Soviet Union, and has served in Ukraine’s armed forces since the 1990s. In August 2019 he was appointed commander of the Ground Forces.',
      uk: 'Сирський народився 1965 року у Володимирській області Росії (тоді — СРСР) і служить у Збройних силах України з 1990-х років. У серпні 2019 року його призначили командувачем Сухопутних військ.',
    },
    {
      en: 'After Russia’s full-scale invasion in February 2022 he commanded the defence of Kyiv, and in September 2022 the counteroffensive that liberated most of Kharkiv oblast. He later directed the defence of Bakhmut. On 8 February 2024 President Zelenskyy appointed him Commander-in-Chief in place of Valerii Zaluzhnyi; the incursion into Russia’s Kursk oblast in August 2024 was carried out under his command.',
      uk: 'Після початку повномасштабного вторгнення в лютому 2022 року він керував обороною Києва, а у вересні 2022 року — контрнаступом, під час якого було звільнено більшу частину Харківщини. Згодом відповідав за оборону Бахмута. 8 лютого 2024 року президент Зеленський призначив його Головнокомандувачем ЗСУ замість Валерія Залужного; операція на Курщині в серпні 2024 року відбувалася під його командуванням.',
    },
  ],
  whyNow: {
    asOf: '2025-11',
    text: {
      en: 'As of November 2025, Syrskyi remained Commander-in-Chief and is the officer whose statements on the front line, mobilisation and Russian offensives news reports most often quote for the Ukrainian military.',
      uk: 'Станом на листопад 2025 року Сирський залишався Головнокомандувачем ЗСУ; саме його заяви про ситуацію на фронті, мобілізацію та російські наступи медіа найчастіше цитують від імені українського війська.',
    },
  },
  timeline: [
    { date: '2019-08', text: { en: 'Appointed commander of the Ukrainian Ground Forces.', uk: 'Призначений командувачем Сухопутних військ ЗСУ.' } },
    { date: '2022-03', text: { en: 'Commands the defence of Kyiv; Russian forces withdraw from the Kyiv region by early April.', uk: 'Керує обороною Києва; на початку квітня російські війська відходять з Київщини.' } },
    { date: '2022-09', text: { en: 'Leads the Kharkiv counteroffensive.', uk: 'Керує Харківським контрнаступом.' } },
    { date: '2024-02-08', text: { en: 'Appointed Commander-in-Chief of the Armed Forces of Ukraine, replacing Valerii Zaluzhnyi.', uk: 'Призначений Головнокомандувачем ЗСУ замість Валерія Залужного.' } },
    { date: '2024-08', text: { en: 'Ukrainian forces under his command cross into Russia’s Kursk oblast.', uk: 'Українські війська під його командуванням заходять у Курську область Росії.' } },
  ],
  roles: [
    { title: { en: 'Commander of the Ground Forces of Ukraine', uk: 'Командувач Сухопутних військ ЗСУ' }, from: '2019-08', to: '2024-02-08' },
    { title: { en: 'Commander-in-Chief of the Armed Forces of Ukraine', uk: 'Головнокомандувач Збройних сил України' }, from: '2024-02-08', asOf: '2025-11' },
  ],
  related: ['armed-forces-of-ukraine', 'valerii-zaluzhnyi', 'kharkiv-counteroffensive-2022', 'battle-of-bakhmut', 'kursk-incursion', 'volodymyr-zelenskyy'],
  sources: [
    { publisher: 'LIGA.net', title: 'Zelenskyy appoints Oleksandr Syrskyi as new Commander-in-Chief of the Armed Forces of Ukraine', date: '2024-02-08', url: 'https://news.liga.net/en/politics/news/zelenskiy-naznachil-novym-glavnokomanduyushtim-vsu-aleksandra-syrskogo' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
