import type { KbEntryInput } from '../schema';

export default {
  id: 'eu-accession-of-ukraine',
  kind: 'concept',
  title: { en: 'Ukraine’s accession to the EU', uk: 'Вступ України до ЄС' },
  aliases: [
    { text: 'Ukraine’s EU accession', lang: 'en' },
    { text: 'Ukraine’s EU membership', lang: 'en' },
    { text: 'Ukraine’s accession to the EU', lang: 'en' },
    { text: 'EU membership for Ukraine', lang: 'en' },
    // Bare forms also name other candidates' accession (Western Balkans, Turkey …).
    { text: 'EU accession', lang: 'en', ambiguous: true },
    { text: 'EU membership', lang: 'en', ambiguous: true },
    { text: 'accession negotiations', lang: 'en', ambiguous: true },
    { text: 'вступ України до ЄС', lang: 'uk', stems: ['вступ', 'України', 'до', 'ЄС'] },
    { text: 'членство України в ЄС', lang: 'uk', stems: ['членств', 'України', 'в', 'ЄС'] },
    { text: 'вступ до ЄС', lang: 'uk', stems: ['вступ', 'до', 'ЄС'], ambiguous: true },
    { text: 'членство в ЄС', lang: 'uk', stems: ['членств', 'в', 'ЄС'], ambiguous: true },
    { text: 'вступление Украины в ЕС', lang: 'ru', stems: ['вступлени', 'Украины', 'в', 'ЕС'] },
    { text: 'вступление в ЕС', lang: 'ru', stems: ['вступлени', 'в', 'ЕС'], ambiguous: true },
    { text: 'EU-Beitritt der Ukraine', lang: 'de' },
    { text: 'EU-Beitritt', lang: 'de', ambiguous: true },
    { text: 'akcesja Ukrainy do UE', lang: 'pl', stems: ['akcesj', 'Ukrainy', 'do', 'UE'] },
    { text: 'członkostwo Ukrainy w UE', lang: 'pl', stems: ['członkostw', 'Ukrainy', 'w', 'UE'] },
    { text: 'akcesja do UE', lang: 'pl', stems: ['akcesj', 'do', 'UE'], ambiguous: true },
    { text: "adhésion de l'Ukraine à l'UE", lang: 'fr' },
  ],
  disambiguation: {
    anyOf: ['Ukrain*', 'Україн*', 'Украин*', 'Kyiv', 'Kiev', 'Kijów', 'Kijow*', 'Київ', 'Києв*', 'Киев*', 'Zelensk*', 'Selensk*', 'Zełensk*', 'Зеленськ*', 'Зеленск*'],
    // Other candidates. Moldova is not a cue: its accession track runs alongside Ukraine's.
    noneOf: ['Serbi*', 'Сербі*', 'Серби*', 'Albani*', 'Албані*', 'Албани*', 'Montenegr*', 'Czarnog*', 'Чорногор*', 'Черногор*', 'North Macedonia', 'Nordmazedonien', 'Macedoni*', 'Македоні*', 'Македони*', 'Bosni*', 'Босні*', 'Босни*', 'Kosov*', 'Косов*', 'Turkey', 'Türkei', 'Turcj*', 'Туреччин*', 'Турци*', 'Iceland', 'Island', 'Islandi*', 'Ісланді*', 'Исланди*'],
    window: 300,
  },
  summary: {
    en: 'Ukraine’s bid to join the European Union, made four days after the full-scale invasion. It became a candidate in June 2022 and formally opened accession negotiations in June 2024; through 2025 Hungary blocked the opening of the first negotiating cluster. Joining requires the unanimous consent of all member states.',
    uk: 'Заявка України на членство в Європейському Союзі, подана через чотири дні після початку повномасштабного вторгнення. У червні 2022 року Україна отримала статус кандидата, у червні 2024 року офіційно розпочала переговори про вступ, але впродовж 2025 року Угорщина блокувала відкриття першого переговорного кластера. Вступ потребує одностайної згоди всіх держав-членів.',
  },
  background: [
    {
      en: 'Ukraine’s ties with the EU rest on the Association Agreement, signed in 2014 after the Euromaidan protests and in force since 1 September 2017. In 2019 the course towards EU and NATO membership was written into Ukraine’s Constitution. Ukraine applied for membership on 28 February 2022, and the European Council granted it candidate status on 23 June 2022, together with Moldova.',
      uk: 'Відносини України з ЄС ґрунтуються на Угоді про асоціацію, підписаній у 2014 році після Євромайдану й чинній з 1 вересня 2017 року. У 2019 році курс на членство в ЄС і НАТО закріпили в Конституції України. Україна подала заявку на членство 28 лютого 2022 року, а 23 червня 2022 року Європейська рада надала їй статус кандидата разом із Молдовою.',
    },
    {
      en: 'On 14 December 2023 EU leaders decided to open accession negotiations; Hungarian Prime Minister Viktor Orbán left the room rather than veto the decision. The first intergovernmental conference took place on 25 June 2024. Negotiations are organised in clusters of chapters, each opened by unanimity, and Hungary refused its consent to opening the first cluster.',
      uk: '14 грудня 2023 року лідери ЄС ухвалили рішення розпочати переговори про вступ; прем’єр-міністр Угорщини Віктор Орбан вийшов із зали, щоб не накладати вето. Перша міжурядова конференція відбулася 25 червня 2024 року. Переговори ведуть за кластерами розділів, кожен з яких відкривають одностайно, і Угорщина відмовилася погодити відкриття першого кластера.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the European Commission considered Ukraine ready to open the first negotiating cluster, but Hungary blocked it at the European Council of 26 June, citing a national consultation in which most respondents opposed Ukraine’s membership.',
      uk: 'Станом на червень 2025 року Європейська комісія вважала Україну готовою до відкриття першого переговорного кластера, але Угорщина заблокувала це на засіданні Європейської ради 26 червня, пославшись на національне опитування, у якому більшість учасників виступили проти членства України.',
    },
  },
  timeline: [
    { date: '2017-09-01', text: { en: 'The EU–Ukraine Association Agreement enters into force in full.', uk: 'Угода про асоціацію між Україною та ЄС набуває чинності в повному обсязі.' } },
    { date: '2022-02-28', text: { en: 'Ukraine applies for EU membership.', uk: 'Україна подає заявку на членство в ЄС.' } },
    { date: '2022-06-23', text: { en: 'The European Council grants Ukraine candidate status.', uk: 'Європейська рада надає Україні статус кандидата.' } },
    { date: '2023-12-14', text: { en: 'EU leaders decide to open accession negotiations.', uk: 'Лідери ЄС ухвалюють рішення розпочати переговори про вступ.' } },
    { date: '2024-06-25', text: { en: 'The first intergovernmental conference formally opens negotiations.', uk: 'Перша міжурядова конференція офіційно відкриває переговори.' } },
    { date: '2025-06-26', text: { en: 'Hungary blocks the opening of the first negotiating cluster.', uk: 'Угорщина блокує відкриття першого переговорного кластера.' } },
  ],
  positions: [
    {
      personId: 'volodymyr-zelenskyy',
      name: { en: 'Volodymyr Zelenskyy', uk: 'Володимир Зеленський' },
      role: { en: 'President of Ukraine (since 2019)', uk: 'Президент України (з 2019 року)' },
      side: { en: 'Ukrainian government', uk: 'Уряд України' },
      stance: { en: 'Opening talks is a victory for all of Europe', uk: 'Початок переговорів — перемога всієї Європи' },
      paraphrase: {
        en: 'Welcomed the decision of 14 December 2023 to open accession negotiations as a victory for Ukraine and for all of Europe.',
        uk: 'Привітав рішення від 14 грудня 2023 року розпочати переговори про вступ як перемогу України й усієї Європи.',
      },
      source: { publisher: 'Volodymyr Zelenskyy (X)', title: 'Post beginning “This is a victory for Ukraine. A victory for all of Europe.”', date: '2023-12-14' },
    },
    {
      personId: 'viktor-orban',
      name: { en: 'Viktor Orbán', uk: 'Віктор Орбан' },
      role: { en: 'Prime Minister of Hungary (in office from 2010)', uk: 'прем’єр-міністр Угорщини (на посаді з 2010 року)' },
      side: { en: 'Hungarian government', uk: 'Уряд Угорщини' },
      stance: { en: 'Opposes Ukraine’s membership', uk: 'Виступає проти членства України' },
      paraphrase: {
        en: 'Opposed the December 2023 decision but left the room rather than veto it; in June 2025 refused consent to opening the first cluster, citing the government-run Voks 2025 consultation in which, by the government’s count, 95% of those who took part opposed Ukraine’s membership.',
        uk: 'Виступав проти рішення грудня 2023 року, але вийшов із зали, щоб не ветувати його; у червні 2025 року не дав згоди на відкриття першого кластера, пославшись на урядове опитування Voks 2025, у якому, за підрахунками уряду, 95% учасників висловилися проти членства України.',
      },
      source: { publisher: 'LIGA.net', title: 'Orban said that the majority of Hungarians voted against Ukraine’s accession to the EU', date: '2025-06-26', url: 'https://news.liga.net/en/politics/news/orban-said-that-the-majority-of-hungarians-voted-against-ukraines-accession-to-the-eu' },
    },
  ],
  related: ['eu-ukraine-association-agreement', 'european-union', 'european-council', 'european-commission', 'viktor-orban', 'nato-membership', 'euromaidan'],
  sources: [
    { publisher: 'European Council', title: 'European Council conclusions, 23–24 June 2022', date: '2022-06-24' },
    { publisher: 'European Council', title: 'European Council conclusions, 14–15 December 2023', date: '2023-12-15' },
    { publisher: 'Council of the EU', title: 'First intergovernmental conference on the accession of Ukraine', date: '2024-06-25' },
    { publisher: 'European Council', title: 'European Council conclusions on Ukraine, 26 June 2025', date: '2025-06-26' },
    { publisher: 'LIGA.net', title: 'Orban said that the majority of Hungarians voted against Ukraine’s accession to the EU', date: '2025-06-26', url: 'https://news.liga.net/en/politics/news/orban-said-that-the-majority-of-hungarians-voted-against-ukraines-accession-to-the-eu' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
