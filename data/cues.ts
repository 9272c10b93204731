/**
 * Context cues shared by several entries' rules (cue syntax: data/schema.ts `Cue`): how
 * news in the KB's languages names Ukraine, its capital, Russia, and other countries whose
 * own case (NATO membership, neutrality) is not Ukraine's.
 */
export const UKRAINE_CUES = ['Ukrain*', 'Україн*', 'Украин*'];
// "Київ" declines with an і/є alternation (Києва, Києві), hence the second stem.
export const KYIV_CUES = ['Kyiv', 'Kiev', 'Kiew', 'Kijów', 'Київ', 'Києв*', 'Киев'];
export const RUSSIA_CUES = ['Russia', 'Russland', 'Rosj*', 'Russie', 'Росі*', 'Росси*'];
/** Ukraine's president, whose name often stands for the country's case ("Zelensky's NATO bid"). */
export const ZELENSKY_CUES = ['Zelensk*', 'Selensk*', 'Zełensk*', 'Зеленськ*', 'Зеленск*'];
/**
 * Countries with their own NATO-membership or neutrality story, in the KB's languages: a
 * sentence about one of them (and not Ukraine) is not about Ukraine's case.
 */
export const OTHER_COUNTRY_CUES = [
  'Sweden', 'Swedish', 'Finland', 'Finnish', 'Georgia', 'Moldova', 'Austria', 'Austrian', 'Switzerland', 'Swiss',
  'Ireland', 'Irish', 'Serbia', 'Montenegro', 'North Macedonia', 'Bosnia', 'Kosovo', 'Turkey', 'Türkiye', 'Japan',
  'Schwed*', 'Finnland*', 'Georgien*', 'Moldau', 'Österreich*', 'Schweiz*', 'Irland*', 'Serbien*',
  'Szwecj*', 'Szwedz*', 'Finlandi*', 'Fińs*', 'Gruzj*', 'Mołdawi*', 'Austri*', 'Szwajcari*', 'Irlandi*', 'Serbi*',
  'Швеці*', 'Шведськ*', 'Фінлянді*', 'Фінськ*', 'Грузі*', 'Молдов*', 'Австрі*', 'Швейцарі*', 'Ірланді*', 'Сербі*',
  'Швеци*', 'Шведск*', 'Финлянди*', 'Финск*', 'Грузи*', 'Австри*', 'Швейцари*', 'Ирланди*', 'Серби*',
];
