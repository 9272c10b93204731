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

const likely = new Set<number>();

function pair(a: string | undefined, b: string | undefined): void {
  if (!a || !b || a === b) return;
  likely.add(a.charCodeAt(0) * 65536 + b.charCodeAt(0));
  likely.add(b.charCodeAt(0) * 65536 + a.charCodeAt(0));
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
  return likely.has(a * 65536 + b) ? 1 : 2;
}
