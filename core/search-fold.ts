/**
 * Text folding for search: every title, alias, summary and query goes through the same
 * `searchTokens`, so spelling systems meet in one form. "Зеленский", "Зеленський",
 * "Zelenskyy", "Zelenskiy" and "Selenskyj" all fold to the token `selenski`.
 */

// Cyrillic (Russian + Ukrainian) to Latin, close to the common news transliterations.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh',
  з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

// Latin letters that Unicode decomposition leaves alone.
const LATIN_EXTRA: Record<string, string> = { ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ı: 'i' };

/**
 * Spelling-system differences folded away, longest spelling first, in one pass.
 * Over-folding is harmless: the same rules run on the query and on the index, and the
 * result is only ever compared, never shown.
 */
const SKELETON: Record<string, string> = {
  shch: 'sh', szcz: 'sh', sch: 'sh', sz: 'sh', // Щ, Ш: en shch, de sch, pl szcz/sz
  tsch: 'h', tch: 'h', cz: 'h', ch: 'h', kh: 'h', // Ч, Х: en ch/kh, de tsch/ch, pl cz/ch
  zh: 's', rz: 's', z: 's', // Ж, З: en zh/z, de s (Selenskyj / Zelenskyy), pl rz
  ph: 'f', ck: 'k', w: 'v', x: 'ks',
};
const SKELETON_PATTERN = /shch|szcz|tsch|sch|tch|sz|cz|ch|kh|zh|rz|ph|ck|[zwx]|[ijy]+/g;

/** Lower-case, Cyrillic transliterated, diacritics and punctuation removed. */
export function foldForSearch(text: string): string {
  let out = text.toLowerCase();
  // Most KB text is ASCII: skip the Unicode work when it cannot change anything.
  if (/[^\x00-\x7f]/.test(out))
    out = out
      .normalize('NFC')
      .replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? ch)
      .replace(/[łßæœøđı]/g, (ch) => LATIN_EXTRA[ch] ?? ch)
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '');
  return out
    .replace(/['’]s\b/g, '') // English possessive: "Ukraine’s" is "Ukraine"
    .replace(/['’ʼ`´]/g, '') // apostrophes inside words (Ukrainian ʼ)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The comparison form of folded text. */
export function skeletonOf(folded: string): string {
  return folded
    .replace(SKELETON_PATTERN, (m) => SKELETON[m] ?? 'i') // -iy, -yy, -yj, -ij, -yi and й all become one i
    .replace(/([a-z])\1+/g, '$1'); // doubled letters (Zelenskyy, Tussk)
}

/** Search tokens of any text, in order, duplicates kept. */
export function searchTokens(text: string): string[] {
  const folded = foldForSearch(text);
  if (!folded) return [];
  // One letter typed over and over ("qqqq") is no word; collapsed, it would prefix-match like "q".
  const words = folded.split(' ').filter((word) => !/^(.)\1{2,}$/u.test(word));
  return words.length ? skeletonOf(words.join(' ')).split(' ') : [];
}
