import { doubled } from './buffers';
import { DASH, HIGH, IGNORE, LOW, MARK, QUOTE, SPACE, WORD, charClass, foldOf, isAstralWord, multiFold } from './chars';

/** Kinds of normalised symbols. */
export const K_WORD = 1;
export const K_SEP = 2; // one run of whitespace and/or dashes
export const K_QUOTE = 3;
export const K_OTHER = 4;

/** Symbols normalised so far: tests assert linear work by counting, not timing (work.test.ts). */
export const cursorWork = { symbols: 0 };

const BREVE = 0x0306;
const DIAERESIS = 0x0308;

/**
 * A lazy normaliser: turns raw text from a start offset into folded symbols on demand,
 * remembering for each symbol the raw range it came from. The matcher only normalises
 * the few words around candidate anchors, never the whole page.
 */
export class SymbolCursor {
  // 64 symbols hold the few words around an anchor (what the walker reads); longer reads double them.
  codes = new Uint16Array(64);
  kinds = new Uint8Array(64);
  /** Raw offset of the first code unit of each symbol. */
  starts = new Int32Array(64);
  /** Raw offset after the symbol, including combining marks that follow it. */
  ends = new Int32Array(64);
  length = 0;
  private text = '';
  private raw = 0;
  private limit = 0;

  reset(text: string, from: number, to = text.length): void {
    this.text = text;
    this.raw = from;
    this.limit = to;
    this.length = 0;
  }

  /** Whether symbol `k` exists, producing symbols up to it if needed. */
  has(k: number): boolean {
    while (this.length <= k) if (!this.produce()) return false;
    return true;
  }

  /** Produces every remaining symbol. */
  drain(): void {
    while (this.produce());
  }

  private push(code: number, kind: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    const k = this.length++;
    this.codes[k] = code;
    this.kinds[k] = kind;
    this.starts[k] = start;
    this.ends[k] = end;
    cursorWork.symbols++;
  }

  private grow(): void {
    this.codes = doubled(this.codes);
    this.kinds = doubled(this.kinds);
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
  }

  /** Reads raw code units until at least one symbol is pushed; false at the end. */
  private produce(): boolean {
    const text = this.text;
    while (this.raw < this.limit) {
      const at = this.raw;
      const c = text.charCodeAt(at);
      const cls = charClass(c);
      this.raw = at + 1;
      if (cls === WORD) return this.pushLetter(c, at);
      if (cls === IGNORE) continue;
      if (cls === MARK) {
        this.attachMark(c, at);
        continue;
      }
      if (cls === SPACE || cls === DASH) return this.pushSeparator(at);
      if (cls === QUOTE) this.push(0x27, K_QUOTE, at, at + 1);
      else if (cls === HIGH) this.pushHigh(c, at);
      else this.push(cls === LOW ? c : foldOf(c), K_OTHER, at, at + 1);
      return true;
    }
    return false;
  }

  private pushLetter(c: number, at: number): true {
    const f = foldOf(c);
    if (f >= 0) this.push(f, K_WORD, at, at + 1);
    else {
      const folded = multiFold(c);
      for (let i = 0; i < folded.length; i++) this.push(folded.charCodeAt(i), K_WORD, at, at + 1);
    }
    return true;
  }

  /** A combining mark extends the previous letter; и+◌̆ is й and і+◌̈ is ї, others drop. */
  private attachMark(mark: number, at: number): void {
    const last = this.length - 1;
    if (last < 0 || this.kinds[last] !== K_WORD) return;
    this.ends[last] = at + 1;
    const base = this.codes[last];
    if (mark === BREVE && base === 0x0438) this.codes[last] = 0x0439;
    else if (mark === DIAERESIS && base === 0x0456) this.codes[last] = 0x0457;
  }

  private pushSeparator(at: number): true {
    const text = this.text;
    let end = at + 1;
    let spaced = charClass(text.charCodeAt(at)) === SPACE;
    let j = end;
    for (; j < this.limit; j++) {
      const cls = charClass(text.charCodeAt(j));
      if (cls === SPACE) spaced = true;
      else if (cls !== DASH && cls !== IGNORE && cls !== MARK) break;
      if (cls === SPACE || cls === DASH) end = j + 1;
    }
    this.raw = j;
    this.push(spaced ? 0x20 : 0x2d, K_SEP, at, end);
    return true;
  }

  private pushHigh(c: number, at: number): void {
    const lo = at + 1 < this.limit ? this.text.charCodeAt(at + 1) : 0;
    if (!(lo >= 0xdc00 && lo <= 0xdfff)) {
      this.push(c, K_OTHER, at, at + 1);
      return;
    }
    this.raw = at + 2;
    const kind = isAstralWord(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000) ? K_WORD : K_OTHER;
    this.push(c, kind, at, at + 2);
    this.push(lo, kind, at, at + 2);
  }
}
