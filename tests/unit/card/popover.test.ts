// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPopover, UI_HOST_TAG, type PopoverAnchor, type PopoverController } from '../../../entrypoints/content/popover';
import { cardBundle } from '../../../core/card-bundle';
import { createCardStore, type CardStore } from '../../../entrypoints/content/card-store';
import { cardStringsFor } from '../../../utils/i18n';
import { CARD_KB } from '../fixtures/card-entries';

const anchor: PopoverAnchor = {
  getClientRects: () => [new DOMRect(100, 100, 80, 18)],
  getBoundingClientRect: () => new DOMRect(100, 100, 80, 18),
};

let abort: AbortController;
let popover: PopoverController;
let cards: CardStore;
const CARD_KB_BY_ID = new Map(CARD_KB.map((entry) => [entry.id, entry]));
/** What the background answers, without the round trip. */
const requestCards = vi.fn(async (entryId: string, lang: 'en' | 'uk') => ({
  cards: cardBundle(CARD_KB_BY_ID, entryId, lang),
  strings: cardStringsFor(lang),
}));
const onMute = vi.fn();
const onDisableSite = vi.fn();
const onOpenChange = vi.fn();

beforeEach(async () => {
  abort = new AbortController();
  cards = createCardStore({ lang: 'en', request: requestCards });
  // Most tests start from a card whose text has arrived, as after a hover's prefetch.
  await cards.load('budapest-memorandum');
  popover = createPopover({
    document,
    cards,
    onMute,
    onDisableSite,
    siteLabel: 'example.com',
    onOpenChange,
    signal: abort.signal,
  });
});

afterEach(() => {
  abort.abort();
  vi.clearAllMocks();
  document.body.replaceChildren();
});

const host = () => document.querySelector<HTMLElement>(UI_HOST_TAG);
const card = () => host()?.shadowRoot?.querySelector<HTMLElement>('[data-entry-id]') ?? null;
const button = (name: string) =>
  [...(host()?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === name);

describe('createPopover', () => {
  it('adds nothing to the page until a card opens', () => {
    expect(host()).toBeNull();
    popover.open('no-such-entry', anchor);
    expect(host()).toBeNull();
    expect(popover.openEntryId).toBeNull();
  });

  it('opens the card in an open shadow root on a fixed host under <html>', () => {
    popover.open('budapest-memorandum', anchor);
    expect(host()?.parentNode).toBe(document.documentElement);
    expect(host()?.shadowRoot).not.toBeNull();
    expect(host()?.style.getPropertyValue('position')).toBe('fixed');
    expect(host()?.style.getPropertyPriority('position')).toBe('important');
    expect(host()?.style.getPropertyValue('z-index')).toBe('2147483647');
    expect(card()?.getAttribute('data-entry-id')).toBe('budapest-memorandum');
    expect(popover.openEntryId).toBe('budapest-memorandum');
    expect(onOpenChange).toHaveBeenLastCalledWith('budapest-memorandum');
  });

  it('styles the shadow root without a <style> element when adoptedStyleSheets is available', () => {
    popover.open('budapest-memorandum', anchor);
    const shadow = host()!.shadowRoot!;
    expect(shadow.querySelector('style')).toBeNull();
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    // Vitest stubs CSS imports, so the sheet's content is checked in the e2e suite.
  });

  it('keeps clicks and keys inside the card from the page, but not wheel', () => {
    popover.open('budapest-memorandum', anchor);
    const seen: string[] = [];
    for (const type of ['click', 'pointerdown', 'mousedown', 'keydown', 'wheel'])
      document.addEventListener(type, () => seen.push(type), { signal: abort.signal });
    const target = card()!;
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, composed: true }));
    expect(seen).toEqual(['wheel']);
  });

  it('knows its own nodes, inside and outside the shadow root', () => {
    popover.open('budapest-memorandum', anchor);
    expect(popover.contains(host())).toBe(true);
    expect(popover.contains(card())).toBe(true);
    expect(popover.contains(document.body)).toBe(false);
    expect(popover.contains(null)).toBe(false);
  });

  it('pins when asked, and when the reader works inside the card', () => {
    popover.open('budapest-memorandum', anchor);
    expect(popover.pinned).toBe(false);
    popover.open('budapest-memorandum', anchor, { pinned: true });
    expect(popover.pinned).toBe(true);
    popover.open('nato-article-5', anchor);
    expect(popover.pinned).toBe(false);
    button('Show all 5 events')?.focus();
    popover.open('budapest-memorandum', anchor);
    button('Show all 5 events')?.focus();
    expect(popover.pinned).toBe(true);
  });

  it('closes on Escape inside the card and gives focus back to where it was', () => {
    const trigger = document.createElement('button');
    document.body.append(trigger);
    trigger.focus();
    popover.open('budapest-memorandum', anchor, { focus: true });
    expect(host()?.shadowRoot?.activeElement).toBe(card());
    card()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(popover.openEntryId).toBeNull();
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(onOpenChange).toHaveBeenLastCalledWith(null);
  });

  it('closes before muting, passing the shown entry', () => {
    popover.open('budapest-memorandum', anchor);
    button('Hide this term')?.click();
    expect(onMute).toHaveBeenCalledWith('budapest-memorandum');
    expect(popover.openEntryId).toBeNull();
    popover.open('budapest-memorandum', anchor);
    button('Turn off on example.com')?.click();
    expect(onDisableSite).toHaveBeenCalledTimes(1);
  });

  it('removes its host and ignores calls once aborted', () => {
    popover.open('budapest-memorandum', anchor);
    abort.abort();
    expect(host()).toBeNull();
    popover.open('budapest-memorandum', anchor);
    expect(host()).toBeNull();
  });

  it('opens a card asked for before its text arrived once it does, and never an unknown one', async () => {
    cards.setLang('uk'); // nothing loaded in this language yet
    popover.open('nato-article-5', anchor);
    expect(host()).toBeNull();
    await vi.waitFor(() => expect(card()?.getAttribute('data-entry-id')).toBe('nato-article-5'));
    popover.close();
    popover.open('no-such-entry', anchor);
    await cards.load('no-such-entry');
    expect(popover.openEntryId).toBeNull();
  });

  it('forgets a card still loading when the reader moves on', async () => {
    cards.setLang('uk');
    popover.open('anna-example', anchor);
    popover.cancelPending?.();
    await cards.load('anna-example');
    expect(popover.openEntryId).toBeNull();
  });

  it('asks the extension once per entry and language', async () => {
    requestCards.mockClear();
    await Promise.all([cards.load('nato-article-5'), cards.load('nato-article-5')]);
    await cards.load('budapest-memorandum');
    expect(requestCards).toHaveBeenCalledTimes(1);
    cards.setLang('uk');
    await cards.load('budapest-memorandum');
    expect(requestCards).toHaveBeenLastCalledWith('budapest-memorandum', 'uk');
    expect(cards.get('budapest-memorandum')?.title).toBe('Будапештський меморандум');
  });
});
