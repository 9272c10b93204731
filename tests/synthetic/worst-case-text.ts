/**
 * Text shaped to defeat each shortcut of the matcher, `size` code units or a little more:
 * no word boundary for the whole block, a prefix of an alias again and again, a first word
 * whose second never comes, a term in every word, typo candidates, and runs of what the
 * normaliser drops or folds inside an alias. The unit suite counts the matcher's work on
 * them (tests/unit/matcher/work.test.ts); the bench times them (tests/bench/matcher.ts).
 */
export function worstCaseTexts(size: number): Array<[label: string, text: string]> {
  const repeat = (piece: string) => piece.repeat(Math.ceil(size / piece.length));
  return [
    ['one letter', repeat('a')],
    ['near-misses of an alias', repeat('Budapes ')],
    ['a first alias word without the second', repeat('Budapest ')],
    ['an inflected first word without the second', repeat('Будапештського ')],
    ['acronyms', repeat('NATO ')],
    ['long words near a typo target', repeat('peacekeeeperrs ')],
    ['soft hyphens inside a word', `B${'\u00ad'.repeat(size)}udapest Memorandum`],
    ['a whitespace run inside an alias', `Budapest${' '.repeat(size)}Memorandum`],
  ];
}
