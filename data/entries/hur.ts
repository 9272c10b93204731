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
    en: 'Ukraine’s military intelligence agency, part of the Ministry of Defence, known by its Ukrainian initials HUR (also GUR). Headed since August 2020 by Kyrylo Budanov (as of June 2025), it gathers intelligence on Russia and has claimed long-range drone strikes and naval-drone attacks on Russian ships in the Black Sea.',
    uk: 'Військова розвідка України у складі Міністерства оборони, відома за абревіатурою ГУР. Її з серпня 2020 року очолює Кирило Буданов (станом на червень 2025 року). ГУР збирає розвідувальні дані про Росію та заявляло про удари далекобійними дронами й атаки морських дронів на російські кораблі в Чорному морі.',
  },
  background: [
    {
      en: 'The agency dates from 1992, when Ukraine set up its own military intelligence after independence. Since the full-scale invasion it has become one of the most publicly visible parts of Ukraine’s war effort, with units fighting at the front and its head and spokespeople commenting regularly on Russian plans.',
      uk: 'Відомство веде історію з 1992 року, коли незалежна Україна створила власну військову розвідку. Після початку повномасштабного вторгнення ГУР стало однією з найпомітніших публічно структур українського війська: його підрозділи воюють на фронті, а керівник і речники регулярно коментують плани Росії.',
    },
    {
      en: 'In early 2024 HUR said its Magura naval drones sank several ships of Russia’s Black Sea Fleet, including the missile boat Ivanovets on 1 February and the landing ship Tsezar Kunikov on 14 February.',
      uk: 'На початку 2024 року ГУР повідомило, що його морські дрони Magura потопили кілька кораблів Чорноморського флоту Росії, зокрема ракетний катер «Івановець» 1 лютого та великий десантний корабель «Цезар Куніков» 14 лютого.',
    },
  ],
  timeline: [
    { date: '1992', text: { en: 'Ukraine sets up its own military intelligence service.', uk: 'Україна створює власну військову розвідку.' } },
    { date: '2020-08', text: { en: 'Kyrylo Budanov becomes head of HUR.', uk: 'Кирило Буданов очолює ГУР.' } },
    { date: '2024-02-01', text: { en: 'HUR says its naval drones sank the Russian missile boat Ivanovets.', uk: 'ГУР заявляє, що його морські дрони потопили російський ракетний катер «Івановець».' } },
    { date: '2024-02-14', text: { en: 'HUR says it sank the landing ship Tsezar Kunikov off Crimea.', uk: 'ГУР заявляє, що потопило десантний корабель «Цезар Куніков» біля Криму.' } },
  ],
  related: ['kyrylo-budanov', 'armed-forces-of-ukraine', 'sbu', 'black-sea-fleet'],
  sources: [
    { publisher: 'Defence Intelligence of Ukraine (gur.gov.ua)', title: 'Official website' },
    { publisher: 'Ukrainska Pravda', title: 'Coverage of the sinking of the Tsezar Kunikov (news of the day)', date: '2024-02-14' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
