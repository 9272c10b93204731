/**
 * The anchor prefilter: a bitset over a hash of the first three folded units of a word
 * (padded with BOUNDARY when the word is shorter). A text word goes to the trie walker
 * only when its key is in the set, which most words of a page are not.
 */
import { HIGH, LOW, WORD, charClass, foldOf, multiFold } from './chars';

/** Pads the units of a word shorter than three. */
export const BOUNDARY = 0x20;
/** Third unit of the key for inflecting stems shorter than three units: any continuation. */
const ANY = 0xffff;
/**
 * Units per key. Two would let a large share of a page's words through (few two-letter
 * starts, and aliases use many of them); four would force every stem of three letters
 * onto the ANY key. Three keeps the set sparse and costs one probe per word.
 */
const KEY_UNITS = 3;

/** Multiplicative hashing of three units (golden-ratio and MurmurHash3 finaliser constants: well-spread 32-bit keys). */
function key(u1: number, u2: number, u3: number): number {
  let h = Math.imul(u1, 0x9e3779b1);
  h = Math.imul(h ^ u2, 0x85ebca6b);
  return Math.imul(h ^ u3, 0xc2b2ae35);
}

/**
 * A one-hash Bloom filter over 32-bit hashes, sized so that it stays sparse (≤ 1 bit in
 * 32 set): 64 K bits for the shipped KB, more for a 10,000-alias one.
 */
class BitSet {
  private readonly bits: Uint32Array;
  private readonly shift: number;

  constructor(expectedKeys: number) {
    const log2 = Math.max(16, Math.ceil(Math.log2(Math.max(1, expectedKeys) * 32)));
    this.bits = new Uint32Array(2 ** (log2 - 5));
    this.shift = 32 - log2;
  }

  add(hash: number): void {
    const h = hash >>> this.shift;
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  has(hash: number): boolean {
    const h = hash >>> this.shift;
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}

export class AnchorSet {
  private readonly bits: BitSet;
  /** Whether any key uses ANY, so the common case probes once. */
  private shortStems = false;

  constructor(expectedWords: number) {
    this.bits = new BitSet(expectedWords);
  }

  private add(h: number): void {
    this.bits.add(h);
  }

  private hasKey(h: number): boolean {
    return this.bits.has(h);
  }

  /**
   * Registers the first word of an alias as trie path `path`, whose prefixes from length
   * `from` on are word ends; `inflects` says whether an ending may follow them.
   */
  addWord(path: string, from: number, inflects: boolean): void {
    let letters = 0;
    while (letters < Math.min(path.length, KEY_UNITS) && isWordUnit(path.charCodeAt(letters))) letters++;
    const u1 = unitAt(path, 0, letters);
    const u2 = unitAt(path, 1, letters);
    this.add(key(u1, u2, unitAt(path, 2, letters)));
    // A short stem may be followed by any ending, so its key cannot name the third unit.
    if (inflects && from < KEY_UNITS && letters >= 2) {
      this.add(key(u1, u2, ANY));
      this.shortStems = true;
    }
  }

  /** Whether the word whose first units are `units` may start an alias. */
  has(units: Int32Array): boolean {
    return this.hasKey(key(units[0]!, units[1]!, units[2]!)) || (this.shortStems && this.hasKey(key(units[0]!, units[1]!, ANY)));
  }
}

/**
 * Pairs of leading units of typo-tolerant alias words: (1st, 2nd) and (1st, 3rd). A word
 * with one edit at position 2 or 3 still shows one of these pairs as its own (1st, 2nd)
 * or (1st, 3rd) units, so the pair test loses no one-edit typo of the first letters.
 */
export class PairSet {
  private readonly bits: BitSet;

  constructor(expectedWords: number) {
    this.bits = new BitSet(expectedWords * 2);
  }

  add(word: string): void {
    this.set(key(word.charCodeAt(0), word.charCodeAt(1), 0));
    this.set(key(word.charCodeAt(0), word.charCodeAt(2), 0));
  }

  /** Whether the word with first units `units` may be a typo of a registered word. */
  has(units: Int32Array): boolean {
    return this.get(key(units[0]!, units[1]!, 0)) || this.get(key(units[0]!, units[2]!, 0));
  }

  private set(h: number): void {
    this.bits.add(h);
  }

  private get(h: number): boolean {
    return this.bits.has(h);
  }
}

/** Unit `i` of a key: the path's unit among its first `letters` word units, else BOUNDARY. */
function unitAt(path: string, i: number, letters: number): number {
  return i < letters ? path.charCodeAt(i) : BOUNDARY;
}

function isWordUnit(code: number): boolean {
  const cls = charClass(code);
  return cls === WORD || cls === HIGH || cls === LOW;
}

/**
 * Writes the first three folded units of the word `text[start, end)` into `out`
 * (soft hyphens and marks skipped, BOUNDARY-padded).
 */
export function firstUnits(text: string, start: number, end: number, out: Int32Array): void {
  let n = 0;
  for (let i = start; i < end && n < KEY_UNITS; i++) {
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    if (cls === WORD) {
      const f = foldOf(c);
      if (f >= 0) out[n++] = f;
      else for (const unit of multiFold(c)) if (n < KEY_UNITS) out[n++] = unit.charCodeAt(0);
    } else if (cls === HIGH) {
      out[n++] = c;
      if (n < KEY_UNITS) out[n++] = text.charCodeAt(i + 1);
      i++;
    }
  }
  while (n < KEY_UNITS) out[n++] = BOUNDARY;
}
