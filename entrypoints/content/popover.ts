import { h, render } from 'preact';
import { TranslatorContext } from '../../components/i18n';
import { TermCard } from '../../components/TermCard';
import type { CardStore } from './card-store';
import { pageTheme, type CardTheme } from './page-theme';
import { anchorElement, followAnchor, type PopoverAnchor } from './popover-placement';
import { createHost, type Host } from './ui-host';

export { UI_HOST_TAG } from './ui-host';
export type { PopoverAnchor } from './popover-placement';

export type CloseReason = 'escape' | 'leave' | 'outside' | 'api';

export interface PopoverController {
  /** The entry opened from the page (the card may since show a related one). */
  readonly openEntryId: string | null;
  readonly pinned: boolean;
  open(
    entryId: string,
    anchor: PopoverAnchor,
    options?: { pinned?: boolean; pointer?: { x: number; y: number }; focus?: boolean },
  ): void;
  close(reason?: CloseReason): void;
  /** Forgets a card asked for whose text has not arrived yet (the pointer moved on). */
  cancelPending?(): void;
  /** true when the node is inside the popover host */
  contains(node: Node | null): boolean;
  isPointerInside(): boolean;
}

export interface PopoverDeps {
  document: Document;
  /** Card text, loaded from the extension on first use. */
  cards: CardStore;
  onMute: (entryId: string) => void;
  onDisableSite: () => void;
  siteLabel: string;
  onOpenChange?: (entryId: string | null) => void;
  /** The reader's choice; 'auto' (default) follows the page. */
  theme?: 'auto' | CardTheme;
  signal: AbortSignal;
}

/** Events stopped at the host so the page's handlers never see clicks or keys meant for the card. Not wheel: the card must scroll. */
const SHIELDED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'touchstart'];

type OpenOptions = Parameters<PopoverController['open']>[2];

interface Shown {
  entryId: string;
  anchor: PopoverAnchor;
  stopFollowing: () => void;
}

export function createPopover(deps: PopoverDeps): PopoverController {
  return new Popover(deps);
}

class Popover implements PopoverController {
  #ui: Host | null = null;
  #shown: Shown | null = null;
  #pinned = false;
  #pointerInside = false;
  #returnFocusTo: HTMLElement | null = null;
  #focusWhenPlaced = false;
  /** A card asked for before its text arrived; opened when it does, unless the reader moved on. */
  #pending: { entryId: string; anchor: PopoverAnchor; options: OpenOptions } | null = null;

  constructor(private readonly deps: PopoverDeps) {
    deps.signal.addEventListener('abort', () => this.#destroy(), { once: true });
  }

  get openEntryId() {
    return this.#shown?.entryId ?? null;
  }

  get pinned() {
    return this.#shown !== null && this.#pinned;
  }

  open(entryId: string, anchor: PopoverAnchor, options: OpenOptions = {}) {
    if (this.deps.signal.aborted) return;
    this.#pending = null;
    const { cards } = this.deps;
    if (!cards.get(entryId) || !cards.translator()) return this.#openWhenLoaded(entryId, anchor, options);
    const ui = this.#hostOnce();
    const shown = this.#shown;
    const sameTerm = shown?.entryId === entryId && shown.anchor === anchor;
    this.#pinned = (sameTerm && this.#pinned) || options.pinned === true;
    if (!sameTerm) {
      shown?.stopFollowing();
      // The same entry at another occurrence keeps its card (and history); only the anchor moves.
      if (shown?.entryId !== entryId) {
        // A fresh tree for another entry: re-rendered in place, Preact's useId gave the
        // timeline the title's id, and aria-labelledby named the card wrongly.
        render(null, ui.mount);
        this.#render(entryId, this.#themeFor(anchor), ui);
      }
      ui.host.style.setProperty('display', 'block', 'important');
      const placed = () => this.#focusWhenPlaced && this.#focusCard();
      this.#shown = { entryId, anchor, stopFollowing: followAnchor(ui.host, anchor, options.pointer, placed) };
      this.deps.onOpenChange?.(entryId);
    }
    if (options.focus) this.#focusCard();
  }

  cancelPending() {
    // Only a hover's wish lapses when the pointer moves on; a click, the popup or the keyboard
    // asked for the card outright (and scrolling to their term moves terms under the pointer).
    if (!this.#pending?.options?.pinned) this.#pending = null;
  }

  close(reason: CloseReason = 'api') {
    this.#pending = null;
    const ui = this.#ui;
    if (!this.#shown || !ui) return;
    const hadFocus = this.#focusIsInside();
    this.#focusWhenPlaced = false;
    this.#shown.stopFollowing();
    this.#shown = null;
    this.#pinned = false;
    this.#pointerInside = false;
    render(null, ui.mount);
    ui.host.style.setProperty('display', 'none', 'important');
    ui.host.style.setProperty('visibility', 'hidden', 'important');
    // After an outside click the reader has put focus where they want it.
    const target = this.#returnFocusTo;
    if (hadFocus && reason !== 'outside' && target?.isConnected) target.focus({ preventScroll: true });
    this.#returnFocusTo = null;
    this.deps.onOpenChange?.(null);
  }

  contains(node: Node | null) {
    const ui = this.#ui;
    if (!node || !ui) return false;
    return node === ui.host || ui.host.contains(node) || node.getRootNode() === ui.shadow;
  }

  isPointerInside() {
    return this.#shown !== null && this.#pointerInside;
  }

  // An unknown id, or an extension that cannot answer, opens nothing: never an empty card.
  #openWhenLoaded(entryId: string, anchor: PopoverAnchor, options: OpenOptions) {
    const pending = { entryId, anchor, options };
    this.#pending = pending;
    void this.deps.cards.load(entryId).then((loaded) => {
      if (this.#pending !== pending) return;
      this.#pending = null;
      if (loaded) this.open(entryId, anchor, options);
    });
  }

  /** Draws the open card again, e.g. once the entries it links to have arrived. */
  #refresh() {
    const shown = this.#shown;
    if (shown && this.#ui) this.#render(shown.entryId, this.#themeFor(shown.anchor), this.#ui);
  }

  #hostOnce(): Host {
    if (this.#ui) return this.#ui;
    const ui = createHost(this.deps.document);
    const on = (type: string, listener: (event: Event) => void) =>
      ui.host.addEventListener(type, listener, { signal: this.deps.signal });
    for (const type of SHIELDED_EVENTS) on(type, (event) => event.stopPropagation());
    on('pointerenter', () => (this.#pointerInside = true));
    on('pointerleave', () => (this.#pointerInside = false));
    on('keydown', (event) => (event as KeyboardEvent).key === 'Escape' && this.close('escape'));
    on('focusin', (event) => this.#onFocusIn(event as FocusEvent));
    this.#ui = ui;
    return ui;
  }

  // Working in the card (a click, a Tab) is a commitment: it stays until dismissed.
  #onFocusIn(event: FocusEvent) {
    this.#pinned = true;
    const from = event.relatedTarget;
    if (!this.#returnFocusTo && from instanceof HTMLElement && !this.contains(from)) this.#returnFocusTo = from;
  }

  #themeFor(anchor: PopoverAnchor): CardTheme {
    const { theme, document: doc } = this.deps;
    if (theme === 'light' || theme === 'dark') return theme;
    return pageTheme(anchorElement(anchor), doc.defaultView ?? window);
  }

  #render(entryId: string, theme: CardTheme, ui: Host) {
    const { deps } = this;
    const { cards } = deps;
    const card = h(TermCard, {
      entryId,
      getEntry: cards.get,
      // Another entry shown in the card (a chip, a person) brings the entries it links to.
      onShowEntry: this.#onShowEntry,
      theme,
      siteLabel: deps.siteLabel,
      onMute: (id: string) => {
        this.close('api');
        deps.onMute(id);
      },
      onDisableSite: () => {
        this.close('api');
        deps.onDisableSite();
      },
      onClose: () => this.close('api'),
    });
    render(h(TranslatorContext.Provider, { value: cards.translator() ?? null }, card), ui.mount);
  }

  readonly #onShowEntry = (shownId: string) => {
    void this.deps.cards.load(shownId).then((loaded) => loaded && this.#refresh());
  };

  #focusIsInside() {
    return this.#ui !== null && this.deps.document.activeElement === this.#ui.host;
  }

  #focusCard() {
    // Moving from card to card (the keyboard command) keeps where the reader came from.
    if (!this.#focusIsInside() && this.#returnFocusTo === null) {
      const { activeElement, body } = this.deps.document;
      this.#returnFocusTo = activeElement instanceof HTMLElement && activeElement !== body ? activeElement : null;
    }
    this.#ui?.mount.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
    // A card not placed yet is still `visibility: hidden` and refuses focus: it takes it once placed.
    this.#focusWhenPlaced = !this.#focusIsInside();
  }

  #destroy() {
    this.#shown?.stopFollowing();
    this.#shown = null;
    if (this.#ui) render(null, this.#ui.mount);
    this.#ui?.host.remove();
    this.#ui = null;
  }
}
