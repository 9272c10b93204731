import type { Painter, TermRecord } from './painter';

/** The text node and offset under a viewport point, in either API the browser offers. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if ('caretPositionFromPoint' in doc && typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = 'caretRangeFromPoint' in doc ? doc.caretRangeFromPoint(x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
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

/**
 * Which painted term is under the pointer, if any. The caret lookup finds candidates
 * cheaply; the client-rect check rejects the caret's "nearest position" at line ends.
 */
export function termAtPoint(doc: Document, painter: Painter, x: number, y: number): { record: TermRecord; range: Range } | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const record of painter.recordsAt(caret.node as Text)) {
    const range = liveRange(doc, record);
    if (rectsContain(range, x, y)) return { record, range };
  }
  return null;
}
