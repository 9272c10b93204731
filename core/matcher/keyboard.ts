/**
 * Which letter substitutions look like typos: keys next to each other on QWERTY(Z) or
 * ЙЦУКЕН keyboards, one vowel for another, and common transliteration swaps (y/i, k/c,
 * h/g). "Starter" is not a typo of "Starmer": m and t are far apart.
 */
const LAYOUTS = [
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['йцукенгшщзхї', 'фівапролджє', 'ячсмитьбю'],
  ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'],
];
const VOWELS = ['aeiouy', 'аеєиіїоуюяыэ'];
const SWAPS = ['iy', 'jy', 'ji', 'kc', 'sz', 'zy', 'vw', 'hg', 'гґ', 'ьъ'];

const CYRILLIC_FROM = 0x430; // а
const CYRILLIC_TO = 0x491; // ґ
const SLOTS = 0x80 + CYRILLIC_TO - CYRILLIC_FROM + 1;

/** Small index of a letter: ASCII as is, lower-case Cyrillic after it, -1 for anything else. */
function slot(code: number): number {
  if (code < 0x80) return code;
  return code >= CYRILLIC_FROM && code <= CYRILLIC_TO ? code - CYRILLIC_FROM + 0x80 : -1;
}

// A matrix rather than a Set: this is read in the inner loop of the edit distance.
const likely = new Uint8Array(SLOTS * SLOTS);

function pair(a: string | undefined, b: string | undefined): void {
  if (!a || !b || a === b) return;
  const [x, y] = [slot(a.charCodeAt(0)), slot(b.charCodeAt(0))];
  if (x < 0 || y < 0) return;
  likely[x * SLOTS + y] = 1;
  likely[y * SLOTS + x] = 1;
}

for (const rows of LAYOUTS) {
  rows.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      pair(row[i], row[i + 1]);
      pair(row[i], rows[r + 1]?.[i]);
      pair(row[i], rows[r + 1]?.[i - 1]);
    }
  });
}
for (const group of VOWELS) for (const a of group) for (const b of group) pair(a, b);
for (const [a, b] of SWAPS) pair(a, b);

/** Cost of substituting `b` for `a` in a typo: 0 if equal, 1 if a likely slip, 2 otherwise. */
export function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  const x = slot(a);
  const y = slot(b);
  return x >= 0 && y >= 0 && likely[x * SLOTS + y] === 1 ? 1 : 2;
}
