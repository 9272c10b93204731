import { SKIPPED_TAGS } from './text-walk';

/**
 * Finding the page's open shadow roots, where sites built from web components keep their
 * text. A document TreeWalker never enters them, so every scanned subtree is also asked
 * for the shadow hosts in it. Closed roots stay closed: they are the page's to keep.
 */

/** Hosts inside these hold no text a reader reads (as in the text walk). */
const SKIPPED_HOSTS = [
  ...[...SKIPPED_TAGS].map((tag) => tag.toLowerCase()),
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
].join(',');

/**
 * The open shadow roots whose hosts are `root` or inside its tree (not inside those roots:
 * the caller walks each one, and finds the roots nested in it then). One native query
 * plus a property read per element; see docs/performance.md for what it costs.
 */
export function openShadowRoots(root: Node, uiHostTag: string): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const consider = (el: Element) => {
    const shadow = el.shadowRoot;
    if (shadow && shadow.mode === 'open' && el.localName !== uiHostTag && !el.closest(SKIPPED_HOSTS)) found.push(shadow);
  };
  if (root.nodeType === Node.ELEMENT_NODE) consider(root as Element);
  if ('querySelectorAll' in root) for (const el of (root as ParentNode).querySelectorAll('*')) consider(el);
  return found;
}

/** Custom elements not defined yet: their definition may attach a shadow root later. */
export function undefinedElements(root: Node): Element[] {
  const found: Element[] = [];
  if (root.nodeType === Node.ELEMENT_NODE && !(root as Element).matches(':defined')) found.push(root as Element);
  if ('querySelectorAll' in root) found.push(...(root as ParentNode).querySelectorAll(':not(:defined)'));
  return found;
}

/** How often, and how long after it was seen, an undefined element is looked at again. */
const UPGRADE_POLL_MS = 500;
const UPGRADE_GIVE_UP_MS = 60_000;

/**
 * Reports custom elements once they are defined. An upgrade (a lazy-loaded component
 * bundle) attaches and fills a shadow root without any mutation in the document a
 * MutationObserver could see, and `customElements.whenDefined` is not available to
 * content scripts in Chromium's isolated world; so the few undefined elements are
 * polled, cheaply (`matches(':defined')`), for a minute at most.
 */
export function watchUpgrades(deps: { onDefined: (el: Element) => void; signal: AbortSignal }): (els: readonly Element[]) => void {
  const waiting = new Map<Element, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = () => {
    timer = undefined;
    const now = performance.now();
    for (const [el, since] of waiting) {
      if (el.matches(':defined')) {
        waiting.delete(el);
        if (el.isConnected) deps.onDefined(el);
      } else if (!el.isConnected || now - since > UPGRADE_GIVE_UP_MS) waiting.delete(el);
    }
    if (waiting.size && !deps.signal.aborted) timer = setTimeout(poll, UPGRADE_POLL_MS);
  };
  deps.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return (els) => {
    const now = performance.now();
    for (const el of els) if (!waiting.has(el)) waiting.set(el, now);
    if (waiting.size && timer === undefined && !deps.signal.aborted) timer = setTimeout(poll, UPGRADE_POLL_MS);
  };
}
