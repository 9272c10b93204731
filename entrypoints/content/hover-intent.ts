import type { PopoverAnchor, PopoverController } from './popover';

export interface HoverDeps {
  document: Document;
  /** The term under a viewport point, if any. */
  hitTest: (x: number, y: number) => { entryId: string; anchor: PopoverAnchor } | null;
  popover: PopoverController;
  signal: AbortSignal;
  /** How long the pointer must rest on one term before its card opens. */
  dwellMs?: number;
  /** How long the card survives the pointer leaving both term and card. */
  graceMs?: number;
}

type Hit = NonNullable<ReturnType<HoverDeps['hitTest']>>;

/**
 * Hover intent for terms (WCAG 1.4.13): a card opens after a short dwell, stays
 * while the pointer is on the term or the card, closes after a grace period, and is
 * pinned by a click. It never cancels or redirects the page's own events.
 */
export function watchHover(deps: HoverDeps): void {
  const { document: doc, hitTest, popover, signal } = deps;
  const dwellMs = deps.dwellMs ?? 200;
  const graceMs = deps.graceMs ?? 300;
  let point = { x: 0, y: 0 };
  let pointTarget: EventTarget | null = null;
  let frame = 0;
  let dwell: { entryId: string; timer: ReturnType<typeof setTimeout> } | null = null;
  let grace: ReturnType<typeof setTimeout> | null = null;

  const cancelDwell = () => {
    if (dwell) clearTimeout(dwell.timer);
    dwell = null;
  };
  const cancelGrace = () => {
    if (grace !== null) clearTimeout(grace);
    grace = null;
  };
  const onCard = () => popover.isPointerInside() || popover.contains(pointTarget as Node | null);
  const onOpenTerm = () => popover.openEntryId !== null && hitTest(point.x, point.y)?.entryId === popover.openEntryId;

  function startDwell(hit: Hit) {
    if (dwell?.entryId === hit.entryId) return; // the clock runs from entering the term, not from the last move
    cancelDwell();
    const timer = setTimeout(() => {
      dwell = null;
      cancelGrace();
      popover.open(hit.entryId, hit.anchor, { pointer: point });
    }, dwellMs);
    dwell = { entryId: hit.entryId, timer };
  }

  function startGrace() {
    if (grace !== null || popover.openEntryId === null || popover.pinned) return;
    grace = setTimeout(() => {
      grace = null;
      // The pointer may have come back without moving since (e.g. the page scrolled under it).
      if (!popover.pinned && !onCard() && !onOpenTerm()) popover.close('leave');
    }, graceMs);
  }

  function evaluate() {
    frame = 0;
    if (onCard()) return void (cancelGrace(), cancelDwell());
    const hit = hitTest(point.x, point.y);
    if (hit && hit.entryId === popover.openEntryId) return void (cancelGrace(), cancelDwell());
    // A pinned card stays put; hovering other terms does not replace it.
    if (hit && !popover.pinned) startDwell(hit);
    else cancelDwell();
    startGrace();
  }

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(evaluate);
  };
  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ) => doc.addEventListener(type, listener, { ...options, signal });

  listen(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return; // touch has no hover; a tap arrives as a click
      point = { x: event.clientX, y: event.clientY };
      pointTarget = event.target;
      schedule();
    },
    { passive: true },
  );
  // Scrolling moves terms under a resting pointer without any pointermove.
  listen('scroll', () => (dwell || popover.openEntryId !== null) && schedule(), { passive: true, capture: true });
  listen('pointerout', (event) => {
    if (event.relatedTarget !== null || event.pointerType === 'touch') return; // still inside the window
    pointTarget = null;
    cancelDwell();
    startGrace();
  });
  listen('click', (event) => onClick(event), { capture: true });
  listen('keydown', (event) => onKeyDown(event), { capture: true });

  function onClick(event: MouseEvent) {
    if (event.button !== 0 || popover.contains(event.target as Node | null)) return;
    // A drag that selected text ends in a click too; that reader is copying, not asking.
    const selecting = doc.getSelection()?.isCollapsed === false;
    const hit = selecting ? null : hitTest(event.clientX, event.clientY);
    cancelDwell();
    cancelGrace();
    // Pin, and let the click go on: the term may sit inside the page's own link.
    if (hit) popover.open(hit.entryId, hit.anchor, { pinned: true, pointer: { x: event.clientX, y: event.clientY } });
    else if (popover.openEntryId !== null) popover.close('outside');
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || popover.openEntryId === null) return;
    cancelDwell();
    cancelGrace();
    popover.close('escape');
    // This Escape dismissed the card; it should not also close the page's own dialog.
    event.stopPropagation();
  }

  signal.addEventListener(
    'abort',
    () => {
      cancelDwell();
      cancelGrace();
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
