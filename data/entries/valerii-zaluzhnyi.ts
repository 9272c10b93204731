import type { KbEntryInput } from '../schema';

const TITLE = { en: 'Valerii Zaluzhnyi', uk: 'Валерій Залужний' };

export default {
  id: 'valerii-zaluzhnyi',
  kind: 'person',
  title: TITLE,
  aliases: [
    { text: 'Valerii Zaluzhnyi', lang: 'en' },
    { text: 'Valeriy Zaluzhnyi', lang: 'en' },
    { text: 'Valery Zaluzhny', lang: 'en' },
    { text: 'Zaluzhnyi', lang: 'en' },
    { text: 'Zaluzhny', lang: 'en' },
    { text: 'Zaluzhnyy', lang: 'en' },
    { text: 'Walerij Saluschnyj', lang: 'de' },
    { text: 'Saluschnyj', lang: 'de' },
    { text: 'Walerij Załużny', lang: 'pl', stems: ['Walerij', 'Załużn'] },
    { text: 'Załużny', lang: 'pl', stems: ['Załużn'] },
    { text: 'Valeri Zaloujny', lang: 'fr' },
    { text: 'Zaloujny', lang: 'fr' },
    { text: 'Валерій Залужний', lang: 'uk', stems: ['Валері', 'Залужн'] },
    { text: 'Залужний', lang: 'uk', stems: ['Залужн'] },
    { text: 'Валерий Залужный', lang: 'ru', stems: ['Валери', 'Залужн'] },
    { text: 'Залужный', lang: 'ru', stems: ['Залужн'] },
  ],
  summary: {
    en: 'Ukrainian general who was Commander-in-Chief of the Armed Forces of Ukraine from July 2021 to February 2024, leading the army through the first two years of Russia’s full-scale invasion. Since May 2024 he has been Ukraine’s ambassador to the United Kingdom.',
    uk: 'Український генерал, Головнокомандувач Збройних сил України з липня 2021 до лютого 2024 року, який очолював армію в перші два роки повномасштабного вторгнення Росії. З травня 2024 року — Надзвичайний і Повноважний Посол України у Великій Британії.',
  },
  background: [
    {
      en: 'Zaluzhnyi was born in 1973 in Zhytomyr oblast. President Zelenskyy appointed him Commander-in-Chief on 27 July 2021. He commanded Ukraine’s forces when Russia launched its full-scale invasion on 24 February 2022, through the defence of Kyiv and the counteroffensives in Kharkiv and Kherson oblasts that autumn.',
      uk: 'Залужний народився 1973 року на Житомирщині. Президент Зеленський призначив його Головнокомандувачем ЗСУ 27 липня 2021 року. Він командував українським військом, коли 24 лютого 2022 року Росія почала повномасштабне вторгнення, — під час оборони Києва та восени, під час контрнаступів на Харківщині й Херсонщині.',
    },
    {
      en: 'After the 2023 counteroffensive fell short of its goals, Zaluzhnyi wrote in The Economist on 1 November 2023 that the war was turning into a positional one and that Ukraine needed a technological leap to break the deadlock; Zelenskyy publicly disputed that the war had reached a stalemate. On 8 February 2024 Zelenskyy replaced him with Oleksandr Syrskyi and the next day awarded him the title Hero of Ukraine.',
      uk: 'Після того як контрнаступ 2023 року не досяг своїх цілей, Залужний 1 листопада 2023 року написав у The Economist, що війна переходить у позиційну фазу і що для виходу з глухого кута Україні потрібен технологічний прорив; Зеленський публічно заперечив, що війна зайшла в глухий кут. 8 лютого 2024 року президент замінив його Олександром Сирським, а наступного дня присвоїв йому звання Героя України.',
    },
    {
      en: 'Zelenskyy appointed him ambassador to the United Kingdom by decree on 9 May 2024; he took up his duties in London in July 2024.',
      uk: 'Указом від 9 травня 2024 року Зеленський призначив його послом у Великій Британії; до виконання обов’язків у Лондоні він приступив у липні 2024 року.',
    },
  ],
  whyNow: {
    asOf: '2026-01',
    text: {
      en: 'As of January 2026, Zaluzhnyi was still ambassador in London. In late December 2025 media reported, citing unnamed sources, that he might leave the post; his media adviser denied it.',
      uk: 'Станом на січень 2026 року Залужний залишався послом у Лондоні. Наприкінці грудня 2025 року ЗМІ з посиланням на анонімні джерела повідомили, що він може залишити посаду; його радниця з питань медіа це спростувала.',
    },
  },
  timeline: [
    { date: '2021-07-27', text: { en: 'Appointed Commander-in-Chief of the Armed Forces of Ukraine.', uk: 'Призначений Головнокомандувачем Збройних сил України.' } },
    { date: '2022-02-24', text: { en: 'Russia launches its full-scale invasion; Zaluzhnyi commands the defence.', uk: 'Росія починає повномасштабне вторгнення; Залужний командує обороною.' } },
    { date: '2023-11-01', text: { en: 'His essay in The Economist describes a shift to positional warfare.', uk: 'У статті для The Economist описує перехід війни до позиційної фази.' } },
    { date: '2024-02-08', text: { en: 'Dismissed as Commander-in-Chief; Oleksandr Syrskyi succeeds him.', uk: 'Звільнений з посади Головнокомандувача; його наступник — Олександр Сирський.' } },
    { date: '2024-05-09', text: { en: 'Appointed ambassador to the United Kingdom.', uk: 'Призначений послом України у Великій Британії.' } },
  ],
  roles: [
    { title: { en: 'Commander-in-Chief of the Armed Forces of Ukraine', uk: 'Головнокомандувач Збройних сил України' }, from: '2021-07-27', to: '2024-02-08' },
    { title: { en: 'Ambassador of Ukraine to the United Kingdom', uk: 'Посол України у Великій Британії' }, from: '2024-05-09', asOf: '2026-01' },
  ],
  positions: [
    {
      personId: 'valerii-zaluzhnyi',
      name: TITLE,
      role: { en: 'Commander-in-Chief of the Armed Forces of Ukraine (2021–2024)', uk: 'Головнокомандувач ЗСУ (2021–2024)' },
      side: { en: 'Ukrainian military command', uk: 'Українське військове командування' },
      stance: { en: 'War is becoming positional; technology must break it', uk: 'Війна стає позиційною; вийти з неї допоможуть технології' },
      paraphrase: {
        en: 'In November 2023 he argued that both armies had reached a level of technology that produced a deadlock, and that Ukraine needed air superiority, electronic warfare, counter-battery and demining capabilities and drones to return to manoeuvre.',
        uk: 'У листопаді 2023 року він стверджував, що обидві армії досягли такого технологічного рівня, який призвів до глухого кута, і що для повернення до маневрової війни Україні потрібні перевага в повітрі, засоби РЕБ, контрбатарейної боротьби, розмінування та дрони.',
      },
      source: { publisher: 'The Economist', title: 'Modern positional warfare and how to win in it', date: '2023-11-01' },
    },
  ],
  related: ['oleksandr-syrskyi', 'armed-forces-of-ukraine', 'volodymyr-zelenskyy', 'full-scale-invasion', 'andrii-sybiha'],
  sources: [
    { publisher: 'The Economist', title: 'Modern positional warfare and how to win in it', date: '2023-11-01' },
    { publisher: 'LIGA.net', title: 'Zelenskyy appoints Oleksandr Syrskyi as new Commander-in-Chief of the Armed Forces of Ukraine', date: '2024-02-08', url: 'https://news.liga.net/en/politics/news/zelenskiy-naznachil-novym-glavnokomanduyushtim-vsu-aleksandra-syrskogo' },
    { publisher: 'Ukrainska Pravda', title: 'Ukrainian former Commander-in-Chief makes first statement as Ambassador to UK – photo', date: '2024-07-11', url: 'https://www.pravda.com.ua/eng/news/2024/07/11/7465249/' },
    { publisher: 'Interfax-Ukraine', title: 'Zaluzhny continues to defend Ukraine’s interests as ambassador to Great Britain - advisor', date: '2025-12-29', url: 'https://en.interfax.com.ua/news/general/1132183-amp.html' },
    { publisher: 'Yevropeiska Pravda', title: 'Зеленский встретился с Залужным, говорили о «дипломатических задачах»', date: '2026-01-15', url: 'https://www.eurointegration.com.ua/rus/news/2026/01/15/7229158/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
