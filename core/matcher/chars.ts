/**
 * Character classes and case/diacritic folds of UTF-16 code units, computed lazily:
 * a page uses a few hundred distinct characters, so classifying each once on first
 * sight is cheaper than building a 64 K table up front on every page load.
 */

export const WORD = 1; // \p{L} \p{N}: part of a word
export const SPACE = 2; // whitespace, NBSP, thin spaces, line breaks
export const DASH = 3; // \p{Pd}, minus sign
export const IGNORE = 4; // soft hyphen, zero-width characters: removed
export const MARK = 5; // combining marks: belong to the preceding letter
export const QUOTE = 6; // apostrophes and single quotes: fold to '
export const OTHER = 7; // punctuation, symbols, controls
export const HIGH = 8; // high surrogate
export const LOW = 9; // low surrogate

const classes = new Uint8Array(65536); // 0 = not classified yet
const cases = new Uint8Array(65536); // 1 lower, 2 upper, 0 neither (valid once classified)
const folds = new Uint16Array(65536); // single-unit fold; 0 with a WORD class = see multiFolds

/**
 * The raw tables, read-only, for the scanner's hot loop: `CLASSES[c]` is 0 until
 * {@link charClass} has seen `c`; `FOLDS[c]` is valid once it has, 0 meaning a multi-unit fold.
 */
export const CLASSES: Readonly<Uint8Array> = classes;
export const FOLDS: Readonly<Uint16Array> = folds;
/** `CASES[c]` is {@link letterCase} of `c`, valid once {@link charClass} has seen `c`. */
export const CASES: Readonly<Uint8Array> = cases;
const multiFolds = new Map<number, string>();

const IGNORABLE = new Set([0x00ad, 0x034f, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);
const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2b9, 0x2bb, 0x2bc, 0x2018, 0x2019, 0x201b, 0x2032, 0xff07]);
const DOUBLE_QUOTES = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2039, 0x203a, 0xff02]);

/** Letters that Unicode does not decompose but readers treat as their base letter. */
const SPECIAL_FOLDS: Record<string, string> = {
  ł: 'l', ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ŀ: 'l',
  ı: 'i', þ: 'th', ĸ: 'k', ŧ: 't', ё: 'е', ѐ: 'е', ѝ: 'и', ς: 'σ',
};

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/u;
const WHITESPACE = /\s/u;
const DASH_PUNCT = /\p{Pd}/u;
const MARKS = /\p{M}/gu;

/** Scripts whose diacritics are safe to drop: Latin, Greek, compatibility forms. */
function dropsDiacritics(c: number): boolean {
  return c < 0x0400 || (c >= 0x1e00 && c < 0x2000) || (c >= 0xfb00 && c < 0xfb07) || (c >= 0xff01 && c < 0xff5f);
}

function foldLetter(c: number): string {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : String.fromCharCode(c);
  const lower = String.fromCharCode(c).toLowerCase();
  const special = SPECIAL_FOLDS[lower];
  if (special !== undefined) return special;
  // Cyrillic keeps й, ї, є, ў: they are distinct letters, not accented ones.
  if (!dropsDiacritics(c)) return lower;
  const bare = lower.normalize('NFKD').replace(MARKS, '');
  return bare.length > 0 ? bare : lower;
}

/** Letters and digits of the scripts the KB uses, known without a Unicode-property regex. */
function isCommonLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return (c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x52f);
}

function classify(c: number): number {
  let cls = OTHER;
  let fold = c;
  const ch = String.fromCharCode(c);
  if (isCommonLetter(c)) cls = WORD;
  else if (c >= 0xd800 && c <= 0xdbff) cls = HIGH;
  else if (c >= 0xdc00 && c <= 0xdfff) cls = LOW;
  else if (IGNORABLE.has(c)) cls = IGNORE;
  else if (APOSTROPHES.has(c)) [cls, fold] = [QUOTE, 0x27];
  else if (COMBINING.test(ch)) cls = MARK;
  else if (LETTER_OR_NUMBER.test(ch)) cls = WORD;
  else if (WHITESPACE.test(ch) || c === 0x85) [cls, fold] = [SPACE, 0x20];
  else if (DASH_PUNCT.test(ch) || c === 0x2212 || c === 0x2043) [cls, fold] = [DASH, 0x2d];
  else if (DOUBLE_QUOTES.has(c)) fold = 0x22;
  if (cls === WORD) {
    cases[c] = ch !== ch.toLowerCase() ? UPPER_CASE : ch !== ch.toUpperCase() ? LOWER_CASE : 0;
    const folded = foldLetter(c);
    if (folded.length === 1) fold = folded.charCodeAt(0);
    else {
      fold = 0;
      multiFolds.set(c, folded);
    }
  }
  folds[c] = fold;
  classes[c] = cls;
  return cls;
}

export const LOWER_CASE = 1;
export const UPPER_CASE = 2;

/** LOWER_CASE, UPPER_CASE or 0 (digits, caseless scripts, non-letters). */
export function letterCase(c: number): number {
  charClass(c);
  return cases[c]!;
}

/** Class of a UTF-16 code unit (one of the constants above). */
export function charClass(c: number): number {
  return classes[c] || classify(c);
}

/**
 * Folded form of a classified code unit: a single code unit, or -1 when the fold
 * has several units (see {@link multiFold}).
 */
export function foldOf(c: number): number {
  const f = folds[c] ?? c;
  return f === 0 && classes[c] === WORD ? -1 : f;
}

/** The multi-unit fold of a letter such as ß → "ss". */
export function multiFold(c: number): string {
  return multiFolds.get(c) ?? String.fromCharCode(c);
}

const astralWords = new Map<number, boolean>();

/** Whether a supplementary-plane code point is a letter or number. */
export function isAstralWord(codePoint: number): boolean {
  let known = astralWords.get(codePoint);
  if (known === undefined) {
    known = LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
    astralWords.set(codePoint, known);
  }
  return known;
}

/** Whether a well-formed surrogate pair that is a letter/number starts at `i`. */
export function astralWordAt(text: string, i: number): boolean {
  const lo = text.charCodeAt(i + 1);
  if (!(lo >= 0xdc00 && lo <= 0xdfff)) return false;
  return isAstralWord(((text.charCodeAt(i) - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
}
