import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** What a card is placed against: a term's live Range, or anything with its geometry. */
export interface PopoverAnchor {
  getClientRects(): DOMRectList | DOMRect[];
  getBoundingClientRect(): DOMRect;
}

type Rect = Pick<DOMRect, 'x' | 'y' | 'width' | 'height' | 'top' | 'left' | 'right' | 'bottom'>;

/** Keeps the card this far from every viewport edge. */
const EDGE_PADDING = 8;

const visibleRects = (anchor: PopoverAnchor): Rect[] =>
  Array.from(anchor.getClientRects() as ArrayLike<Rect>).filter((r) => r.width > 0 && r.height > 0);

const containsPoint = (r: Rect, p: { x: number; y: number }) =>
  p.x >= r.left - 1 && p.x <= r.right + 1 && p.y >= r.top - 1 && p.y <= r.bottom + 1;

function union(rects: Rect[]): Rect {
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top };
}

/** Which of the term's rects the pointer is on; a term that wraps is anchored to that line. */
export function pickLineIndex(rects: Rect[], pointer?: { x: number; y: number }): number {
  const index = pointer ? rects.findIndex((r) => containsPoint(r, pointer)) : -1;
  return Math.max(index, 0);
}

/**
 * The whole line containing rect `index`: a term split across inline elements
 * (`<em>Budapest</em> Memorandum`) has several rects on one line.
 */
export function lineRect(rects: Rect[], index: number): Rect | null {
  const chosen = rects[index] ?? rects[0];
  if (!chosen) return null;
  const middle = (r: Rect) => (r.top + r.bottom) / 2;
  return union(rects.filter((r) => middle(r) >= chosen.top && middle(r) <= chosen.bottom));
}

/** The element a Range (or element) anchor lives in: scroll containers and theme are read from it. */
export function anchorElement(anchor: PopoverAnchor): Element | null {
  if (typeof Element !== 'undefined' && anchor instanceof Element) return anchor;
  const node = (anchor as Partial<Range>).startContainer;
  if (!node) return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/**
 * Keeps `floating` next to the anchor's line, inside the viewport, through scroll and
 * resize. Returns the function that stops following.
 */
export function followAnchor(
  floating: HTMLElement,
  anchor: PopoverAnchor,
  pointer?: { x: number; y: number },
  /** Called after each placement (the card is visible from the first one on, unless its term is hidden). */
  onPlaced?: () => void,
): () => void {
  // The line is chosen once, by index, so it stays the same line after the page scrolls.
  const lineIndex = pickLineIndex(visibleRects(anchor), pointer);
  const reference: VirtualElement = {
    getBoundingClientRect: () => lineRect(visibleRects(anchor), lineIndex) ?? anchor.getBoundingClientRect(),
    contextElement: anchorElement(anchor) ?? undefined,
  };
  let stopped = false;
  const setStyle = (name: string, value: string) => floating.style.setProperty(name, value, 'important');

  const update = async () => {
    const { x, y, middlewareData } = await computePosition(reference, floating, {
      strategy: 'fixed',
      // Centred, not start-aligned: with an alignment, size() would offer only the width right of the term.
      placement: 'bottom',
      middleware: [
        offset(8),
        flip({ padding: EDGE_PADDING }),
        shift({ padding: EDGE_PADDING }),
        size({
          padding: EDGE_PADDING,
          apply({ availableWidth, availableHeight, elements }) {
            elements.floating.style.setProperty('--kontekst-available-width', `${Math.floor(availableWidth)}px`);
            elements.floating.style.setProperty('--kontekst-available-height', `${Math.floor(availableHeight)}px`);
          },
        }),
        hide(),
      ],
    });
    if (stopped) return;
    setStyle('left', `${x}px`);
    setStyle('top', `${y}px`);
    // A term scrolled out of view, or removed by the page, takes its card with it.
    const gone = middlewareData.hide?.referenceHidden || visibleRects(anchor).length === 0;
    setStyle('visibility', gone ? 'hidden' : 'visible');
    if (!gone) onPlaced?.();
  };

  const stopAutoUpdate = autoUpdate(reference, floating, () => void update());
  return () => {
    stopped = true;
    stopAutoUpdate();
  };
}
