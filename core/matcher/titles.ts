/**
 * Titles and honorifics written right before a person's name ("Mr Rubio", "President
 * Zelensky", "пан Зеленський", "Bundeskanzler Merz", "prezydenta Zełenskiego"). One in
 * front of an ambiguous surname says it is a person, so it decides the surname for a
 * person entry like a context cue. Cue syntax (cues.ts): declined titles take their
 * language's endings ("президента", "prezydentem"). The title is context, not part of the span.
 */
export const TITLES: Readonly<Record<'en' | 'uk' | 'ru' | 'de' | 'pl' | 'fr', readonly string[]>> = {
  en: [
    'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'Lord', 'President', 'Vice President', 'Prime Minister', 'Premier',
    'Chancellor', 'Minister', 'Secretary', 'Secretary of State', 'Senator', 'Congressman', 'Congresswoman',
    'Governor', 'Ambassador', 'Envoy', 'General', 'Gen', 'Admiral', 'Commissioner', 'Mayor', 'Speaker', 'Adviser', 'Advisor',
  ],
  uk: ['пан', 'пані', 'президент', 'прем’єр', 'прем’єр-міністр', 'канцлер', 'міністр', 'генерал', 'посол', 'спікер', 'речник', 'сенатор', 'держсекретар'],
  ru: ['господин', 'госпожа', 'президент', 'премьер', 'премьер-министр', 'канцлер', 'министр', 'генерал', 'посол', 'спикер', 'сенатор', 'госсекретарь'],
  de: ['Herr', 'Frau', 'Präsident', 'Präsidentin', 'Kanzler', 'Bundeskanzler', 'Minister', 'Ministerin', 'Außenminister', 'Premierminister', 'Premier', 'General', 'Botschafter', 'Senator'],
  pl: ['pan', 'pani', 'prezydent', 'premier', 'kanclerz', 'minister', 'generał', 'ambasador', 'senator', 'sekretarz stanu'],
  fr: ['M.', 'Mme', 'président', 'ministre', 'chancelier'],
};
