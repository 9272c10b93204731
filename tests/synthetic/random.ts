/**
 * Seeded random numbers in [0, 1), so every run of a test or the bench sees the same
 * synthetic data. Two generators, because recorded fingerprints depend on each sequence:
 * changing one would change what tests/unit/matcher/golden.test.ts and the bench measure.
 */

/** A small linear congruential generator (Numerical Recipes constants). */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** mulberry32: better spread in the low bits than the LCG, for the search KB's word choices. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
