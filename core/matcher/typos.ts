/**
 * Typo tolerance for long alias words. Candidates are filtered by first letter, length
 * and the set of letters they contain (a one-edit typo lacks at most one of the alias
 * word's letters), and only then confirmed with a bounded edit distance: a page pays a
 * few integer operations per long word, and a distance computation for the rare survivor.
 */
import type { AliasWord } from './aliases';
import { grown } from './grow';
import { ENDINGS, SET_ADJ_MASC, SET_DE, SET_EAST, SET_EXACT, SET_PL } from './inflection';
import { substitutionCost } from './keyboard';

const MAX_WORD = 48;
/** Shortest text word, and shortest stem, that a typo match may involve. */
export const MIN_TYPO_WORD = 5;
const MIN_TYPO_STEM = 6;
const rows = [new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1)] as const;

/**
 * Optimal-string-alignment distance (edits: insert, delete, substitute, swap neighbours)
 * between `a[from, from+len)` and `b`, or `max + 1` as soon as it must exceed `max`.
 * A substitution costs 1 only when it looks like a slip (see keyboard.ts), else 2.
 */
export function boundedDistance(a: Uint16Array, from: number, len: number, b: string, max: number): number {
  const bl = b.length;
  if (Math.abs(len - bl) > max || len > MAX_WORD || bl > MAX_WORD) return max + 1;
  let before = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= bl; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= len; i++) {
    const ai = a[from + i - 1]!;
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= bl; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + substitutionCost(ai, bj));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a[from + i - 2] === bj) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // A swap reaches back two rows, so stop only when both recent rows exceed the bound.
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return prev[bl]!;
}

function commonPrefix(a: Uint16Array, from: number, len: number, b: string): number {
  const n = Math.min(len, b.length);
  let p = 0;
  while (p < n && a[from + p] === b.charCodeAt(p)) p++;
  return p;
}

/**
 * A typo of `target`: 1..max edits, same first letter, and not an edit confined to the
 * last letter, which is how inflection looks ("Portnikova", "Zelenska", "memorandums").
 */
function isTypoOf(a: Uint16Array, from: number, len: number, target: string, max: number): boolean {
  const p = commonPrefix(a, from, len, target);
  if (p === 0 || p >= Math.min(len, target.length) - 1) return false;
  const d = boundedDistance(a, from, len, target, max);
  return d > 0 && d <= max;
}

/** Sets in which `a[from, to)` is a whole ending. */
export function endingSets(a: Uint16Array, from: number, to: number): number {
  let node = 0;
  for (let i = from; i < to; i++) {
    node = ENDINGS.child(node, a[i]!);
    if (node < 0) return 0;
  }
  return ENDINGS.masks[node] ?? 0;
}

/** Whether the text word `a[from, from+len)` is a typo of target `t` (or of its stem + an ending). */
export function isTypoWord(a: Uint16Array, from: number, len: number, targets: TypoTargets, t: number): boolean {
  const edits = targets.typoEdits[t]!;
  if (isTypoOf(a, from, len, targets.form[t]!, edits)) return true;
  const stem = targets.stem[t]!;
  if (stem.length < MIN_TYPO_STEM) return false;
  const sets = targets.sets[t]!;
  for (let e = 1; e <= ENDINGS.maxLength && e < len; e++) {
    if (endingSets(a, from + len - e, from + len) & sets && isTypoOf(a, from, len - e, stem, edits)) return true;
  }
  return false;
}

/** Bit for a word length in the per-letter length masks (lengths ≥ 31 share bit 31). */
export function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** The bit of one letter in a letter set. */
export function letterBit(code: number): number {
  return 1 << (code & 31);
}

function letterSet(text: string): number {
  let set = 0;
  for (let i = 0; i < text.length; i++) set |= letterBit(text.charCodeAt(i));
  return set;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 63;
}

/**
 * Typo-tolerant alias words, in typed arrays (no object per target, little for the
 * garbage collector to trace), with the trie node where each word's path ends.
 */
export class TypoTargets {
  count = 0;
  form: string[] = [];
  stem: string[] = [];
  sets: Uint8Array;
  typoEdits: Uint8Array;
  proper: Uint8Array;
  /**
   * What {@link mayBeTypo} reads, FILTER_STRIDE values per target side by side (one cache
   * line, as a field object had): letter set of the stem (code & 31 bits), min and max
   * text word length, and how many letters outside the set a typo may add (the edit, plus an ending).
   */
  filter: Int32Array;
  endNode: Int32Array;

  constructor(expected: number) {
    const n = Math.max(16, expected);
    this.sets = new Uint8Array(n);
    this.typoEdits = new Uint8Array(n);
    this.proper = new Uint8Array(n);
    this.filter = new Int32Array(n * FILTER_STRIDE);
    this.endNode = new Int32Array(n);
  }

  /** Adds a target for `word`, whose trie path ends at `endNode`; returns its index. */
  add(word: AliasWord, endNode: number): number {
    if (this.count === this.sets.length) this.grow();
    const t = this.count++;
    const inflected = word.sets !== SET_EXACT;
    const base = inflected && word.stem.length >= MIN_TYPO_STEM ? word.stem : word.form;
    const endingRoom = word.sets & (SET_EAST | SET_PL | SET_DE | SET_ADJ_MASC) ? ENDINGS.maxLength : inflected ? 2 : 0;
    this.form[t] = word.form;
    this.stem[t] = word.stem;
    this.sets[t] = word.sets;
    this.typoEdits[t] = word.typoEdits;
    this.proper[t] = word.proper ? 1 : 0;
    this.endNode[t] = endNode;
    const f = t * FILTER_STRIDE;
    this.filter[f] = letterSet(base);
    this.filter[f + 1] = Math.max(MIN_TYPO_WORD, Math.min(base.length, word.form.length) - word.typoEdits);
    this.filter[f + 2] = Math.max(word.form.length, base.length + endingRoom) + word.typoEdits;
    this.filter[f + 3] = word.typoEdits + endingRoom;
    return t;
  }

  minLength(t: number): number {
    return this.filter[t * FILTER_STRIDE + 1]!;
  }

  maxLength(t: number): number {
    return this.filter[t * FILTER_STRIDE + 2]!;
  }

  private grow(): void {
    const size = this.sets.length * 2;
    for (const key of ['sets', 'typoEdits', 'proper'] as const) this[key] = grown(this[key], size);
    this.endNode = grown(this.endNode, size);
    this.filter = grown(this.filter, size * FILTER_STRIDE);
  }
}

const FILTER_STRIDE = 4;

/** Cheap necessary condition for a word of `length` with letter set `letters` to be a typo of target `t`. */
export function mayBeTypo(letters: number, length: number, targets: TypoTargets, t: number): boolean {
  const { filter } = targets;
  const f = t * FILTER_STRIDE;
  if (length < filter[f + 1]! || length > filter[f + 2]!) return false;
  const own = filter[f]!;
  return bitCount(own & ~letters) <= targets.typoEdits[t]! && bitCount(letters & ~own) <= filter[f + 3]!;
}

/** Length mask of text words that could be typos of target `t`, with one unit of slack each way. */
export function typoLengthMask(targets: TypoTargets, t: number): number {
  const lo = Math.max(1, targets.minLength(t) - 1);
  const hi = Math.min(31, targets.maxLength(t) + 1);
  if (lo > hi) return 0;
  // Bits lo..hi: every bit up to hi, minus those below lo.
  return (hi === 31 ? -1 : lengthBit(hi + 1) - 1) & ~(lengthBit(lo) - 1);
}
