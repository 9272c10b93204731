/**
 * Reads a page's text as "runs": the consecutive text nodes of one block (a paragraph,
 * heading, list item…), joined, so a term that crosses inline tags is one string.
 * Nothing here writes to the page.
 *
 * The walk visits text nodes only, natively (a SHOW_TEXT TreeWalker), and decides skip
 * and block per parent element, cached: most elements are never touched from JS. The
 * run semantics are those of a full element walk: a run is the text of consecutive,
 * non-empty text nodes of one block with no non-inline element (a nested block, <br>,
 * <img>…) entered between them; skipped subtrees are left out and break nothing.
 */

export interface TextRun {
  /** The block element the run belongs to. */
  block: Element;
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  starts: number[];
  text: string;
}

/** Subtrees whose text is not prose a reader reads. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO',
  'BUTTON', 'HEAD', 'TITLE',
]);

/** Elements that do not break a run: a term may continue across them. */
export const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'NOBR', 'TT',
]);

/** nodeType values, as constants: the global `Node` is a lookup on every use. */
const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;
const FRAGMENT = 11;

/** What an element is to the walk. */
const enum Kind {
  Block,
  Inline,
  Skip,
}

/** Tag classification by `tagName` (upper-cased for HTML, as written in XML/SVG): few distinct keys. */
const tagKinds = new Map<string, Kind>();

function tagKind(tagName: string): Kind {
  let kind = tagKinds.get(tagName);
  if (kind === undefined) {
    const upper = tagName.toUpperCase();
    kind = SKIPPED_TAGS.has(upper) ? Kind.Skip : INLINE_TAGS.has(upper) ? Kind.Inline : Kind.Block;
    tagKinds.set(tagName, kind);
  }
  return kind;
}

function hasSkipAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Matches a superset of hasSkipAttribute (contenteditable="false" is sorted out after). */
const SKIP_ATTRIBUTES = '[hidden],[aria-hidden="true"],[contenteditable]';

/** The elements below `root` that hasSkipAttribute skips: one native query, not three calls per element. */
function attributeSkipped(root: Node): ReadonlySet<Element> {
  const found = new Set<Element>();
  if (root.nodeType !== ELEMENT && root.nodeType !== DOCUMENT && root.nodeType !== FRAGMENT) return found;
  for (const el of (root as ParentNode).querySelectorAll(SKIP_ATTRIBUTES)) if (hasSkipAttribute(el)) found.add(el);
  return found;
}

/** Skip, inline or block by tag; `hostTag` is our UI host's tag, upper-cased. */
function tagKindOf(el: Element, hostTag: string): Kind {
  const tagName = el.tagName;
  const kind = tagKind(tagName);
  return tagName.length === hostTag.length && tagName.toUpperCase() === hostTag ? Kind.Skip : kind;
}

/** Skip, inline or block. */
function kindOf(el: Element, hostTag: string): Kind {
  const kind = tagKindOf(el, hostTag);
  return kind !== Kind.Skip && hasSkipAttribute(el) ? Kind.Skip : kind;
}

export function isInlineElement(el: Element): boolean {
  return tagKind(el.tagName) === Kind.Inline;
}

/** The nearest ancestor that is not an inline element. */
export function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && isInlineElement(el)) el = el.parentElement;
  return el;
}

/** Per parent of a text node: where its text goes. */
interface ParentInfo {
  /** The run's block (nearest non-inline ancestor-or-self), null for none. */
  block: Element | null;
  /** The outermost-known element to jump over (skipped, or excluded), null to read the text. */
  jump: Element | null;
}

const NO_PARENT: ParentInfo = { block: null, jump: null };

/**
 * Caches ParentInfo for the elements of one walk. The walk is in document order, so a
 * parent's ancestors are mostly cached already; chains are filled iteratively (a hostile
 * page may nest deeper than the JS stack).
 */
class ParentCache {
  private readonly infos = new Map<Node, ParentInfo>();
  /** Elements below the root skipped for an attribute (hidden, aria-hidden, contenteditable). */
  private readonly skippedByAttribute: ReadonlySet<Element>;
  private lastParent: Node | null = null;
  private lastInfo: ParentInfo = NO_PARENT;

  constructor(
    private readonly root: Node,
    private readonly hostTag: string,
    /** A block element whose subtree the walk leaves out (it still ends runs, as a block does). */
    private readonly exclude: Element | null,
  ) {
    this.skippedByAttribute = attributeSkipped(root);
  }

  /** The kind of an element below the root. */
  kind(el: Element): Kind {
    const kind = tagKindOf(el, this.hostTag);
    return kind !== Kind.Skip && this.skippedByAttribute.has(el) ? Kind.Skip : kind;
  }

  /** Where the text of `parent`'s child text nodes goes. */
  info(parent: Node): ParentInfo {
    // Sibling text nodes come one after another: skip the map for them.
    if (parent === this.lastParent) return this.lastInfo;
    const info = this.fill(parent);
    this.lastParent = parent;
    this.lastInfo = info;
    return info;
  }

  /** Looks `parent` up, or climbs to a cached ancestor (or the root) and fills the chain top-down. */
  private fill(parent: Node): ParentInfo {
    const chain: Element[] = [];
    let node: Node | null = parent;
    let above: ParentInfo | undefined;
    while (node) {
      above = this.infos.get(node);
      if (above) break;
      if (node === this.root || node.nodeType !== ELEMENT) {
        above = this.rootInfo(node);
        this.infos.set(node, above);
        break;
      }
      chain.push(node as Element);
      node = node.parentNode;
    }
    let info = above ?? NO_PARENT;
    for (let i = chain.length - 1; i >= 0; i--) {
      info = this.childInfo(chain[i]!, info);
      this.infos.set(chain[i]!, info);
    }
    return info;
  }

  /** The root (checked by the caller) or a non-element: only its block matters. */
  private rootInfo(node: Node): ParentInfo {
    if (node.nodeType !== ELEMENT) return NO_PARENT;
    const el = node as Element;
    return { block: isInlineElement(el) ? blockOf(el) : el, jump: null };
  }

  private childInfo(el: Element, up: ParentInfo): ParentInfo {
    if (up.jump) return up;
    if (el === this.exclude) return { block: el, jump: el };
    const kind = this.kind(el);
    if (kind === Kind.Skip) return { block: null, jump: el };
    return kind === Kind.Inline ? up : { block: el, jump: null };
  }

  /**
   * Whether a non-inline element is entered between `from` and `to`, two texts of
   * `block` (`to` after `from`): then they belong to different runs. Skipped subtrees
   * are stepped over and break nothing. Stops at `block`'s edge if the page moved them.
   */
  brokenBetween(from: Node, to: Node, block: Element): boolean {
    let node: Node = from;
    let descend = false;
    for (;;) {
      let next: Node | null = descend ? node.firstChild : null;
      while (!next) {
        next = node.nextSibling;
        if (next) break;
        const up: Node | null = node.parentNode;
        if (!up || up === block) return true;
        node = up;
      }
      node = next;
      if (node === to) return false;
      if (node.nodeType !== ELEMENT) {
        descend = false;
        continue;
      }
      const el = node as Element;
      if (el === this.exclude) return true;
      const kind = this.kind(el);
      if (kind === Kind.Block) return true;
      descend = kind === Kind.Inline;
    }
  }
}

/**
 * Yields the text runs below `root` in document order. A generator, so the caller can
 * stop after a time budget and resume later without re-walking. Runs that start inside
 * `exclude` (an already-scanned subtree) are left out; a block `exclude` is not walked.
 */
export function* walkTextRuns(root: Node, uiHostTag: string, exclude?: Node | null): Generator<TextRun> {
  const hostTag = uiHostTag.toUpperCase();
  if (exclude && exclude.contains(root)) return;
  if (root.nodeType === TEXT) {
    const text = root as Text;
    const block = blockOf(text);
    if (text.data.length > 0 && block) yield { block, nodes: [text], starts: [0], text: text.data };
    return;
  }
  if (root.nodeType === ELEMENT && kindOf(root as Element, hostTag) === Kind.Skip) return;
  // Only a block `exclude` ends runs like a wall; an inline (or skipped) one does not, so
  // a run may start before it and go on into it: it is walked and runs starting inside dropped.
  const excludeEl = exclude?.nodeType === ELEMENT ? (exclude as Element) : null;
  const jumpExclude = excludeEl !== null && kindOf(excludeEl, hostTag) === Kind.Block && root.contains(excludeEl);
  const dropInside = excludeEl !== null && !jumpExclude ? excludeEl : null;
  const cache = new ParentCache(root, hostTag, jumpExclude ? excludeEl : null);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let run: TextRun | null = null;
  let last: Text | null = null;
  let node = walker.nextNode();
  while (node) {
    const text = node as Text;
    const parent = text.parentNode;
    const info = parent ? cache.info(parent) : NO_PARENT;
    if (info.jump) {
      node = skipPast(walker, info.jump, root);
      continue;
    }
    const data = text.data;
    if (data.length > 0) {
      const block = info.block;
      if (run && (run.block !== block || cache.brokenBetween(last!, text, run.block))) {
        if (!dropInside?.contains(run.nodes[0]!)) yield run;
        run = null;
      }
      if (block) {
        run ??= { block, nodes: [], starts: [], text: '' };
        run.starts.push(run.text.length);
        run.nodes.push(text);
        run.text += data;
        last = text;
      }
    }
    node = walker.nextNode();
  }
  if (run && !dropInside?.contains(run.nodes[0]!)) yield run;
}

/**
 * Moves the walker past `el`'s subtree and returns the next text node inside `root`.
 * (TreeWalker.nextSibling() would do this natively, but engines differ on it.)
 */
function skipPast(walker: TreeWalker, el: Element, root: Node): Node | null {
  let node: Node | null = el;
  while (node && node !== root) {
    const next: Node | null = node.nextSibling;
    if (next) {
      walker.currentNode = next;
      return next.nodeType === TEXT ? next : walker.nextNode();
    }
    node = node.parentNode;
  }
  return null;
}

/** Finds the text node and offset for a position in a run's text. */
export function locate(run: TextRun, offset: number, preferEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = run;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  return { node, offset: Math.min(offset - starts[lo]!, node.data.length) };
}
