import type { KbEntryInput } from '../schema';

export default {
  id: 'hur',
  kind: 'institution',
  title: { en: 'HUR (Defence Intelligence of Ukraine)', uk: 'ГУР (Головне управління розвідки Міноборони України)' },
  aliases: [
    { text: 'HUR', lang: 'en', caseSensitive: true },
    { text: 'GUR', lang: 'en', caseSensitive: true },
    { text: 'Defence Intelligence of Ukraine', lang: 'en' },
    { text: 'Defense Intelligence of Ukraine', lang: 'en' },
    { text: 'Main Directorate of Intelligence', lang: 'en' },
    { text: 'Ukrainian military intelligence', lang: 'en' },
    { text: 'ГУР', lang: 'uk', caseSensitive: true },
    { text: 'ГУР МО', lang: 'uk', caseSensitive: true },
    { text: 'ГУР МОУ', lang: 'uk', caseSensitive: true },
    { text: 'Головне управління розвідки', lang: 'uk', stems: ['Головн', 'управлінн', 'розвідки'] },
    { text: 'воєнна розвідка України', lang: 'uk', stems: ['воєнн', 'розвідк', 'України'] },
    { text: 'Главное управление разведки', lang: 'ru', stems: ['Главн', 'управлени', 'разведки'] },
    { text: 'ukrainischer Militärgeheimdienst', lang: 'de', stems: ['ukrainisch', 'Militärgeheimdienst'] },
    { text: 'ukraiński wywiad wojskowy', lang: 'pl', stems: ['ukraińsk', 'wywiad', 'wojskow'] },
  ],
  summary: {
    en: 'Ukraine’s military intelligence agency, part of the Ministry of Defence, known by its Ukrainian initials HUR (also GUR). It gathers intelligence on Russia and has claimed long-range drone strikes and naval-drone attacks on Russian ships in the Black Sea. Kyrylo Budanov headed it from August 2020 to January 2026; Oleh Ivashchenko took over on 2 January 2026.',
    uk: 'Військова розвідка України у складі Міністерства оборони, відома за абревіатурою ГУР. Вона збирає розвідувальні дані про Росію та заявляла про удари далекобійними дронами й атаки морських дронів на російські кораблі в Чорному морі. Кирило Буданов очолював ГУР із серпня 2020 до січня 2026 року; 2 січня 2026 року керівником став Олег Іващенко.',
  },
  background: [
    {
      en: 'The agency dates from 1992, when Ukraine set up its own military intelligence after independence. Since the full-scale invasion it has become one of the most publicly visible parts of Ukraine’s war effort, with units fighting at the front and its head and spokespeople commenting regularly on Russian plans.',
      uk: 'Відомство веде історію з 1992 року, коли незалежна Україна створила власну військову розвідку. Після початку повномасштабного вторгнення ГУР стало однією з найпомітніших структур сил оборони: його підрозділи воюють на фронті, а керівник і речники регулярно коментують плани Росії.',
    },
    {
      en: 'In early 2024 HUR said its Magura naval drones sank several ships of Russia’s Black Sea Fleet, including the missile boat Ivanovets on 1 February and the landing ship Tsezar Kunikov on 14 February.',
      uk: 'На початку 2024 року ГУР повідомило, що його морські дрони Magura потопили кілька кораблів Чорноморського флоту Росії, зокрема ракетний катер «Івановець» 1 лютого та великий десантний корабель «Цезар Куніков» 14 лютого.',
    },
    {
      en: 'On 2 January 2026 President Zelenskyy appointed Budanov head of the Office of the President and announced that Oleh Ivashchenko, until then head of the Foreign Intelligence Service and a former deputy head of HUR, would lead military intelligence.',
      uk: '2 січня 2026 року президент Зеленський призначив Буданова керівником Офісу Президента й оголосив, що воєнну розвідку очолить Олег Іващенко — до того голова Служби зовнішньої розвідки й колишній заступник начальника ГУР.',
    },
  ],
  whyNow: {
    asOf: '2026-01',
    text: {
      en: 'As of January 2026, HUR was led by Oleh Ivashchenko, after its long-time chief Kyrylo Budanov moved to head the Office of the President. Zelenskyy said the agency’s main task was to limit Russia’s military potential.',
      uk: 'Станом на січень 2026 року ГУР очолював Олег Іващенко: багаторічний начальник розвідки Кирило Буданов перейшов на посаду керівника Офісу Президента. Зеленський назвав головним завданням відомства обмеження російського військового потенціалу.',
    },
  },
  timeline: [
    { date: '1992', text: { en: 'Ukraine sets up its own military intelligence service.', uk: 'Україна створює власну військову розвідку.' } },
    { date: '2020-08', text: { en: 'Kyrylo Budanov becomes head of HUR.', uk: 'Кирило Буданов очолює ГУР.' } },
    { date: '2024-02-01', text: { en: 'HUR says its naval drones sank the Russian missile boat Ivanovets.', uk: 'ГУР заявляє, що його морські дрони потопили російський ракетний катер «Івановець».' } },
    { date: '2024-02-14', text: { en: 'HUR says it sank the landing ship Tsezar Kunikov off Crimea.', uk: 'ГУР заявляє, що потопило десантний корабель «Цезар Куніков» біля Криму.' } },
    { date: '2026-01-02', text: { en: 'Budanov becomes head of the Office of the President; Oleh Ivashchenko takes over HUR.', uk: 'Буданов стає керівником Офісу Президента; ГУР очолює Олег Іващенко.' } },
  ],
  related: ['kyrylo-budanov', 'armed-forces-of-ukraine', 'sbu', 'black-sea-fleet', 'office-of-the-president-of-ukraine'],
  sources: [
    { publisher: 'Defence Intelligence of Ukraine (gur.gov.ua)', title: 'Official website' },
    { publisher: 'Ukrainska Pravda (via Yahoo News)', title: 'Russian landing ship Caesar Kunikov hit in Black Sea, it has sunk – intelligence sources', date: '2024-02-14', url: 'https://news.yahoo.com/russian-landing-ship-caesar-kunikov-061257653.html' },
    { publisher: 'Ukrinform', title: 'Präsident: Iwaschtschenko übernimmt Leitung der Hauptverwaltung für Militärnachrichtendienst des Verteidigungsministeriums', date: '2026-01-02', url: 'https://www.ukrinform.de/amp/rubric-ato/4076156-prasident-iwaschtschenko-ubernimmt-leitung-der-hauptverwaltung-fur-militarnachrichtendienst-des-verteidigungsministeriums.html' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
