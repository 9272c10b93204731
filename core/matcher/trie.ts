/**
 * A character trie over normalised alias forms, in typed arrays. Most nodes have one
 * child, so each node stores its first edge inline (sequential memory, no hashing);
 * further edges of branching nodes go to one open-addressing hash table. Building and
 * lookups allocate nothing per character. Node 0 is the root; code 0x20 separates words.
 */
import { grown } from './buffers';

export const SEP_CODE = 0x20;

const NO_EDGE = -1;

export class Trie {
  nodeCount = 1;
  /** Ending sets allowed where an inner alias word ends at this node. */
  innerSets: Uint8Array;
  /** Ending sets allowed where any alias word (inner or last) ends at this node. */
  wordEndSets: Uint8Array;
  /** Head of this node's list of alias indices ending here, -1 if none. */
  terminalHead: Int32Array;
  terminalAlias: Int32Array;
  terminalNext: Int32Array;
  private terminalCount = 0;

  private firstCode: Int32Array; // code of the node's first edge, NO_EDGE if none
  private firstChild: Int32Array;
  private branching: Uint8Array; // 1 when the node has edges in the hash table
  private edgeNode: Int32Array; // node + 1, 0 = empty slot
  private edgeCode: Uint16Array;
  private edgeChild: Int32Array;
  private edgeCount = 0;
  private shift: number; // 32 - log2(hash capacity)

  /** The expected sizes set the arrays up front, so building rarely regrows or rehashes them. */
  constructor(expectedNodes = 256, expectedTerminals = 256) {
    // A floor of 256: small tries (the ending trie, test KBs) start without regrowing at once.
    const nodes = Math.max(256, expectedNodes);
    const terminals = Math.max(256, expectedTerminals);
    this.terminalAlias = new Int32Array(terminals);
    this.terminalNext = new Int32Array(terminals);
    // About one node in ten branches (measured on the shipped and synthetic KBs); the table stays at most half full.
    const edgeSlots = 2 ** Math.max(10, Math.ceil(Math.log2(nodes / 5)));
    this.edgeNode = new Int32Array(edgeSlots);
    this.edgeCode = new Uint16Array(edgeSlots);
    this.edgeChild = new Int32Array(edgeSlots);
    this.shift = 32 - Math.log2(edgeSlots);
    this.innerSets = new Uint8Array(nodes);
    this.wordEndSets = new Uint8Array(nodes);
    this.terminalHead = new Int32Array(nodes).fill(-1);
    this.firstCode = new Int32Array(nodes).fill(NO_EDGE);
    this.firstChild = new Int32Array(nodes);
    this.branching = new Uint8Array(nodes);
  }

  /** Child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    if (this.firstCode[node] === code) return this.firstChild[node]!;
    if (this.branching[node] === 0) return -1;
    const i = this.slot(node, code);
    return this.edgeNode[i] === 0 ? -1 : this.edgeChild[i]!;
  }

  /** Child of `node` along `code`, created if missing. */
  addChild(node: number, code: number): number {
    const found = this.child(node, code);
    if (found >= 0) return found;
    return this.newChild(node, code);
  }

  /**
   * A new child of `node` along `code`, which `node` must not have yet (so no lookup):
   * below a node created by the same insertion, every edge is new.
   */
  newChild(node: number, code: number): number {
    const next = this.nodeCount++;
    if (next === this.innerSets.length) this.growNodes();
    if (this.firstCode[node] === NO_EDGE) {
      this.firstCode[node] = code;
      this.firstChild[node] = next;
      return next;
    }
    if ((this.edgeCount + 1) * 2 > this.edgeNode.length) this.rehash();
    const i = this.slot(node, code);
    this.edgeNode[i] = node + 1;
    this.edgeCode[i] = code;
    this.edgeChild[i] = next;
    this.edgeCount++;
    this.branching[node] = 1;
    return next;
  }

  addTerminal(node: number, alias: number): void {
    const t = this.terminalCount++;
    if (t === this.terminalAlias.length) {
      this.terminalAlias = grown(this.terminalAlias, t * 2);
      this.terminalNext = grown(this.terminalNext, t * 2);
    }
    this.terminalAlias[t] = alias;
    this.terminalNext[t] = this.terminalHead[node]!;
    this.terminalHead[node] = t;
  }

  private slot(node: number, code: number): number {
    const mask = this.edgeNode.length - 1;
    let i = Math.imul((Math.imul(node, 65599) + code) | 0, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const stored = this.edgeNode[i];
      if (stored === 0 || (stored === node + 1 && this.edgeCode[i] === code)) return i;
      i = (i + 1) & mask;
    }
  }

  private rehash(): void {
    const nodes = this.edgeNode;
    const codes = this.edgeCode;
    const children = this.edgeChild;
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
    this.innerSets = grown(this.innerSets, size);
    this.wordEndSets = grown(this.wordEndSets, size);
    this.branching = grown(this.branching, size);
    this.terminalHead = grown(this.terminalHead, size, -1);
    this.firstCode = grown(this.firstCode, size, NO_EDGE);
    this.firstChild = grown(this.firstChild, size);
  }
}
