/**
 * A character trie over normalised alias forms, with edges in one open-addressing hash
 * table of typed arrays: a 10,000-alias KB builds in milliseconds and a lookup allocates
 * nothing. Node 0 is the root; code 0x20 is the separator between alias words.
 */
export const SEP_CODE = 0x20;

export class Trie {
  nodeCount = 1;
  /** Ending sets allowed where an inner alias word ends at this node. */
  innerSets = new Uint8Array(256);
  /** Ending sets allowed where any alias word (inner or last) ends at this node. */
  wordEndSets = new Uint8Array(256);
  /** Head of this node's list of alias indices ending here, -1 if none. */
  terminalHead = new Int32Array(256).fill(-1);
  readonly terminalAlias: number[] = [];
  readonly terminalNext: number[] = [];

  private edgeNode = new Int32Array(1024); // node + 1, 0 = empty slot
  private edgeCode = new Uint16Array(1024);
  private edgeChild = new Int32Array(1024);
  private edgeCount = 0;
  private shift = 22; // 32 - log2(capacity)

  private slot(node: number, code: number): number {
    const mask = this.edgeNode.length - 1;
    let i = Math.imul((Math.imul(node, 65599) + code) | 0, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const stored = this.edgeNode[i];
      if (stored === 0 || (stored === node + 1 && this.edgeCode[i] === code)) return i;
      i = (i + 1) & mask;
    }
  }

  /** Child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    const i = this.slot(node, code);
    return this.edgeNode[i] === 0 ? -1 : this.edgeChild[i]!;
  }

  /** Child of `node` along `code`, created if missing. */
  addChild(node: number, code: number): number {
    let i = this.slot(node, code);
    if (this.edgeNode[i] !== 0) return this.edgeChild[i]!;
    if ((this.edgeCount + 1) * 2 > this.edgeNode.length) {
      this.rehash();
      i = this.slot(node, code);
    }
    const next = this.nodeCount++;
    if (next === this.innerSets.length) this.growNodes();
    this.edgeNode[i] = node + 1;
    this.edgeCode[i] = code;
    this.edgeChild[i] = next;
    this.edgeCount++;
    return next;
  }

  addTerminal(node: number, alias: number): void {
    this.terminalAlias.push(alias);
    this.terminalNext.push(this.terminalHead[node]!);
    this.terminalHead[node] = this.terminalAlias.length - 1;
  }

  private rehash(): void {
    const [nodes, codes, children] = [this.edgeNode, this.edgeCode, this.edgeChild];
    const size = nodes.length * 2;
    this.edgeNode = new Int32Array(size);
    this.edgeCode = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    this.shift--;
    for (let j = 0; j < nodes.length; j++) {
      if (nodes[j] === 0) continue;
      const i = this.slot(nodes[j]! - 1, codes[j]!);
      this.edgeNode[i] = nodes[j]!;
      this.edgeCode[i] = codes[j]!;
      this.edgeChild[i] = children[j]!;
    }
  }

  private growNodes(): void {
    const size = this.innerSets.length * 2;
    const inner = new Uint8Array(size);
    const wordEnd = new Uint8Array(size);
    const head = new Int32Array(size).fill(-1);
    inner.set(this.innerSets);
    wordEnd.set(this.wordEndSets);
    head.set(this.terminalHead);
    this.innerSets = inner;
    this.wordEndSets = wordEnd;
    this.terminalHead = head;
  }
}
