/**
 * Reads a page's text as "runs": the consecutive text nodes of one block (a paragraph,
 * heading, list item…), joined, so a term that crosses inline tags is one string.
 * Nothing here writes to the page.
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
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO',
  'BUTTON', 'HEAD', 'TITLE',
]);

/** Elements that do not break a run: a term may continue across them. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'NOBR', 'TT',
]);

export function isSkippedElement(el: Element, uiHostTag: string): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag === uiHostTag.toUpperCase()) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

/** The nearest ancestor that is not an inline element. */
export function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && isInlineElement(el)) el = el.parentElement;
  return el;
}

/**
 * Yields the text runs below `root` in document order. A generator, so the caller can
 * stop after a time budget and resume later without re-walking.
 */
export function* walkTextRuns(root: Node, uiHostTag: string): Generator<TextRun> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let run: TextRun | null = null;
  let node: Node | null = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode();
  if (root.nodeType === Node.ELEMENT_NODE && isSkippedElement(root as Element, uiHostTag)) return;
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (isSkippedElement(el, uiHostTag)) {
        node = skipSubtree(walker, el, root);
        continue;
      }
      if (!isInlineElement(el) && run) {
        // A nested block (or <br>) ends the current run.
        yield run;
        run = null;
      }
    } else {
      const text = node as Text;
      const data = text.data;
      if (data.length > 0) {
        const block = blockOf(text);
        if (run && run.block !== block) {
          yield run;
          run = null;
        }
        if (block) {
          run ??= { block, nodes: [], starts: [], text: '' };
          run.starts.push(run.text.length);
          run.nodes.push(text);
          run.text += data;
        }
      }
    }
    if (node === root && root.nodeType === Node.TEXT_NODE) break;
    node = walker.nextNode();
  }
  if (run) yield run;
}

/** Moves the walker past `el`'s subtree and returns the next node, staying inside `root`. */
function skipSubtree(walker: TreeWalker, el: Element, root: Node): Node | null {
  walker.currentNode = el;
  let current: Node | null = el;
  while (current && current !== root) {
    const next = walker.nextSibling();
    if (next) return next;
    current = walker.parentNode();
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
