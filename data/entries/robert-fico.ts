import type { KbEntryInput } from '../schema';

export default {
  id: 'robert-fico',
  kind: 'person',
  title: { en: 'Robert Fico', uk: 'Роберт Фіцо' },
  aliases: [
    { text: 'Robert Fico', lang: 'en' },
    { text: 'Robert Fico', lang: 'de' },
    { text: 'Robert Fico', lang: 'pl', stems: ['Robert', 'Fic'] },
    // Bare surname: also Roberto Fico, the Italian Five Star Movement politician, and Italian "fico" (fig; "cool").
    { text: 'Fico', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Fico', lang: 'de', caseSensitive: true, ambiguous: true },
    // Polish case forms, exact and capitalised.
    { text: 'Fico', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Fica', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Ficowi', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Роберт Фіцо', lang: 'uk', stems: ['Роберт', 'Фіцо'] },
    { text: 'Фіцо', lang: 'uk', inflect: false },
    { text: 'Роберт Фицо', lang: 'ru', stems: ['Роберт', 'Фицо'] },
    { text: 'Фицо', lang: 'ru', inflect: false },
  ],
  disambiguation: {
    anyOf: [
      'Robert',
      'Slovak*', 'Slowak*', 'Słowac*', 'Słowacj*', 'Словач*', 'словацьк*', 'Словак*', 'словацк*',
      'Bratislava', 'Bratysław*', 'Братислав*',
      'Smer', 'Смер',
      'prime minister', 'premier*', 'Ministerpräsident*', 'Regierungschef*', 'прем’єр*', "прем'єр*", 'премьер*',
      'Orbán', 'Orban', 'Орбан*',
      'Ukrain*', 'Україн*', 'Украин*', 'Putin*', 'Путін*', 'Путин*', 'Kreml*', 'Кремл*',
    ],
    noneOf: [
      'Roberto', 'Роберто',
      'Italy', 'Italian*', 'Italien*', 'italienisch*', 'Włoch*', 'włosk*', 'Італі*', 'італійськ*', 'Итали*', 'итальянск*',
      'Five Star', 'Cinque Stelle', 'M5S', 'Campania', 'Napoli', 'Naples', 'Neapel',
    ],
    window: 300,
  },
  summary: {
    en: 'Prime Minister of Slovakia in 2006–2010, 2012–2018 and again since October 2023, leader of the Smer party. Back in office, his government stopped military aid to Ukraine from Slovak army stocks, and he has argued for talks with Russia; he survived an assassination attempt in May 2024.',
    uk: 'Прем’єр-міністр Словаччини у 2006–2010, 2012–2018 роках і знову з жовтня 2023 року, лідер партії «Смер». Після його повернення до влади уряд припинив військову допомогу Україні із запасів словацької армії, а сам він виступає за переговори з Росією; у травні 2024 року пережив замах.',
  },
  background: [
    {
      en: 'Fico founded Smer in 1999 and first became prime minister in July 2006. After a spell in opposition from 2010 he returned in April 2012. He resigned in March 2018 amid mass protests that followed the murder of the investigative journalist Ján Kuciak and his fiancée in February 2018.',
      uk: 'Фіцо заснував «Смер» у 1999 році й уперше став прем’єр-міністром у липні 2006 року. Після періоду в опозиції з 2010 року повернувся на посаду у квітні 2012 року. У березні 2018 року пішов у відставку на тлі масових протестів після вбивства журналіста-розслідувача Яна Куцяка та його нареченої в лютому 2018 року.',
    },
    {
      en: 'Smer won the September 2023 election on a platform that included ending Slovak arms supplies to Ukraine, and Fico took office for a fourth time on 25 October 2023. His government halted state military aid from army stocks, while commercial arms sales by Slovak companies continued. On 15 May 2024 he was shot and seriously wounded after a government meeting in Handlová.',
      uk: '«Смер» переміг на виборах у вересні 2023 року з програмою, яка передбачала припинення постачання словацької зброї Україні, і 25 жовтня 2023 року Фіцо вчетверте очолив уряд. Його уряд зупинив державну військову допомогу зі складів армії, тоді як комерційний продаж зброї словацькими компаніями тривав. 15 травня 2024 року після виїзного засідання уряду в Гандловій у нього стріляли, він зазнав тяжких поранень.',
    },
    {
      en: 'On 22 December 2024 Fico met Vladimir Putin in the Kremlin, in a dispute with Kyiv over the end of Russian gas transit through Ukraine from 1 January 2025. On 27 November 2024 he announced that he had accepted Putin’s invitation to the Victory Day commemorations, and on 9 May 2025 he was in Moscow for them — the only EU leader to attend — despite a warning from the EU’s foreign policy chief Kaja Kallas; he met Putin there again.',
      uk: '22 грудня 2024 року Фіцо зустрівся з Володимиром Путіним у Кремлі на тлі суперечки з Києвом через припинення транзиту російського газу через Україну з 1 січня 2025 року. 27 листопада 2024 року він оголосив, що прийняв запрошення Путіна на відзначення Дня перемоги, і 9 травня 2025 року був на цих заходах у Москві — єдиний із лідерів ЄС, — попри застереження очільниці дипломатії ЄС Каї Каллас; там він знову зустрівся з Путіним.',
    },
  ],
  whyNow: {
    asOf: '2025-05',
    text: {
      en: 'As of May 2025, Fico, like Hungary’s Viktor Orbán, had ended his country’s state military aid to Ukraine, criticised EU sanctions on Russia and called for peace talks; his trips to Moscow in December 2024 and on 9 May 2025 made him one of very few EU heads of government to visit Russia since the full-scale invasion.',
      uk: 'Станом на травень 2025 року Фіцо, як і угорський прем’єр Віктор Орбан, припинив державну військову допомогу Україні, критикував санкції ЄС проти Росії та закликав до мирних переговорів; поїздки до Москви в грудні 2024 року та 9 травня 2025 року зробили його одним з дуже небагатьох глав урядів ЄС, які відвідали Росію після початку повномасштабного вторгнення.',
    },
  },
  timeline: [
    { date: '2006-07-04', text: { en: 'Becomes Prime Minister of Slovakia for the first time.', uk: 'Уперше стає прем’єр-міністром Словаччини.' } },
    { date: '2018-03', text: { en: 'Resigns amid protests after the murder of journalist Ján Kuciak.', uk: 'Іде у відставку на тлі протестів після вбивства журналіста Яна Куцяка.' } },
    { date: '2023-10-25', text: { en: 'Takes office as prime minister for a fourth time.', uk: 'Учетверте обіймає посаду прем’єр-міністра.' } },
    { date: '2024-05-15', text: { en: 'Survives an assassination attempt in Handlová.', uk: 'Виживає після замаху в Гандловій.' } },
    { date: '2024-12-22', text: { en: 'Meets Putin in the Kremlin over gas supplies.', uk: 'Зустрічається з Путіним у Кремлі щодо постачання газу.' } },
    { date: '2025-05-09', text: { en: 'In Moscow for the Victory Day commemorations, the only EU leader to attend.', uk: 'Бере участь у відзначенні Дня перемоги в Москві — єдиний із лідерів ЄС.' } },
  ],
  roles: [
    { title: { en: 'Prime Minister of Slovakia', uk: 'Прем’єр-міністр Словаччини' }, from: '2006-07-04', to: '2010-07-08' },
    { title: { en: 'Prime Minister of Slovakia', uk: 'Прем’єр-міністр Словаччини' }, from: '2012-04-04', to: '2018-03-22' },
    { title: { en: 'Prime Minister of Slovakia', uk: 'Прем’єр-міністр Словаччини' }, from: '2023-10-25', asOf: '2025-05' },
  ],
  related: ['viktor-orban', 'vladimir-putin', 'european-union', 'eu-sanctions-against-russia', 'eu-accession-of-ukraine'],
  sources: [
    { publisher: 'Encyclopaedia Britannica', title: 'Robert Fico' },
    {
      publisher: 'Mint',
      title: 'Who is Robert Fico? Top 12 things you need to know about Slovakia\'s prime minister who was shot',
      date: '2024-05-16',
      url: 'https://www.livemint.com/news/world/who-is-robert-fico-top-12-things-you-need-to-know-about-slovakia-prime-minister-who-was-shot-survive-populist-prorussia-11715826122411.html',
    },
    { publisher: 'The Kyiv Independent', title: 'Slovak PM accepts Putin\'s invitation to Moscow Victory Day celebrations', date: '2024-11-27', url: 'https://kyivindependent.com/fico-victory-day-moscow' },
    { publisher: 'The Moscow Times (AFP)', title: 'Putin Meets Slovak PM Fico at Kremlin – Television', date: '2024-12-22', url: 'https://www.themoscowtimes.com/2024/12/22/putin-meets-slovak-pm-fico-at-kremlin-russian-television-a87424' },
    { publisher: 'Politico Europe', title: 'Fico shakes Putin’s hand as Russia’s war victory parade kicks off', date: '2025-05-09', url: 'https://www.politico.eu/article/robert-fico-shakes-vladimir-putin-hand-as-russias-war-victory-parade-kicks-off/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
