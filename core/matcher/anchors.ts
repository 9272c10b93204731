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
const KEY_UNITS = 3;

function key(u1: number, u2: number, u3: number): number {
  let h = Math.imul(u1, 0x9e3779b1);
  h = Math.imul(h ^ u2, 0x85ebca6b);
  h = Math.imul(h ^ u3, 0xc2b2ae35);
  return h >>> 16;
}

export class AnchorSet {
  private readonly bits = new Uint32Array(2048);

  private add(h: number): void {
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  private hasKey(h: number): boolean {
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  /**
   * Registers the first word of an alias as trie path `path`, whose prefixes from length
   * `from` on are word ends; `inflects` says whether an ending may follow them.
   */
  addWord(path: string, from: number, inflects: boolean): void {
    let letters = 0;
    while (letters < Math.min(path.length, KEY_UNITS) && isWordUnit(path.charCodeAt(letters))) letters++;
    const unit = (i: number) => (i < letters ? path.charCodeAt(i) : BOUNDARY);
    this.add(key(unit(0), unit(1), unit(2)));
    // A short stem may be followed by any ending, so its key cannot name the third unit.
    if (inflects && from < KEY_UNITS && letters >= 2) this.add(key(unit(0), unit(1), ANY));
  }

  /** Whether the word whose first units are `units` may start an alias. */
  has(units: Int32Array): boolean {
    return this.hasKey(key(units[0]!, units[1]!, units[2]!)) || this.hasKey(key(units[0]!, units[1]!, ANY));
  }
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
