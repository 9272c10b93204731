/**
 * Another person with the same surname: "Brigitte Macron", "Melania Trump", "Thorvald
 * Stoltenberg". A person's bare surname right after a capitalised word that is none of the
 * following is taken to be that other person's name and gets no card:
 * - a word of the entry's own aliases ("Vladimir" before "Putin"),
 * - a title (titles.ts),
 * - a word that opens or joins sentences and is capitalised only for that (below),
 * - a KB match of its own ("Trump Zelensky talks").
 * Normalised (lower case, Latin accents folded).
 */
export const CAPITALISED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // en
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'as', 'at', 'in', 'on', 'for', 'of', 'to', 'by', 'from', 'with', 'without',
  'when', 'while', 'after', 'before', 'since', 'until', 'if', 'though', 'although', 'because', 'why', 'how', 'what', 'where',
  'then', 'now', 'still', 'also', 'even', 'only', 'once', 'under', 'over', 'like', 'unlike', 'meanwhile', 'later', 'earlier',
  'today', 'yesterday', 'tomorrow', 'did', 'does', 'will', 'would', 'could', 'should', 'has', 'had', 'was', 'is', 'says', 'said',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'both', 'neither', 'either', 'not', 'no',
  // de
  'der', 'die', 'das', 'und', 'aber', 'als', 'wenn', 'nach', 'vor', 'dass', 'auch', 'doch', 'denn', 'mit', 'von', 'bei', 'laut', 'wie',
  // pl
  'ale', 'gdy', 'po', 'przed', 'kiedy', 'jak', 'oraz', 'lecz', 'bo', 'dla', 'według', 'wedlug', 'tymczasem',
  // uk, ru
  'а', 'і', 'й', 'та', 'але', 'коли', 'після', 'до', 'як', 'що', 'за', 'у', 'в', 'з', 'на', 'тим', 'проте',
  'и', 'но', 'когда', 'после', 'как', 'что', 'по', 'с', 'однако',
]);

/**
 * Words after a name that make it part of another name: a street ("Kharkiv Street",
 * "Lombard Street") or a company ("Merz Pharma"). A place's or person's match followed by
 * one of them gets no card. Normalised.
 */
export const NAME_MAKERS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'square', 'boulevard', 'lane', 'station', 'airport',
  'strasse', 'straße', 'platz', 'allee', 'ulica', 'aleja', 'plac', 'вулиця', 'вулиці', 'вулицю', 'улица', 'улице', 'улицу', 'проспект', 'площа', 'площадь',
  'pharma', 'group', 'gmbh', 'ag', 'inc', 'ltd', 'plc', 'llc', 'holding', 'holdings', 'corp', 'corporation', 'company', 'foods', 'motors',
]);
