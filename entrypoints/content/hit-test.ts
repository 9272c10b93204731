import { isShadowRoot } from './flat-order';
import type { Painter, TermRecord } from './painter';

type Caret = { node: Node; offset: number };

/**
 * The text node under a viewport point, in either API the browser offers. Both retarget
 * a point inside a shadow tree to its host unless told about the root: Kontekst passes the
 * open shadow roots it paints in (`shadowRoots`, Chromium 128+, Firefox 143+).
 */
function caretAt(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[]): Caret | null {
  if ('caretPositionFromPoint' in doc && typeof doc.caretPositionFromPoint === 'function') {
    const position = shadowRoots.length
      ? (doc.caretPositionFromPoint as (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => CaretPosition | null)(
          x,
          y,
          { shadowRoots: [...shadowRoots] },
        )
      : doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = 'caretRangeFromPoint' in doc ? doc.caretRangeFromPoint(x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Fallback for an engine that ignores `shadowRoots` (the caret lands on the host): the
 * deepest element under the point, descending through open shadow roots.
 */
function deepElementAt(doc: Document, x: number, y: number): Element | null {
  let el = doc.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** A live Range for a painted record, for geometry. */
export function liveRange(doc: Document, record: TermRecord): Range {
  const range = doc.createRange();
  range.setStart(record.range.startContainer, record.range.startOffset);
  range.setEnd(record.range.endContainer, record.range.endOffset);
  return range;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

function recordUnder(doc: Document, candidates: readonly TermRecord[], x: number, y: number) {
  for (const record of candidates) {
    const range = liveRange(doc, record);
    if (rectsContain(range, x, y)) return { record, range };
  }
  return null;
}

/**
 * Which painted term is under the pointer, if any. The caret lookup finds candidates
 * cheaply; the client-rect check rejects the caret's "nearest position" at line ends.
 */
export function termAtPoint(
  doc: Document,
  painter: Painter,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): { record: TermRecord; range: Range } | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (caret?.node.nodeType === Node.TEXT_NODE) return recordUnder(doc, painter.recordsAt(caret.node as Text), x, y);
  if (!shadowRoots.length) return null;
  const el = deepElementAt(doc, x, y);
  if (!el || !el.getRootNode || !isShadowRoot(el.getRootNode())) return null;
  const candidates = [...el.childNodes].flatMap((node) => (node.nodeType === Node.TEXT_NODE ? painter.recordsAt(node as Text) : []));
  return recordUnder(doc, candidates, x, y);
}
