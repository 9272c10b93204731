import type { KbEntryInput } from '../schema';

export default {
  id: 'keith-kellogg',
  kind: 'person',
  title: { en: 'Keith Kellogg', uk: 'Кіт Келлог' },
  aliases: [
    { text: 'Keith Kellogg', lang: 'en' },
    { text: 'Keith Kellogg', lang: 'pl', stems: ['Keith', 'Kellogg'] },
    // Guards against the cereal company (Kellogg's), the 1928 Kellogg–Briand Pact and the Kellogg School of Management.
    { text: 'Kellogg', lang: 'en', ambiguous: true },
    { text: 'Kellogg', lang: 'de', ambiguous: true },
    { text: 'Kellogg', lang: 'pl', ambiguous: true },
    { text: 'Кіт Келлог', lang: 'uk' },
    { text: 'Кіт Келлоґ', lang: 'uk' },
    // "Келлог" also names the cereal maker in Ukrainian and Russian texts.
    { text: 'Келлог', lang: 'uk', ambiguous: true },
    { text: 'Келлоґ', lang: 'uk', ambiguous: true },
    { text: 'Кит Келлог', lang: 'ru' },
    { text: 'Келлог', lang: 'ru', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Keith', 'Кіт', 'Кит',
      'envoy*', 'Sondergesandt*', 'Sonderbeauftragt*', 'Gesandt*', 'wysłann*', 'specjaln*', 'посланц*', 'спецпосланц*', 'посланник*', 'спецпосланник*', 'представител*', 'представник*',
      'general', 'General*', 'generał*', 'генерал*',
      'Trump*', 'Трамп*',
      'Ukrain*', 'Україн*', 'Украин*',
      'Zelensk*', 'Selensk*', 'Zełensk*', 'Зеленськ*', 'Зеленск*',
      'Kyiv', 'Kiew', 'Kijów', 'Kijow*', 'Київ*', 'Києв*', 'Киев*',
    ],
    noneOf: [
      'cereal*', 'cornflakes', 'Corn Flakes', 'Frühstück*', 'Müsli', 'płatk*', 'пластівц*', 'хлопь*', 'сніданк*', 'завтрак*',
      'Briand', 'Бріан*', 'Бриан*', 'Kellogg School', 'Kellanova', 'Pringles', 'shares', 'Aktie*', 'akcj*', 'акці*', 'акци*',
    ],
    window: 300,
  },
  summary: {
    en: 'Retired US Army lieutenant general and long-time Trump adviser. In January 2025 he became Trump’s special envoy for Ukraine and Russia; on 15 March 2025 Trump narrowed his brief to Ukraine, after reports that Moscow did not want him in talks with Russia.',
    uk: 'Генерал-лейтенант армії США у відставці, давній радник Дональда Трампа. У січні 2025 року став спецпосланцем Трампа щодо України та Росії; 15 березня 2025 року Трамп звузив його мандат до України — після повідомлень, що Москва не хоче бачити його на переговорах із Росією.',
  },
  background: [
    {
      en: 'A Vietnam veteran, Kellogg served in Trump’s first administration as chief of staff of the National Security Council, briefly as acting national security adviser in February 2017, and then as national security adviser to Vice President Mike Pence until January 2021.',
      uk: 'Ветеран війни у В’єтнамі, у першій адміністрації Трампа Келлог був керівником апарату Ради національної безпеки, у лютому 2017 року недовго виконував обов’язки радника з національної безпеки, а потім до січня 2021 року був радником віцепрезидента Майка Пенса з національної безпеки.',
    },
    {
      en: 'On 27 November 2024 Trump announced him as special envoy for Ukraine and Russia. Kellogg visited Kyiv in February 2025 but was absent from the US–Russia talks in Riyadh on 18 February; NBC News reported in March that the Kremlin saw him as too close to Ukraine. On 15 March 2025 Trump wrote that Kellogg had been appointed special envoy to Ukraine and would deal directly with President Zelenskyy.',
      uk: '27 листопада 2024 року Трамп оголосив його спецпосланцем щодо України та Росії. У лютому 2025 року Келлог відвідав Київ, але не брав участі в переговорах США і Росії в Ер-Ріяді 18 лютого; у березні NBC News повідомила, що в Кремлі вважають його надто близьким до України. 15 березня 2025 року Трамп написав, що Келлога призначено спецпосланцем щодо України і він працюватиме безпосередньо з президентом Зеленським.',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, Kellogg remained Washington’s main envoy to Kyiv, while talks with the Kremlin ran through Steve Witkoff.',
      uk: 'Станом на серпень 2025 року Келлог залишався головним посланцем Вашингтона в Києві, тоді як переговори з Кремлем вів Стів Віткофф.',
    },
  },
  timeline: [
    { date: '2017-02', text: { en: 'Briefly acting US national security adviser after Michael Flynn’s resignation.', uk: 'Недовго виконує обов’язки радника США з національної безпеки після відставки Майкла Флінна.' } },
    { date: '2024-11-27', text: { en: 'Trump names him special envoy for Ukraine and Russia.', uk: 'Трамп називає його спецпосланцем щодо України та Росії.' } },
    { date: '2025-02', text: { en: 'Visits Kyiv and meets President Zelenskyy.', uk: 'Відвідує Київ і зустрічається з президентом Зеленським.' } },
    { date: '2025-03-15', text: { en: 'Trump narrows his brief to Ukraine only.', uk: 'Трамп звужує його мандат лише до України.' } },
  ],
  roles: [
    { title: { en: 'Acting US National Security Adviser', uk: 'Виконувач обов’язків радника президента США з національної безпеки' }, from: '2017-02', to: '2017-02' },
    { title: { en: 'National Security Adviser to US Vice President Mike Pence', uk: 'Радник віцепрезидента США Майка Пенса з національної безпеки' }, from: '2018', to: '2021-01' },
    { title: { en: 'US Special Envoy for Ukraine and Russia', uk: 'Спецпосланець США щодо України та Росії' }, from: '2025-01', to: '2025-03-15' },
    { title: { en: 'US Special Envoy for Ukraine', uk: 'Спецпосланець США щодо України' }, from: '2025-03-15', asOf: '2025-08' },
  ],
  related: ['donald-trump', 'steve-witkoff', 'volodymyr-zelenskyy', 'peace-deal', 'ceasefire'],
  sources: [
    { publisher: 'Ukrainska Pravda', title: 'Trump appoints Keith Kellogg as envoy to Ukraine only', date: '2025-03-15', url: 'https://www.pravda.com.ua/eng/news/2025/03/15/7503079/' },
    { publisher: 'Wikipedia', title: 'Keith Kellogg' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
