import type { KbEntryInput } from '../schema';

export default {
  id: 'steve-witkoff',
  kind: 'person',
  title: { en: 'Steve Witkoff', uk: 'Стів Віткофф' },
  aliases: [
    { text: 'Steve Witkoff', lang: 'en' },
    { text: 'Steven Witkoff', lang: 'en' },
    { text: 'Witkoff', lang: 'en' },
    { text: 'Witkoff', lang: 'de' },
    { text: 'Witkoff', lang: 'pl' },
    { text: 'Стів Віткофф', lang: 'uk' },
    { text: 'Стівен Віткофф', lang: 'uk' },
    { text: 'Віткофф', lang: 'uk' },
    { text: 'Уіткофф', lang: 'uk' },
    { text: 'Стив Уиткофф', lang: 'ru' },
    { text: 'Стивен Уиткофф', lang: 'ru' },
    { text: 'Уиткофф', lang: 'ru' },
    { text: 'Виткофф', lang: 'ru' },
  ],
  summary: {
    en: 'New York real-estate investor whom Donald Trump made US special envoy for the Middle East in January 2025. He also became Trump’s main channel to Vladimir Putin, meeting him in Russia several times in 2025 to discuss ending the war against Ukraine.',
    uk: 'Нью-йоркський девелопер, якого Дональд Трамп у січні 2025 року призначив спецпосланцем США на Близькому Сході. Віткофф також став головним каналом зв’язку Трампа з Володимиром Путіним: у 2025 році він кілька разів зустрічався з ним у Росії, обговорюючи завершення війни проти України.',
  },
  background: [
    {
      en: 'Witkoff made his career in New York property and is a long-time friend and golf partner of Donald Trump. He had no diplomatic post before Trump named him special envoy for the Middle East; in January 2025 he worked on the Gaza ceasefire and hostage deal.',
      uk: 'Віткофф зробив кар’єру на нью-йоркському ринку нерухомості; він давній друг Дональда Трампа і його партнер по гольфу. До призначення спецпосланцем на Близькому Сході дипломатичних посад не обіймав; у січні 2025 року працював над угодою про припинення вогню в Газі та звільнення заручників.',
    },
    {
      en: 'From February 2025 his remit grew to Russia. He flew to Moscow on 11 February 2025 and returned with the released American teacher Marc Fogel (US media reported that he also met Putin), joined the US–Russia talks in Riyadh a week later, and met Putin in Moscow and St Petersburg in March, April and August 2025. Days after the meeting of 6 August the Trump–Putin summit in Alaska (15 August) was agreed.',
      uk: 'З лютого 2025 року він узявся і за російський напрям. 11 лютого 2025 року полетів до Москви й повернувся зі звільненим американським учителем Марком Фоґелем (за даними американських медіа, тоді ж він зустрівся з Путіним), за тиждень брав участь у російсько-американських переговорах в Ер-Ріяді, а в березні, квітні та серпні 2025 року зустрічався з Путіним у Москві та Санкт-Петербурзі. За кілька днів після зустрічі 6 серпня було погоджено саміт Трампа й Путіна на Алясці (15 серпня).',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, Witkoff was the US official who had met Putin most often since Trump’s return to office, and days after his talks in Moscow on 6 August 2025 the Alaska summit was agreed. Ukrainian and European officials watched his contacts closely, since he, not the Ukraine envoy Keith Kellogg, carried Washington’s messages to the Kremlin.',
      uk: 'Станом на серпень 2025 року Віткофф був американським посадовцем, який найчастіше зустрічався з Путіним після повернення Трампа до влади; за кілька днів після його переговорів у Москві 6 серпня 2025 року було погоджено саміт на Алясці. В Україні та Європі пильно стежили за цими контактами, адже саме він, а не спецпосланець щодо України Кіт Келлог, передавав Кремлю позицію Вашингтона.',
    },
  },
  timeline: [
    { date: '2025-01-20', text: { en: 'Takes office as US special envoy for the Middle East as Trump’s second term begins.', uk: 'Обіймає посаду спецпосланця США на Близькому Сході з початком другого терміну Трампа.' } },
    { date: '2025-02-11', text: { en: 'Flies to Moscow and brings home the released American Marc Fogel; US media report he also met Putin.', uk: 'Летить до Москви й повертається додому зі звільненим американцем Марком Фоґелем; за даними американських медіа, він тоді ж зустрівся з Путіним.' } },
    { date: '2025-02-18', text: { en: 'Takes part, with Marco Rubio and Mike Waltz, in US–Russia talks in Riyadh.', uk: 'Разом із Марко Рубіо та Майком Волцом бере участь у переговорах США і Росії в Ер-Ріяді.' } },
    { date: '2025-04-11', text: { en: 'Talks with Putin for more than four hours in St Petersburg.', uk: 'Понад чотири години розмовляє з Путіним у Санкт-Петербурзі.' } },
    { date: '2025-04-25', text: { en: 'Meets Putin again in Moscow; the Kremlin calls the talks constructive.', uk: 'Знову зустрічається з Путіним у Москві; у Кремлі називають розмову конструктивною.' } },
    { date: '2025-08-06', text: { en: 'Meets Putin in Moscow; days later the Trump–Putin summit in Alaska (15 August) is announced.', uk: 'Зустрічається з Путіним у Москві; за кілька днів оголошують саміт Трампа й Путіна на Алясці (15 серпня).' } },
  ],
  roles: [
    { title: { en: 'US Special Envoy to the Middle East', uk: 'Спецпосланець США на Близькому Сході' }, from: '2025-01-20', asOf: '2025-05' },
  ],
  related: ['donald-trump', 'vladimir-putin', 'keith-kellogg', 'marco-rubio', 'kirill-dmitriev', 'yuri-ushakov', 'alaska-summit-2025', 'peace-deal'],
  sources: [
    { publisher: 'Semafor', title: 'Witkoff’s star rises in Ukraine talks', date: '2025-02-13', url: 'https://semafor.com/article/02/13/2025/witkoffs-star-rises-in-ukraine-talks' },
    { publisher: 'Asharq Al-Awsat (Reuters)', title: 'Trump’s Envoy Witkoff Meets Putin for 4th Time, Kremlin Says There Was Progress', date: '2025-04-25' },
    { publisher: 'Ukrainska Pravda', title: 'Kremlin meeting between Putin and Trump\'s envoy Witkoff brought to a close after 3 hours', date: '2025-08-06', url: 'https://www.pravda.com.ua/eng/news/2025/08/6/7524962/' },
    { publisher: 'Wikipedia', title: 'Steve Witkoff' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
