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
  /**
   * Which events count. Default: only the reader's own (`isTrusted`), so a page's
   * scripts cannot open, pin or close cards by dispatching synthetic events.
   */
  isReaderEvent?: (event: Event) => boolean;
}

type Hit = NonNullable<ReturnType<HoverDeps['hitTest']>>;
type Timer = ReturnType<typeof setTimeout>;

/**
 * Hover intent for terms (WCAG 1.4.13): a card opens after a short dwell, stays
 * while the pointer is on the term or the card, closes after a grace period, and is
 * pinned by a click. It never cancels or redirects the page's own events.
 */
export function watchHover(deps: HoverDeps): void {
  new HoverIntent(deps);
}

class HoverIntent {
  readonly #dwellMs: number;
  readonly #graceMs: number;
  #point = { x: 0, y: 0 };
  #pointTarget: EventTarget | null = null;
  #frame = 0;
  #dwell: { entryId: string; timer: Timer } | null = null;
  #grace: Timer | null = null;
  /** The kind of pointer behind the coming click ('touch' for a tap). */
  #lastPointerType = '';

  constructor(private readonly deps: HoverDeps) {
    this.#dwellMs = deps.dwellMs ?? 200;
    this.#graceMs = deps.graceMs ?? 300;
    const { document: doc, signal } = deps;
    const isReaderEvent = deps.isReaderEvent ?? ((event: Event) => event.isTrusted);
    const listen = <K extends keyof DocumentEventMap>(type: K, listener: (e: DocumentEventMap[K]) => void, options = {}) =>
      doc.addEventListener(type, (e) => isReaderEvent(e) && listener(e), { ...options, signal });
    listen('pointermove', (e) => this.#onPointerMove(e), { passive: true });
    // Scrolling moves terms under a resting pointer without any pointermove.
    listen('scroll', () => this.#onScroll(), { passive: true, capture: true });
    listen('pointerout', (e) => this.#onPointerOut(e));
    listen('pointerdown', (e) => (this.#lastPointerType = e.pointerType), { passive: true, capture: true });
    listen('click', (e) => this.#onClick(e), { capture: true });
    listen('keydown', (e) => this.#onKeyDown(e), { capture: true });
    signal.addEventListener('abort', () => this.#stopTimers(), { once: true });
  }

  #onPointerMove(event: PointerEvent) {
    if (event.pointerType === 'touch') return; // touch has no hover; a tap arrives as a click
    this.#point = { x: event.clientX, y: event.clientY };
    this.#pointTarget = event.target;
    this.#schedule();
  }

  #onScroll() {
    if (this.#dwell || this.deps.popover.openEntryId !== null) this.#schedule();
  }

  #onPointerOut(event: PointerEvent) {
    if (event.relatedTarget !== null || event.pointerType === 'touch') return; // still inside the window
    this.#pointTarget = null;
    // Out of this document (an iframe's pointer gone to its parent page): no term is under it any more.
    this.#point = { x: -1, y: -1 };
    this.#cancelDwell();
    this.#startGrace();
  }

  #onClick(event: MouseEvent) {
    const { popover, document: doc } = this.deps;
    if (event.button !== 0 || popover.contains(event.target as Node | null)) return;
    // A drag that selected text ends in a click too; that reader is copying, not asking.
    const selecting = doc.getSelection()?.isCollapsed === false;
    const hit = selecting ? null : this.deps.hitTest(event.clientX, event.clientY);
    this.#cancelDwell();
    this.#cancelGrace();
    if (hit && this.#isFirstTapOnLinkedTerm(event, hit.entryId)) {
      // A tap has no hover to show the card first: like mobile link previews, the first tap
      // on a term inside a link shows the card, and a second tap on it follows the link.
      event.preventDefault();
      event.stopPropagation();
    }
    // Pin, and let the click go on: the term may sit inside the page's own link.
    if (hit) popover.open(hit.entryId, hit.anchor, { pinned: true, pointer: { x: event.clientX, y: event.clientY } });
    else if (popover.openEntryId !== null) popover.close('outside');
  }

  #isFirstTapOnLinkedTerm(event: MouseEvent, entryId: string): boolean {
    const type = 'pointerType' in event ? (event as PointerEvent).pointerType : this.#lastPointerType;
    if ((type || this.#lastPointerType) !== 'touch' || this.deps.popover.openEntryId === entryId) return false;
    return event.composedPath().some((node) => node instanceof Element && node.matches('a[href], area[href]'));
  }

  #onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || this.deps.popover.openEntryId === null) return;
    this.#cancelDwell();
    this.#cancelGrace();
    this.deps.popover.close('escape');
    // This Escape dismissed the card; it should not also close the page's own dialog.
    event.stopPropagation();
  }

  /** One hit test per frame, at the latest pointer position, however fast the pointer moves. */
  #schedule() {
    if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#evaluate());
  }

  #evaluate() {
    this.#frame = 0;
    const { popover } = this.deps;
    const onCard = this.#onCard();
    const hit = onCard ? null : this.deps.hitTest(this.#point.x, this.#point.y);
    if (onCard || hit?.entryId === popover.openEntryId) {
      this.#cancelGrace();
      this.#cancelDwell();
      return;
    }
    // A pinned card stays put; hovering other terms does not replace it.
    if (hit && !popover.pinned) this.#startDwell(hit);
    else this.#cancelDwell();
    // Off every term and card: a card still waiting for its text is no longer wanted.
    if (!hit) popover.cancelPending?.();
    this.#startGrace();
  }

  #onCard() {
    const { popover } = this.deps;
    return popover.isPointerInside() || popover.contains(this.#pointTarget as Node | null);
  }

  #startDwell(hit: Hit) {
    if (this.#dwell?.entryId === hit.entryId) return; // the clock runs from entering the term, not from the last move
    this.#cancelDwell();
    const timer = setTimeout(() => {
      this.#dwell = null;
      this.#cancelGrace();
      this.deps.popover.open(hit.entryId, hit.anchor, { pointer: this.#point });
    }, this.#dwellMs);
    this.#dwell = { entryId: hit.entryId, timer };
  }

  #startGrace() {
    const { popover } = this.deps;
    if (this.#grace !== null || popover.openEntryId === null || popover.pinned) return;
    this.#grace = setTimeout(() => {
      this.#grace = null;
      // The pointer may have come back without moving since (the page scrolled under it).
      const backOnTerm = this.deps.hitTest(this.#point.x, this.#point.y)?.entryId === popover.openEntryId;
      if (!popover.pinned && !this.#onCard() && !backOnTerm) popover.close('leave');
    }, this.#graceMs);
  }

  #cancelDwell() {
    if (this.#dwell) clearTimeout(this.#dwell.timer);
    this.#dwell = null;
  }

  #cancelGrace() {
    if (this.#grace !== null) clearTimeout(this.#grace);
    this.#grace = null;
  }

  #stopTimers() {
    this.#cancelDwell();
    this.#cancelGrace();
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
