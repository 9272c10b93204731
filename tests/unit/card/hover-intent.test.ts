// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchHover } from '../../../entrypoints/content/hover-intent';
import type { PopoverAnchor, PopoverController } from '../../../entrypoints/content/popover';

/** A stand-in popover that records what hover intent asked of it. */
function fakePopover() {
  const card = document.createElement('div');
  document.body.append(card);
  const state = { openEntryId: null as string | null, pinned: false, pointerInside: false };
  const controller: PopoverController & { card: HTMLElement; state: typeof state } = {
    card,
    state,
    get openEntryId() {
      return state.openEntryId;
    },
    get pinned() {
      return state.pinned;
    },
    open: vi.fn((entryId: string, _anchor: PopoverAnchor, options?: { pinned?: boolean }) => {
      state.openEntryId = entryId;
      state.pinned = options?.pinned ?? state.pinned;
    }),
    close: vi.fn(() => {
      state.openEntryId = null;
      state.pinned = false;
    }),
    contains: (node) => node !== null && card.contains(node),
    isPointerInside: () => state.pointerInside,
  };
  return controller;
}

const anchor: PopoverAnchor = { getClientRects: () => [], getBoundingClientRect: () => new DOMRect() };

/** Terms occupy horizontal bands of y = 0..10 ("alpha") and y = 20..30 ("beta"). */
const hitTest = (_x: number, y: number) =>
  y >= 0 && y < 10 ? { entryId: 'alpha', anchor } : y >= 20 && y < 30 ? { entryId: 'beta', anchor } : null;

let popover: ReturnType<typeof fakePopover>;
let abort: AbortController;

function move(y: number, target: EventTarget = document.body) {
  target.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: y, pointerType: 'mouse', bubbles: true }));
  vi.advanceTimersToNextFrame();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  popover = fakePopover();
  abort = new AbortController();
  // happy-dom's dispatched events are untrusted; the product only accepts trusted ones.
  watchHover({ document, hitTest, popover, signal: abort.signal, isReaderEvent: () => true });
});

afterEach(() => {
  abort.abort();
  popover.card.remove();
  vi.useRealTimers();
});

describe('watchHover', () => {
  it('opens a card after the pointer dwells 200 ms on a term', () => {
    move(5);
    vi.advanceTimersByTime(150);
    expect(popover.open).not.toHaveBeenCalled();
    move(6); // moving within the same term does not restart the clock
    vi.advanceTimersByTime(60);
    expect(popover.open).toHaveBeenCalledWith('alpha', anchor, { pointer: { x: 5, y: 6 } });
  });

  it('opens nothing when the pointer sweeps quickly across terms', () => {
    for (const y of [5, 15, 25, 35, 5, 25, 40]) {
      move(y);
      vi.advanceTimersByTime(60);
    }
    vi.advanceTimersByTime(1000);
    expect(popover.open).not.toHaveBeenCalled();
  });

  it('keeps the card while the pointer is on the term or the card, and closes 300 ms after it leaves both', () => {
    move(5);
    vi.advanceTimersByTime(200);
    move(12); // the gap between term and card
    vi.advanceTimersByTime(200);
    popover.state.pointerInside = true;
    move(50, popover.card);
    vi.advanceTimersByTime(1000);
    expect(popover.close).not.toHaveBeenCalled();
    popover.state.pointerInside = false;
    move(60);
    vi.advanceTimersByTime(290);
    expect(popover.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(popover.close).toHaveBeenCalledWith('leave');
  });

  it('moves to another term after a dwell there', () => {
    move(5);
    vi.advanceTimersByTime(200);
    move(25);
    vi.advanceTimersByTime(200);
    expect(popover.open).toHaveBeenLastCalledWith('beta', anchor, { pointer: { x: 5, y: 25 } });
    vi.advanceTimersByTime(500);
    expect(popover.close).not.toHaveBeenCalled();
  });

  it('pins on click without cancelling the click, and a pinned card survives the pointer leaving', () => {
    const click = new MouseEvent('click', { clientX: 5, clientY: 5, bubbles: true, cancelable: true });
    document.body.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(popover.open).toHaveBeenCalledWith('alpha', anchor, { pinned: true, pointer: { x: 5, y: 5 } });
    move(60);
    move(25); // another term does not replace a pinned card
    vi.advanceTimersByTime(2000);
    expect(popover.close).not.toHaveBeenCalled();
    expect(popover.open).toHaveBeenCalledTimes(1);
  });

  it('closes a pinned card on a click outside it, but not on a click inside it', () => {
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 5, bubbles: true }));
    popover.card.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 50, bubbles: true }));
    expect(popover.close).not.toHaveBeenCalled();
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 50, bubbles: true }));
    expect(popover.close).toHaveBeenCalledWith('outside');
  });

  it('closes on Escape and keeps that Escape from the page', () => {
    move(5);
    vi.advanceTimersByTime(200);
    const pageHandler = vi.fn();
    document.addEventListener('keydown', pageHandler, { signal: abort.signal });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popover.close).toHaveBeenCalledWith('escape');
    expect(pageHandler).not.toHaveBeenCalled();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(pageHandler).toHaveBeenCalledTimes(1); // nothing open: the page gets its Escape
  });

  it('ignores touch movement', () => {
    document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: 5, pointerType: 'touch', bubbles: true }));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(500);
    expect(popover.open).not.toHaveBeenCalled();
  });

  it('stops listening and cancels a pending open when aborted', () => {
    move(5);
    abort.abort();
    vi.advanceTimersByTime(500);
    move(25);
    vi.advanceTimersByTime(500);
    expect(popover.open).not.toHaveBeenCalled();
  });
});

describe('watchHover with the default event filter', () => {
  it('ignores synthetic (untrusted) events a page script dispatches', () => {
    const own = new AbortController();
    const pagePopover = fakePopover();
    const spyHitTest = vi.fn(hitTest);
    watchHover({ document, hitTest: spyHitTest, popover: pagePopover, signal: own.signal });
    document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: 5, pointerType: 'mouse', bubbles: true }));
    vi.advanceTimersToNextFrame();
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 5, bubbles: true }));
    vi.advanceTimersByTime(1000);
    expect(spyHitTest).not.toHaveBeenCalled();
    expect(pagePopover.open).not.toHaveBeenCalled();
    own.abort();
    pagePopover.card.remove();
  });
});
