import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher';
import { syntheticKb } from '../../synthetic/match-kb';
import { cursorWork } from '../../../core/matcher/cursor';
import { worstCaseTexts } from '../../synthetic/worst-case-text';
import { MINI_KB } from '../fixtures/mini-kb';

const matcher = compileMatcher(MINI_KB);

/** Normalised symbols produced per input code unit: the walker's share of the work. */
function symbolsPerUnit(text: string): number {
  cursorWork.symbols = 0;
  matcher.findTermSpans(text);
  return cursorWork.symbols / text.length;
}

const SIZE = 1 << 18; // 256 K code units: enough to show the ratio, quick under a loaded CI
const repeat = (piece: string) => piece.repeat(Math.ceil(SIZE / piece.length));

describe('work stays linear (counted, not timed)', () => {
  it.each(worstCaseTexts(SIZE))('%s: at most a few symbols per code unit', (_, text) => {
    expect(symbolsPerUnit(text)).toBeLessThan(4);
  }, 60_000);

  it('reads no symbols at all on text without anchors', () => {
    expect(symbolsPerUnit(repeat('quick brown fox jumps over the hedge '))).toBe(0);
  });

  it('compiles a 10,000-alias KB and still finds its aliases', () => {
    const kb = syntheticKb(10_000);
    const big = compileMatcher(kb);
    expect(big.aliasCount).toBeGreaterThan(9_000);
    const alias = kb[7]!.aliases[0]!.text;
    expect(big.findTermSpans(`Yesterday ${alias} was discussed.`).map((span) => span.entryId)).toContain(kb[7]!.id);
  }, 60_000);
});
