import type { KbEntryInput } from '../schema';

export default {
  id: 'hybrid-warfare',
  kind: 'concept',
  title: { en: 'Russian hybrid warfare', uk: 'Гібридна війна Росії' },
  aliases: [
    { text: 'Russian hybrid warfare', lang: 'en' },
    { text: 'Russia’s hybrid war', lang: 'en' },
    // Bare forms are also used of China, Iran and others.
    { text: 'hybrid warfare', lang: 'en', ambiguous: true },
    { text: 'hybrid war', lang: 'en', ambiguous: true },
    { text: 'hybrid attack', lang: 'en', ambiguous: true },
    { text: 'hybrid attacks', lang: 'en', ambiguous: true },
    { text: 'hybrid threats', lang: 'en', ambiguous: true },
    { text: 'гібридна війна', lang: 'uk', stems: ['гібридн', 'війн'], ambiguous: true },
    { text: 'гібридні атаки', lang: 'uk', stems: ['гібридн', 'атак'], ambiguous: true },
    { text: 'гибридная война', lang: 'ru', stems: ['гибридн', 'войн'], ambiguous: true },
    { text: 'hybride Kriegsführung', lang: 'de', stems: ['hybrid', 'Kriegsführung'], ambiguous: true },
    { text: 'hybrider Krieg', lang: 'de', stems: ['hybrid', 'Krieg'], ambiguous: true },
    { text: 'hybride Angriffe', lang: 'de', stems: ['hybrid', 'Angriff'], ambiguous: true },
    { text: 'wojna hybrydowa', lang: 'pl', stems: ['wojn', 'hybrydow'], ambiguous: true },
    { text: 'atak hybrydowy', lang: 'pl', stems: ['atak', 'hybrydow'], ambiguous: true },
    { text: 'guerre hybride', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['Russia*', 'Russland', 'russisch*', 'Rosj*', 'rosyjsk*', 'Russie', 'Росі*', 'російськ*', 'Росси*', 'российск*', 'Moscow', 'Moskau', 'Moskw*', 'Москв*', 'Kremlin', 'Kreml*', 'Кремл*', 'Putin*', 'Путін*', 'Путин*', 'Belarus*', 'Białoru*', 'Білорус*', 'Беларус*', 'Белорус*'],
    noneOf: ['Chin*', 'Taiwan*', 'Tajwan*', 'Тайван*', 'Китай*', 'Iran*', 'Іран*', 'Иран*', 'Hezbollah', 'Hisbollah', 'Хезбол*', 'Хизбалл*'],
    window: 300,
  },
  summary: {
    en: 'The combination of military and non-military means, such as disinformation, cyberattacks, sabotage, covert forces, energy pressure and the use of migrants, to weaken an opponent without open war. NATO and EU governments use the term for Russia’s actions in Ukraine since 2014 and, increasingly, against European states.',
    uk: 'Поєднання військових і невійськових засобів — дезінформації, кібератак, диверсій, прихованих підрозділів, енергетичного тиску та використання мігрантів, — щоб послабити супротивника без відкритої війни. НАТО та уряди країн ЄС називають так дії Росії в Україні з 2014 року і дедалі частіше — проти європейських держав.',
  },
  background: [
    {
      en: 'The term became common after Russia’s seizure of Crimea in 2014 by troops without insignia, the so-called little green men, whose presence Moscow first denied, and its covert support for armed separatists in Donbas. A 2013 article by Russia’s chief of the general staff, Valery Gerasimov, is often cited as its blueprint; the analyst Mark Galeotti, who coined the label “Gerasimov doctrine”, later said the label was misleading.',
      uk: 'Термін поширився після захоплення Криму у 2014 році військовими без розпізнавальних знаків — так званими «зеленими чоловічками», присутність яких Москва спершу заперечувала, — і прихованої підтримки Росією збройних сепаратистів на Донбасі. Як її «план» часто цитують статтю начальника Генштабу Росії Валерія Герасимова 2013 року; аналітик Марк Галеотті, який запровадив вислів «доктрина Герасимова», згодом визнав його оманливим.',
    },
    {
      en: 'Since then European governments have attributed to Russia or Belarus the pushing of migrants across the Belarusian border from 2021, sabotage and arson plots, damage to Baltic Sea cables, GPS jamming and drone incursions into NATO airspace. The EU set up a sanctions framework for Russia’s destabilising hybrid activities in October 2024. Russia denies involvement.',
      uk: 'Відтоді європейські уряди приписують Росії чи Білорусі переправлення мігрантів через білоруський кордон з 2021 року, диверсії та підпали, пошкодження кабелів у Балтійському морі, глушіння GPS і вторгнення дронів у повітряний простір НАТО. У жовтні 2024 року ЄС запровадив санкційний механізм щодо дестабілізувальних гібридних дій Росії. Росія свою причетність заперечує.',
    },
  ],
  whyNow: {
    asOf: '2025-09',
    text: {
      en: 'As of September 2025, the incursion of Russian drones into Polish airspace on 10 September and the violation of Estonian airspace by Russian fighter jets on 19 September led both countries to request NATO consultations under Article 4, and European governments debated how to respond to such incidents.',
      uk: 'Станом на вересень 2025 року вторгнення російських дронів у повітряний простір Польщі 10 вересня та порушення повітряного простору Естонії російськими винищувачами 19 вересня змусили обидві країни ініціювати консультації в НАТО за статтею 4, а європейські уряди обговорювали, як реагувати на такі інциденти.',
    },
  },
  timeline: [
    { date: '2014-02', text: { en: 'Troops without insignia seize key sites in Crimea.', uk: 'Військові без розпізнавальних знаків захоплюють ключові об’єкти в Криму.' } },
    { date: '2021', text: { en: 'Migrants are pushed across the Belarusian border into Poland, Lithuania and Latvia.', uk: 'Мігрантів переправляють через білоруський кордон до Польщі, Литви та Латвії.' } },
    { date: '2024-10', text: { en: 'The EU creates a sanctions framework for Russia’s hybrid activities.', uk: 'ЄС створює санкційний механізм щодо гібридних дій Росії.' } },
    { date: '2024-12-25', text: { en: 'The Estlink 2 cable between Finland and Estonia is damaged; Finland detains the tanker Eagle S on suspicion of causing it.', uk: 'Пошкоджено кабель Estlink 2 між Фінляндією та Естонією; Фінляндія затримує танкер Eagle S за підозрою в причетності.' } },
    { date: '2025-09-10', text: { en: 'Russian drones enter Polish airspace; Poland invokes NATO Article 4.', uk: 'Російські дрони залітають у повітряний простір Польщі; Польща ініціює консультації за статтею 4 НАТО.' } },
  ],
  related: ['nato-article-4', 'shadow-fleet', 'crimea-annexation', 'valery-gerasimov', 'alexander-lukashenko', 'nato', 'escalation'],
  sources: [
    { publisher: 'Council of the EU', title: 'Russian hybrid threats: Council establishes new sanctions framework', date: '2024-10-08' },
    { publisher: 'NATO', title: 'NATO’s response to hybrid threats' },
    { publisher: 'Censor.NET', title: 'Poland activates NATO’s Article 4 after Russian drone incursion', date: '2025-09-10', url: 'https://censor.net/en/news/3573308/poland-activates-nato-s-article-4-after-russian-drone-incursion' },
    { publisher: 'Report.az', title: 'Estonia to discuss Russia’s violation of its airspace with NATO', date: '2025-09-19', url: 'https://report.az/en/amp/other-countries/estonia-to-discuss-russia-s-violation-of-its-airspace-with-nato' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
