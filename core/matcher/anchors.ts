/**
 * The anchor prefilter: a bitset over a hash of the first three folded units of a word
 * (padded with BOUNDARY when the word is shorter). A text word goes to the trie walker
 * only when its key is in the set, which most words of a page are not.
 */
import { HIGH, LOW, WORD, charClass, foldOf, multiFold } from './chars';
import { ENDINGS } from './inflection';

/** Pads the units of a word shorter than three. */
export const BOUNDARY = 0x20;
/** Third unit of the key for inflecting stems shorter than three units: any continuation. */
const ANY = 0xffff;
const KEY_UNITS = 3;
/** Key unit standing for "whatever follows" in the length table's keys of word ends before the third unit. */
const WILD = 0xfffe;
/** Word lengths from here up share one bucket of the length table. */
const LENGTH_CAP = 15;

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

/** Key of the length table: a three-unit key and a word length (capped). */
function lengthKey(h: number, length: number): number {
  const k = Math.imul(h ^ Math.min(length, LENGTH_CAP), 0x27d4eb2d);
  return k ^ (k >>> 15);
}

export class AnchorSet {
  private readonly bits: BitSet;
  /**
   * Second filter: (first three folded units, word length) of text words that may end an
   * alias's first word, with a wildcard key for word ends before the third unit (see {@link fits}).
   */
  private readonly lengths: BitSet;
  /** Whether any key uses ANY, so the common case probes once. */
  private shortStems = false;

  constructor(expectedWords: number) {
    this.bits = new BitSet(expectedWords);
    this.lengths = new BitSet(expectedWords * 8);
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
    this.addLengths(path, from);
  }

  /**
   * Registers the lengths a text word (read up to its first non-letter) may have when the
   * walker ends the first alias word on path `path` at depth p ≥ `from`: p plus an ending,
   * or the letters before the path's first non-letter unit, where the text word stops.
   */
  private addLengths(path: string, from: number): void {
    const len = path.length;
    let q = 0;
    while (q < len && charClass(path.charCodeAt(q)) === WORD) q++;
    const maxEnding = ENDINGS.maxLength;
    if (q < len && q >= 1) this.addLengthRange(prefixKey(path, q, BOUNDARY), q, q);
    // Word ends at every depth from `from` on, whatever the units (a text letter may fold to a non-letter unit).
    for (let p = Math.max(from, 1); p < KEY_UNITS && p <= len; p++) this.addLengthRange(prefixKey(path, p, WILD), p, p + maxEnding);
    const lo = Math.max(from, KEY_UNITS);
    if (lo <= len) this.addLengthRange(prefixKey(path, KEY_UNITS, BOUNDARY), lo, len + maxEnding);
  }

  private addLengthRange(h: number, lo: number, hi: number): void {
    for (let l = Math.min(lo, LENGTH_CAP); l <= Math.min(hi, LENGTH_CAP); l++) this.lengths.add(lengthKey(h, l));
  }

  /**
   * Whether a text word of `length` letters (each folding to one unit, the word not
   * followed by a hyphen) with first units `units` may end an alias's first word; a
   * necessary condition for an exact match, checked after {@link has}.
   */
  fits(units: Int32Array, length: number): boolean {
    const u1 = units[0]!;
    const u2 = units[1]!;
    return (
      this.lengths.has(lengthKey(key(u1, u2, units[2]!), length)) ||
      this.lengths.has(lengthKey(key(u1, u2, WILD), length)) ||
      this.lengths.has(lengthKey(key(u1, WILD, WILD), length))
    );
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

/** Key of the first `n` units of `path` (n ≤ 3), the rest `pad`. */
function prefixKey(path: string, n: number, pad: number): number {
  return key(n > 0 ? path.charCodeAt(0) : pad, n > 1 ? path.charCodeAt(1) : pad, n > 2 ? path.charCodeAt(2) : pad);
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
