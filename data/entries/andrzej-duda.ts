import type { KbEntryInput } from '../schema';

export default {
  id: 'andrzej-duda',
  kind: 'person',
  title: { en: 'Andrzej Duda', uk: 'Анджей Дуда' },
  aliases: [
    { text: 'Andrzej Duda', lang: 'en' },
    { text: 'Andrzej Duda', lang: 'pl', stems: ['Andrzej', 'Dud'] },
    // Duda is a common Polish surname (e.g. trade unionist Piotr Duda) and "duda" is the Polish bagpipe:
    // capital letter and context required. Polish case forms listed exactly (case-sensitive aliases take no endings).
    { text: 'Duda', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Dudy', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Dudzie', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Dudę', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Dudą', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Анджей Дуда', lang: 'uk', stems: ['Андже', 'Дуд'] },
    // "дуда" is also a folk bagpipe in Ukrainian, and Дуда a Ukrainian surname.
    { text: 'Дуда', lang: 'uk', ambiguous: true },
    { text: 'Анджей Дуда', lang: 'ru', stems: ['Андже', 'Дуд'] },
    { text: 'Дуда', lang: 'ru', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Andrzej', 'Анджей*',
      'president*', 'Präsident*', 'prezydent*', 'президент*',
      'Poland', 'Polish', 'Polen', 'polnisch*', 'Polsk*', 'Польщ*', 'польськ*', 'Польш*', 'польск*',
      'Warsaw', 'Warschau', 'Warszaw*', 'Варшав*', 'Belweder*', 'Pałac Prezydencki', 'Pałacu Prezydenckim', 'Pałacu Prezydenckiego',
      'PiS', 'Law and Justice', 'Prawo i Sprawiedliwość', 'Prawa i Sprawiedliwości', 'ПіС', 'ПиС',
      'Tusk*', 'Туск*', 'Nawrock*', 'Навроцьк*', 'Навроцк*', 'Zelensk*', 'Zełensk*', 'Selensk*', 'Зеленськ*', 'Зеленск*',
      'Ukrain*', 'Україн*', 'Украин*', 'NATO', 'НАТО',
    ],
    noneOf: [
      'Piotr', 'Петр', 'Петро', 'Solidarność', 'Solidarności', 'związk*', 'Agata', 'Kornhauser',
      'bagpipe*', 'Dudelsack*', 'dudziarz*', 'dudy podhalańsk*', 'волинк*', 'дудар*', 'волынк*', 'folk*', 'фольклор*',
    ],
    window: 300,
  },
  summary: {
    en: 'President of Poland from August 2015 to August 2025, backed by the Law and Justice (PiS) party. After Russia’s full-scale invasion he became one of Ukraine’s most visible supporters; Karol Nawrocki succeeded him on 6 August 2025.',
    uk: 'Президент Польщі з серпня 2015 до серпня 2025 року, якого підтримувала партія «Право і справедливість» (ПіС). Після повномасштабного вторгнення Росії став одним із найпомітніших прихильників України; 6 серпня 2025 року його змінив Кароль Навроцький.',
  },
  background: [
    {
      en: 'A lawyer from Kraków, Duda was a member of the European Parliament when PiS nominated him for president. He won the 2015 election against the incumbent Bronisław Komorowski and was re-elected in 2020. Under him Poland hosted US and NATO forces and sharply increased defence spending.',
      uk: 'Юрист із Кракова, Дуда був депутатом Європарламенту, коли ПіС висунула його в президенти. На виборах 2015 року він переміг чинного президента Броніслава Коморовського, а у 2020 році був переобраний. За його каденції в Польщі розмістилися війська США та НАТО, а оборонні витрати різко зросли.',
    },
    {
      en: 'After 24 February 2022 Poland took in millions of Ukrainian refugees and became the main hub for military aid to Ukraine. Duda visited Kyiv several times and addressed the Verkhovna Rada in May 2022. Relations were strained in 2023 by a dispute over Ukrainian grain imports. From December 2023 he cohabited with Donald Tusk’s government, which he had opposed.',
      uk: 'Після 24 лютого 2022 року Польща прийняла мільйони українських біженців і стала головним хабом військової допомоги Україні. Дуда кілька разів відвідував Київ, а в травні 2022 року виступив у Верховній Раді. У 2023 році відносини затьмарила суперечка щодо імпорту українського зерна. З грудня 2023 року він співіснував з опозиційним до нього урядом Дональда Туска.',
    },
  ],
  timeline: [
    { date: '2015-08-06', text: { en: 'Takes office as President of Poland.', uk: 'Обіймає посаду президента Польщі.' } },
    { date: '2020-07-12', text: { en: 'Re-elected in a run-off against Rafał Trzaskowski.', uk: 'Переобраний у другому турі проти Рафала Тшасковського.' } },
    { date: '2022-05-22', text: { en: 'Addresses the Verkhovna Rada in Kyiv.', uk: 'Виступає у Верховній Раді в Києві.' } },
    { date: '2025-08-06', text: { en: 'His second term ends; Karol Nawrocki is sworn in.', uk: 'Завершується його другий термін; присягу складає Кароль Навроцький.' } },
  ],
  roles: [
    { title: { en: 'Member of the European Parliament', uk: 'Депутат Європейського парламенту' }, from: '2014-07', to: '2015' },
    { title: { en: 'President of Poland', uk: 'Президент Польщі' }, from: '2015-08-06', to: '2025-08-06' },
  ],
  related: ['karol-nawrocki', 'donald-tusk', 'radoslaw-sikorski', 'volodymyr-zelenskyy', 'nato'],
  sources: [
    { publisher: 'UNN', title: 'Nawrocki takes oath and assumes office as President of Poland', date: '2025-08-06', url: 'https://unn.ua/en/news/nawrocki-took-the-oath-and-assumed-the-office-of-president-of-poland' },
    { publisher: 'Wikipedia', title: 'Andrzej Duda' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
