/**
 * Walks the alias trie from one word start over lazily normalised symbols and collects
 * every alias that matches there. Words are matched as stem + ending; alias words are
 * joined by one separator symbol (any run of spaces and dashes); one long word per
 * match may instead be a typo of its alias word.
 */
import { type CompiledKb, rootTypoKey } from './compile';
import { UPPER_CASE, letterCase } from './chars';
import { K_SEP, K_WORD, SymbolCursor } from './cursor';
import { ALL_SETS, ENDINGS } from './inflection';
import { SEP_CODE } from './trie';
import { MIN_TYPO_WORD, isTypoWord, letterBit, mayBeTypo } from './typos';

/**
 * Matches kept per word start. The shipped KB's busiest word start has 36 (aliases that
 * share their first words, each with its endings), a synthetic 10,000-alias KB's 8; past 64
 * further ones are dropped, which can only lose a longer alias to a shorter one.
 */
export const MAX_CANDIDATES = 64;
const HYPHEN = 0x2d;
/** Text words longer than this are no typo of any alias word (the longest has 29 letters). */
const MAX_TYPO_WORD = 40;
/**
 * Letters of an alias word before a space may split it: "peace keepers" for "peacekeepers".
 * Three, so a one- or two-letter word before a space cannot start a compound.
 */
const MIN_SPLIT_HEAD = 3;
const UPPER = /\p{Lu}/u;

export class Walker {
  /** Alias index, raw end offset and typo flag of each match found by {@link collect}. */
  readonly candidateAlias = new Int32Array(MAX_CANDIDATES);
  readonly candidateEnd = new Int32Array(MAX_CANDIDATES);
  readonly candidateTypo = new Uint8Array(MAX_CANDIDATES);
  count = 0;
  private readonly cursor = new SymbolCursor();
  private text = '';

  constructor(private readonly kb: CompiledKb) {}

  /** Collects the matches starting at the word that starts at raw offset `start`. */
  collect(text: string, start: number, tryRootTypos: boolean): void {
    this.count = 0;
    this.text = text;
    this.cursor.reset(text, start);
    this.walkWord(0, 0, false, tryRootTypos);
  }

  /** Follows one text word (from symbol `k`) down the trie from a word-start node. */
  private walkWord(node: number, k: number, typoUsed: boolean, tryRootTypos: boolean): void {
    const { trie } = this.kb;
    const cur = this.cursor;
    let n = node;
    let i = k;
    let matched = false;
    for (;;) {
      if (trie.wordEndSets[n] && this.endWord(n, i, typoUsed)) matched = true;
      if (!cur.has(i)) break;
      if (cur.kinds[i] === K_SEP) {
        // "peace-keeping", "Nordatlantik-Pakt", "peace keepers": a hyphen or a space may split a word of the alias.
        const splits = cur.codes[i] === HYPHEN ? i > k : i - k >= MIN_SPLIT_HEAD;
        if (!splits || !cur.has(i + 1) || cur.kinds[i + 1] !== K_WORD) break;
        n = trie.child(n, cur.codes[i + 1]!);
        if (n < 0) break;
        i += 2;
        continue;
      }
      n = trie.child(n, cur.codes[i]!);
      if (n < 0) break;
      i++;
    }
    // Typos are only considered for words that matched no alias word exactly.
    if (!matched && !typoUsed && (node !== 0 || tryRootTypos)) this.tryTypos(node, k);
  }

  /** The rest of the word from symbol `i` must be an ending allowed at node `n`. */
  private endWord(n: number, i: number, typoUsed: boolean): boolean {
    const cur = this.cursor;
    let e = 0;
    let j = i;
    for (; cur.has(j) && cur.kinds[j] === K_WORD; j++) {
      e = ENDINGS.child(e, cur.codes[j]!);
      if (e < 0) return false;
    }
    const valid = (ENDINGS.masks[e] ?? 0) & this.kb.trie.wordEndSets[n]!;
    if (valid === 0) return false;
    this.arrive(n, j, valid, typoUsed);
    return true;
  }

  /** A whole word ended at node `n`, before symbol `j`: record aliases, go on to the next word. */
  private arrive(n: number, j: number, valid: number, typoUsed: boolean): void {
    const { trie, aliases } = this.kb;
    const cur = this.cursor;
    const end = cur.ends[j - 1]!;
    for (let t = trie.terminalHead[n]!; t >= 0; t = trie.terminalNext[t]!) {
      const alias = trie.terminalAlias[t]!;
      if (aliases.lastSets[alias]! & valid && this.count < MAX_CANDIDATES) {
        this.candidateAlias[this.count] = alias;
        this.candidateEnd[this.count] = end;
        this.candidateTypo[this.count++] = typoUsed ? 1 : 0;
      }
    }
    if ((trie.innerSets[n]! & valid) === 0 || !cur.has(j + 1)) return;
    if (cur.kinds[j] !== K_SEP || cur.kinds[j + 1] === K_SEP) return;
    const next = trie.child(n, SEP_CODE);
    if (next >= 0) this.walkWord(next, j + 1, typoUsed, false);
  }

  /** Tries the word at symbol `k` as a typo of an alias word starting at `node`. */
  private tryTypos(node: number, k: number): void {
    const cur = this.cursor;
    let len = 0;
    let letters = 0;
    for (; len <= MAX_TYPO_WORD && cur.has(k + len) && cur.kinds[k + len] === K_WORD; len++) letters |= letterBit(cur.codes[k + len]!);
    if (len < MIN_TYPO_WORD || len > MAX_TYPO_WORD) return;
    const capitalised = letterCase(this.text.charCodeAt(cur.starts[k]!)) === UPPER_CASE;
    const { typoTargets: targets } = this.kb;
    const buckets = node === 0 ? this.kb.rootTypos : this.kb.innerTypos;
    const slot = buckets.slotOf(node === 0 ? rootTypoKey(cur.codes[k]!, len, capitalised) : node);
    if (slot < 0) return;
    for (let i = buckets.start[slot]!; i < buckets.end[slot]!; i++) {
      const t = buckets.values[i]!;
      if (!mayBeTypo(letters, len, targets, t) || !isTypoWord(cur.codes, k, len, targets, t)) continue;
      if (!this.caseShapeFits(k, len, targets.proper[t] === 1)) continue;
      this.arrive(targets.endNode[t]!, k + len, ALL_SETS, true);
    }
  }

  /**
   * Names take typos only when capitalised; common words only when written in lower
   * case, since a capitalised near-miss of a common word is usually another name.
   */
  private caseShapeFits(k: number, len: number, proper: boolean): boolean {
    const cur = this.cursor;
    const raw = this.text.slice(cur.starts[k]!, cur.ends[k + len - 1]!);
    const first = raw.charAt(0);
    return proper ? first !== first.toLowerCase() : !UPPER.test(raw);
  }
}
