import type { KbEntryInput } from '../schema';

export default {
  id: 'martial-law-in-ukraine',
  kind: 'concept',
  title: { en: 'Martial law in Ukraine', uk: 'Воєнний стан в Україні' },
  aliases: [
    { text: 'martial law in Ukraine', lang: 'en' },
    // Bare forms also name South Korea's 2024 martial law, Poland's of 1981, the Philippines …
    { text: 'martial law', lang: 'en', ambiguous: true },
    { text: 'воєнний стан', lang: 'uk', stems: ['воєнн', 'стан'], ambiguous: true },
    { text: 'военное положение', lang: 'ru', stems: ['военн', 'положени'], ambiguous: true },
    { text: 'Kriegsrecht', lang: 'de', ambiguous: true },
    { text: 'stan wojenny', lang: 'pl', stems: ['stan', 'wojenn'], ambiguous: true },
    { text: 'loi martiale', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['Ukrain*', 'Україн*', 'Украин*', 'Kyiv', 'Kiev', 'Kiew', 'Kijów', 'Kijow*', 'Київ', 'Києв*', 'Киев*', 'Zelensk*', 'Selensk*', 'Zełensk*', 'Зеленськ*', 'Зеленск*', 'Verkhovna Rada', 'Werchowna Rada', 'Верховна Рада', 'Верховної Ради', 'Верховной Рады'],
    noneOf: [
      'South Korea*',
      'Südkorea*',
      'Korea Południow*',
      'Korei Południowej',
      'Південна Корея',
      'Південній Кореї',
      'Південної Кореї',
      'Южная Корея',
      'Южной Корее',
      'Южной Кореи',
      'Yoon',
      'Юн Сок Йоль',
      'Jaruzelsk*',
      'Ярузельськ*',
      'Ярузельск*',
      '1981',
      'PRL',
      'Philippin*',
      'Marcos',
      'Myanmar',
      'Pakistan*',
      'Thailand',
      'Israel*',
      'Ізраїл*',
      'Израил*',
    ],
    window: 300,
  },
  summary: {
    en: 'The legal regime in force in Ukraine since 24 February 2022, declared by the president and approved by parliament, and extended every 90 days since. It lets the authorities restrict some rights, bars elections and changes to the Constitution, and underpins mobilisation and the general ban on men of military age leaving the country.',
    uk: 'Правовий режим, що діє в Україні з 24 лютого 2022 року: його запровадив президент і затвердила Верховна Рада, відтоді його продовжують кожні 90 днів. Він дозволяє обмежувати окремі права, унеможливлює вибори та зміни до Конституції і є основою для мобілізації та загальної заборони виїзду за кордон для чоловіків призовного віку.',
  },
  background: [
    {
      en: 'Ukraine first used martial law in November 2018, for 30 days in ten regions, after Russia seized Ukrainian navy ships near the Kerch Strait. On the morning of the full-scale invasion, President Zelenskyy declared it nationwide, and the Verkhovna Rada approved the decree the same day; general mobilisation was announced shortly after.',
      uk: 'Уперше Україна запровадила воєнний стан у листопаді 2018 року — на 30 днів у десяти областях, після захоплення Росією кораблів ВМС України біля Керченської протоки. Уранці в день повномасштабного вторгнення президент Зеленський оголосив його по всій країні, і того ж дня Верховна Рада затвердила указ; невдовзі було оголошено загальну мобілізацію.',
    },
    {
      en: 'Under Ukraine’s law on the legal regime of martial law, elections cannot be held while it is in force, and Article 157 of the Constitution bars amending the Constitution. The presidential election that would have taken place in spring 2024 and the parliamentary election due in 2023 were therefore not held; the president and parliament remain in office until their successors are elected.',
      uk: 'За законом України про правовий режим воєнного стану, вибори під час його дії не проводять, а стаття 157 Конституції забороняє вносити до неї зміни. Тому парламентські вибори, що мали відбутися у 2023 році, і президентські, запланові на весну 2024 року, не проводили; президент і парламент виконують повноваження до обрання наступників.',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, martial law had been extended again, and elections were tied to a ceasefire or peace deal. Russia used the postponed vote to question Zelenskyy’s legitimacy, while Ukraine’s parliament had confirmed on 25 February 2025 that he stays in office until a new president is elected.',
      uk: 'Станом на серпень 2025 року воєнний стан знову продовжили, а питання виборів пов’язували з припиненням вогню чи мирною угодою. Росія використовувала перенесення виборів, щоб ставити під сумнів легітимність Зеленського, а Верховна Рада 25 лютого 2025 року підтвердила, що він виконує повноваження до обрання нового президента.',
    },
  },
  timeline: [
    { date: '2018-11-26', text: { en: 'Parliament approves martial law in ten regions for 30 days after the Kerch Strait incident.', uk: 'Верховна Рада затверджує воєнний стан у десяти областях на 30 днів після інциденту в Керченській протоці.' } },
    { date: '2022-02-24', text: { en: 'Nationwide martial law is declared and approved by parliament.', uk: 'Оголошено й затверджено парламентом воєнний стан по всій країні.' } },
    { date: '2024-03-31', text: { en: 'The date of the regular presidential election passes without a vote.', uk: 'Минає дата чергових президентських виборів — голосування не відбувається.' } },
    { date: '2025-02-19', text: { en: 'Trump calls Zelenskyy a “dictator without elections”.', uk: 'Трамп називає Зеленського «диктатором без виборів».' } },
    { date: '2025-02-25', text: { en: 'Parliament confirms Zelenskyy’s powers last until a successor is elected.', uk: 'Верховна Рада підтверджує, що повноваження Зеленського тривають до обрання наступника.' } },
  ],
  positions: [
    {
      name: { en: 'Vladimir Putin', uk: 'Володимир Путін' },
      role: { en: 'President of Russia', uk: 'Президент Росії' },
      side: { en: 'Russian government', uk: 'Уряд Росії' },
      stance: { en: 'Zelenskyy’s term has expired', uk: 'Каденція Зеленського завершилася' },
      paraphrase: {
        en: 'Has argued since May 2024 that Zelenskyy’s legitimacy ended with his five-year term and that a deal signed by him could be challenged, citing Ukraine’s Constitution in his own reading.',
        uk: 'З травня 2024 року стверджує, що легітимність Зеленського завершилася разом із п’ятирічною каденцією і що підписану ним угоду можна буде оскаржити, посилаючись на Конституцію України у власному тлумаченні.',
      },
      source: { publisher: 'President of Russia (kremlin.ru)', title: 'News conference following the visit to Uzbekistan', date: '2024-05-28' },
    },
    {
      name: { en: 'Verkhovna Rada of Ukraine', uk: 'Верховна Рада України' },
      role: { en: 'Parliament of Ukraine', uk: 'парламент України' },
      side: { en: 'Ukrainian parliament', uk: 'Український парламент' },
      stance: { en: 'No elections under martial law; powers continue', uk: 'Жодних виборів у воєнний стан; повноваження тривають' },
      paraphrase: {
        en: 'In a resolution of 25 February 2025 stated that elections would be held after martial law ends and a lasting peace is reached, and that Zelenskyy continues in office until a new president takes office.',
        uk: 'У постанові від 25 лютого 2025 року зазначила, що вибори відбудуться після припинення воєнного стану й досягнення тривалого миру, а Зеленський виконує повноваження до вступу на посаду нового президента.',
      },
      source: { publisher: 'Verkhovna Rada of Ukraine', title: 'Resolution on the statement of the Verkhovna Rada of Ukraine', date: '2025-02-25' },
    },
  ],
  related: ['mobilisation-in-ukraine', 'full-scale-invasion', 'volodymyr-zelenskyy', 'verkhovna-rada', 'peace-deal'],
  sources: [
    { publisher: 'President of Ukraine (president.gov.ua)', title: 'Decree No. 64/2022 on the introduction of martial law in Ukraine', date: '2022-02-24' },
    { publisher: 'Verkhovna Rada of Ukraine', title: 'Law of Ukraine “On the legal regime of martial law”', date: '2015-05-12' },
    { publisher: 'Verkhovna Rada of Ukraine', title: 'Constitution of Ukraine (Article 157)', date: '1996-06-28' },
    { publisher: 'Donald J. Trump (Truth Social)', title: 'Post on Volodymyr Zelenskyy', date: '2025-02-19' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
