import type { KbEntryInput } from '../schema';

export default {
  id: 'ruslan-stefanchuk',
  kind: 'person',
  title: { en: 'Ruslan Stefanchuk', uk: 'Руслан Стефанчук' },
  aliases: [
    { text: 'Ruslan Stefanchuk', lang: 'en' },
    { text: 'Ruslan Stefantschuk', lang: 'de' },
    { text: 'Rusłan Stefanczuk', lang: 'pl', stems: ['Rusłan', 'Stefanczuk'] },
    { text: 'Руслан Стефанчук', lang: 'uk', stems: ['Руслан', 'Стефанчук'] },
    { text: 'Руслан Стефанчук', lang: 'ru', stems: ['Руслан', 'Стефанчук'] },
    // Bare surname: his brother Mykola Stefanchuk is also a member of the Verkhovna Rada.
    { text: 'Stefanchuk', lang: 'en', ambiguous: true },
    { text: 'Stefantschuk', lang: 'de', ambiguous: true },
    { text: 'Stefanczuk', lang: 'pl', stems: ['Stefanczuk'], ambiguous: true },
    { text: 'Стефанчук', lang: 'uk', stems: ['Стефанчук'], ambiguous: true },
    { text: 'Стефанчук', lang: 'ru', stems: ['Стефанчук'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Ruslan', 'Rusłan*', 'Руслан*',
      'Speaker', 'speaker', 'Parlamentspräsident*', 'Parlamentschef*', 'spiker*', 'przewodnicząc*', 'спікер*', 'спикер*',
      'голова Верховної Ради', 'голови Верховної Ради', 'Голова Верховної Ради', 'председател* Верховной Рады', 'chairman of the Verkhovna Rada',
      'Verkhovna Rada', 'Werchowna Rada', 'Rada Najwyższ*', 'Rady Najwyższej', 'Верховн* Рад*',
      'parliament*', 'Parlament*', 'parlament*', 'парламент*',
      'Zelensk*', 'Selensk*', 'Zełensk*', 'Зеленськ*', 'Зеленск*',
    ],
    noneOf: ['Mykola', 'Mykoła', 'Nikolai', 'Mykola Stefanchuk', 'Микол*', 'Никола*', 'brother', 'Bruder', 'brat', 'брат*'],
    window: 300,
  },
  summary: {
    en: 'Chairman (Speaker) of Ukraine’s parliament, the Verkhovna Rada, since October 2021. A legal scholar, he was elected for Volodymyr Zelenskyy’s Servant of the People party in 2019 and was first deputy speaker before succeeding Dmytro Razumkov.',
    uk: 'Голова Верховної Ради України з жовтня 2021 року. Правник-науковець, у 2019 році обраний народним депутатом від партії Володимира Зеленського «Слуга народу», був першим заступником голови парламенту, а потім змінив на посаді Дмитра Разумкова.',
  },
  background: [
    {
      en: 'Born in Ternopil in 1975, Stefanchuk is a doctor of law and professor. He was number two on Servant of the People’s list in the July 2019 election and from 2019 until October 2021 was the president’s representative in parliament. On 29 August 2019 the new Rada elected him first deputy chairman.',
      uk: 'Народився 1975 року в Тернополі, доктор юридичних наук, професор. На виборах у липні 2019 року був другим номером списку «Слуги народу», а з 2019 року до жовтня 2021 року — представником президента у Верховній Раді. 29 серпня 2019 року новообрана Рада обрала його першим заступником голови.',
    },
    {
      en: 'After the Rada dismissed Speaker Dmytro Razumkov on 7 October 2021, following his clash with the President’s Office over the anti-oligarch law, it elected Stefanchuk chairman the next day with 261 votes. Since February 2022 he has presided over a parliament working under martial law; under the constitution its powers continue until the first sitting of a Rada elected after martial law ends.',
      uk: 'Після того як 7 жовтня 2021 року Рада відкликала голову парламенту Дмитра Разумкова, що розійшовся з Офісом президента щодо закону про олігархів, наступного дня вона обрала головою Стефанчука — за нього проголосували 261 депутат. З лютого 2022 року він очолює парламент, який працює в умовах воєнного стану; за Конституцією його повноваження тривають до першого засідання Ради, обраної після скасування воєнного стану.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Stefanchuk remained Speaker. His office is at the centre of a Russian talking point: since May 2024 Putin has claimed that Zelenskyy’s term has expired and that legitimate authority lies with the Rada and its Speaker. Stefanchuk rejects this, citing the constitutional rule that a president serves until a newly elected one takes office; elections cannot be held under martial law.',
      uk: 'Станом на червень 2025 року Стефанчук залишався головою Верховної Ради. Його посада опинилася в центрі російського наративу: з травня 2024 року Путін стверджує, що строк повноважень Зеленського сплив і легітимна влада — у Ради та її голови. Стефанчук це відкидає з посиланням на конституційну норму, за якою президент виконує повноваження до вступу на пост новообраного президента; під час воєнного стану вибори провести не можна.',
    },
  },
  timeline: [
    { date: '2019-07-21', text: { en: 'Elected to parliament on the Servant of the People list.', uk: 'Обраний до парламенту за списком «Слуги народу».' } },
    { date: '2019-08-29', text: { en: 'Elected first deputy chairman of the Verkhovna Rada.', uk: 'Обраний першим заступником голови Верховної Ради.' } },
    { date: '2021-10-08', text: { en: 'Elected chairman of the Verkhovna Rada with 261 votes.', uk: 'Обраний головою Верховної Ради 261 голосом.' } },
    { date: '2024-05-28', text: { en: 'Rejects Putin’s claim that power in Ukraine should pass to the Speaker.', uk: 'Відкидає заяву Путіна, що влада в Україні має перейти до голови парламенту.' } },
  ],
  roles: [
    { title: { en: 'Representative of the President of Ukraine in the Verkhovna Rada', uk: 'Представник Президента України у Верховній Раді' }, from: '2019', to: '2021-10-06' },
    { title: { en: 'Member of the Verkhovna Rada (Servant of the People)', uk: 'Народний депутат України («Слуга народу»)' }, from: '2019-08-29', asOf: '2025-06' },
    { title: { en: 'First Deputy Chairman of the Verkhovna Rada', uk: 'Перший заступник Голови Верховної Ради' }, from: '2019-08-29', to: '2021-10-08' },
    { title: { en: 'Chairman of the Verkhovna Rada', uk: 'Голова Верховної Ради України' }, from: '2021-10-08', asOf: '2025-06' },
  ],
  positions: [
    {
      personId: 'vladimir-putin',
      name: { en: 'Vladimir Putin', uk: 'Володимир Путін' },
      role: { en: 'President of Russia (since 2012; also 2000–2008)', uk: 'Президент Росії (з 2012 року; також у 2000–2008 роках)' },
      side: { en: 'Russian government', uk: 'Уряд Росії' },
      stance: { en: 'Only the Rada and its Speaker are legitimate', uk: 'Легітимні лише Рада та її голова' },
      paraphrase: {
        en: 'At a news conference in Tashkent on 28 May 2024 claimed that Ukraine’s constitution extends only parliament’s powers under martial law, not the president’s, so that after Zelenskyy’s term ended the only legitimate authority was the Verkhovna Rada and its Speaker.',
        uk: 'На пресконференції в Ташкенті 28 травня 2024 року стверджував, що Конституція України під час воєнного стану продовжує повноваження лише парламенту, а не президента, тож після завершення строку Зеленського єдиною легітимною владою є Верховна Рада та її голова.',
      },
      source: {
        publisher: 'Anadolu Agency',
        title: 'Putin says Ukraine\'s parliament currently only legitimate power in country',
        date: '2024-05-28',
        url: 'https://aa.com.tr/en/russia-ukraine-war/putin-says-ukraines-parliament-currently-only-legitimate-power-in-country/3233346',
      },
    },
    {
      personId: 'ruslan-stefanchuk',
      name: { en: 'Ruslan Stefanchuk', uk: 'Руслан Стефанчук' },
      role: { en: 'Chairman of the Verkhovna Rada (since 2021)', uk: 'голова Верховної Ради (з 2021 року)' },
      side: { en: 'Ukrainian parliament', uk: 'Парламент України' },
      stance: { en: 'Zelenskyy stays president until martial law ends', uk: 'Зеленський залишається президентом до кінця воєнного стану' },
      paraphrase: {
        en: 'Responding on social media on 28 May 2024, pointed to Article 108 of the constitution, under which the president exercises his powers until a newly elected president takes office, and said Zelenskyy remains president until the end of martial law; he called the Russian narratives as predictable as they were senseless.',
        uk: 'Відповідаючи в соцмережах 28 травня 2024 року, послався на статтю 108 Конституції, за якою президент виконує повноваження до вступу на пост новообраного президента, і заявив, що Зеленський залишається президентом до завершення воєнного стану; російські наративи назвав «настільки ж передбачуваними, наскільки й безглуздими».',
      },
      source: {
        publisher: 'Essanews',
        title: 'Putin challenges Zelensky\'s legitimacy amid war in Ukraine',
        date: '2024-05-29',
        url: 'https://essanews.com/putin-challenges-zelenskys-legitimacy-amid-war-in-ukraine,7032678882125441a',
      },
    },
  ],
  related: ['verkhovna-rada', 'volodymyr-zelenskyy', 'martial-law-in-ukraine', 'office-of-the-president-of-ukraine', 'vladimir-putin'],
  sources: [
    { publisher: 'Interfax-Ukraine', title: 'Зеленський звільнив Стефанчука від виконання обов\'язків представника президента в Раді', date: '2021-10-07', url: 'https://interfax.com.ua/news/general/772153.html' },
    { publisher: 'Ukrinform', title: 'Стефанчука призначили новим спікером Ради', date: '2021-10-08' },
    {
      publisher: 'Anadolu Agency',
      title: 'Putin says Ukraine\'s parliament currently only legitimate power in country',
      date: '2024-05-28',
      url: 'https://aa.com.tr/en/russia-ukraine-war/putin-says-ukraines-parliament-currently-only-legitimate-power-in-country/3233346',
    },
    {
      publisher: 'Essanews',
      title: 'Putin challenges Zelensky\'s legitimacy amid war in Ukraine',
      date: '2024-05-29',
      url: 'https://essanews.com/putin-challenges-zelenskys-legitimacy-amid-war-in-ukraine,7032678882125441a',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
