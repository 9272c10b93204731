import { grown } from './buffers';

/**
 * Lists of integers by non-negative integer key. Built by appending (key, value) pairs,
 * then frozen into one flat array (each key's values contiguous, in insertion order)
 * behind an open-addressing index: no array or map entry per key, nothing for the
 * garbage collector to trace.
 */
export class IntBuckets {
  /** Values of all keys; those of the key in slot `s` are `values[start[s], end[s])`. */
  values = new Int32Array(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  private keys = new Int32Array(1).fill(-1);
  private shift = 32;
  // Appended pairs before freezing: 256 to start (one buffer per table, not per key), doubling when full.
  private pairKeys = new Int32Array(256);
  private pairValues = new Int32Array(256);
  private pairs = 0;

  /** Appends `value` to the list of `key` (before {@link freeze}). */
  add(key: number, value: number): void {
    if (this.pairs === this.pairKeys.length) {
      this.pairKeys = grown(this.pairKeys, this.pairs * 2);
      this.pairValues = grown(this.pairValues, this.pairs * 2);
    }
    this.pairKeys[this.pairs] = key;
    this.pairValues[this.pairs++] = value;
  }

  /** Builds the index and the flat value array; the appended pairs are dropped. */
  freeze(): void {
    const n = this.pairs;
    // At most half full, so a probe ends after a slot or two; at least 16 slots.
    const log2 = Math.max(4, Math.ceil(Math.log2(n * 2 + 1)));
    this.shift = 32 - log2;
    this.keys = new Int32Array(1 << log2).fill(-1);
    this.start = new Int32Array(1 << log2);
    this.end = new Int32Array(1 << log2);
    const slots = new Int32Array(n);
    for (let p = 0; p < n; p++) {
      const s = this.slot(this.pairKeys[p]!);
      this.keys[s] = this.pairKeys[p]!;
      this.end[s]!++; // a count for now
      slots[p] = s;
    }
    let offset = 0;
    for (let s = 0; s < this.keys.length; s++) {
      this.start[s] = offset;
      offset += this.end[s]!;
      this.end[s] = this.start[s]!;
    }
    this.values = new Int32Array(n);
    for (let p = 0; p < n; p++) this.values[this.end[slots[p]!]!++] = this.pairValues[p]!;
    this.pairKeys = new Int32Array(0);
    this.pairValues = new Int32Array(0);
    this.pairs = 0;
  }

  /** Slot of `key` (after {@link freeze}), or -1 when it has no values. */
  slotOf(key: number): number {
    const s = this.slot(key);
    return this.keys[s] === key ? s : -1;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slot(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (keys[s] !== key && keys[s] !== -1) s = (s + 1) & mask;
    return s;
  }
}
