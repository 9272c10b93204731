import type { Locator, Frame, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

export { launchWithExtension, findChromium, EXTENSION_DIR, ROOT, type ExtensionBrowser } from './browser';
export { serveFixtures, FIXTURES_DIR, CORPUS_DIR, type FixtureServer } from './server';

export interface PageTerm {
  entryId: string;
  text: string;
}

/** The tab id of `page`, found through the service worker (the page must be in front). */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await ext.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('No active tab found for the page');
  return id;
}

/** Sends the raw `{type:'page-terms'}` message to the page's content script. */
export async function pageTerms(ext: ExtensionBrowser, page: Page): Promise<PageTerm[]> {
  const tabId = await tabIdOf(ext, page);
  return ext.serviceWorker.evaluate(async (id) => {
    try {
      const answer = (await chrome.tabs.sendMessage(id, { type: 'page-terms' })) as { terms: PageTerm[] } | undefined;
      return answer?.terms ?? [];
    } catch {
      return []; // no content script (yet) in that tab
    }
  }, tabId);
}

/** Polls page-terms until `predicate` holds; returns the last answer. */
export async function waitForTerms(
  ext: ExtensionBrowser,
  page: Page,
  predicate: (terms: PageTerm[]) => boolean = (terms) => terms.length > 0,
  timeoutMs = 20_000,
): Promise<PageTerm[]> {
  const deadline = Date.now() + timeoutMs;
  let terms: PageTerm[] = [];
  for (;;) {
    terms = await pageTerms(ext, page);
    if (predicate(terms)) return terms;
    if (Date.now() > deadline)
      throw new Error(`page-terms never satisfied the condition; last answer: ${JSON.stringify(terms).slice(0, 600)}`);
    await page.waitForTimeout(100); // polling interval of a condition wait, not a sleep for a result
  }
}

/** Number of ranges painted in the `kontekst` highlight, read from the page. */
export function paintedCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('kontekst')?.size ?? 0);
}

/** Waits until at least `min` ranges are painted (or exactly 0 when `min` is 0). */
export async function waitForPainted(page: Page, min = 1, timeoutMs = 20_000): Promise<number> {
  await page.waitForFunction(
    (n) => {
      const size = CSS.highlights.get('kontekst')?.size ?? 0;
      return n === 0 ? size === 0 : size >= n;
    },
    min,
    { timeout: timeoutMs, polling: 50 },
  );
  return paintedCount(page);
}

export interface TextRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The first client rect of the `nth` occurrence of `text` (within one text node) in a page
 * or frame, searched in the document or, with `hostPath` (host selectors, outermost first),
 * in that open shadow tree; `scroll` brings it to the middle of the viewport first. Null when
 * the text is not there. Every test and the bench find terms on screen through this one walk.
 */
export function textRect(
  target: Pick<Page, 'evaluate'> | Pick<Frame, 'evaluate'>,
  text: string,
  options: { nth?: number; hostPath?: string[]; scroll?: boolean } = {},
): Promise<TextRect | null> {
  const { nth = 0, hostPath = [], scroll = false } = options;
  return (target as Pick<Page, 'evaluate'>).evaluate(
    ({ text, nth, hostPath, scroll }) => {
      // The body, not the document: a title in <head> has the same words and no box.
      let root: Node = document.body;
      for (const selector of hostPath) root = (root as ParentNode).querySelector(selector)!.shadowRoot!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        for (let at = data.indexOf(text); at !== -1; at = data.indexOf(text, at + 1)) {
          if (seen++ !== nth) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          if (scroll) node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          const r = range.getClientRects()[0];
          return r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null;
        }
      }
      return null;
    },
    { text, nth, hostPath, scroll },
  );
}

/** The viewport centre of the `nth` occurrence of `text`, scrolled into view. */
export async function pointOfText(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const rect = await textRect(page, text, { nth, scroll: true });
  if (!rect) throw new Error(`Text not found on the page: ${text}`);
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Moves the pointer onto `text` (within one text node) and keeps it there. */
export async function hoverText(page: Page, text: string, nth = 0): Promise<void> {
  const { x, y } = await pointOfText(page, text, nth);
  await page.mouse.move(x - 3, y, { steps: 2 });
  await page.mouse.move(x, y, { steps: 2 });
}

/** The card's root element (inside Kontekst's open shadow root). */
export function popover(page: Page): Locator {
  return page.locator('kontekst-ui [data-entry-id]');
}

/** Waits for the card of `entryId` to be visible and returns it. */
export async function expectCard(page: Page, entryId: string, timeoutMs = 10_000): Promise<Locator> {
  const card = page.locator(`kontekst-ui [data-entry-id="${entryId}"]`);
  await card.waitFor({ state: 'visible', timeout: timeoutMs });
  return card;
}

/** Opens the popup as a page that targets `tabId`. */
export async function openPopup(ext: ExtensionBrowser, tabId: number, query = ''): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}${query}`);
  return popup;
}

/**
 * Records every DOM mutation once the parser is done, from an observer the page installs
 * at document start, before any extension script runs. Read with `recordedMutations`.
 */
export async function recordMutationsFromStart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __kontekstTestMutations: string[] }).__kontekstTestMutations = log;
    const describe = (node: Node) => (node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : `#${node.nodeName}`);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const target = describe(r.target);
        if (r.type === 'childList') {
          r.addedNodes.forEach((n) => log.push(`added ${describe(n)} to ${target}`));
          r.removedNodes.forEach((n) => log.push(`removed ${describe(n)} from ${target}`));
        } else log.push(`${r.type} ${r.attributeName ?? ''} on ${target}`);
      }
    });
    // From DOMContentLoaded: the parser building the page (text it appends in network-sized
    // chunks shows up as characterData records, delivered after parsing) is not a change to
    // it. The content script runs later, at document_idle, so all of its changes are seen.
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
    );
  });
}

export function recordedMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __kontekstTestMutations?: string[] }).__kontekstTestMutations ?? []);
}

/** Asks the content script whether it is off, scanning or idle. */
export async function annotationState(ext: ExtensionBrowser, page: Page): Promise<{ state: string; painted: number } | null> {
  const tabId = await tabIdOf(ext, page);
  return ext.serviceWorker.evaluate(async (id) => {
    try {
      return ((await chrome.tabs.sendMessage(id, { type: 'annotation-state' })) as { state: string; painted: number }) ?? null;
    } catch {
      return null;
    }
  }, tabId);
}

/** Waits until the content script has finished its scans (or is off). */
export async function waitForIdle(ext: ExtensionBrowser, page: Page, timeoutMs = 30_000): Promise<{ state: string; painted: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await annotationState(ext, page);
    if (status && status.state !== 'scanning') return status;
    if (Date.now() > deadline) throw new Error(`Annotation never settled: ${JSON.stringify(status)}`);
    await page.waitForTimeout(100); // polling interval of a condition wait
  }
}

/** Writes settings the way the extension stores them (WXT item `local:settings`, version 2). */
export async function setSettings(ext: ExtensionBrowser, settings: Record<string, unknown>): Promise<void> {
  await ext.serviceWorker.evaluate(async (value) => {
    await chrome.storage.local.set({ settings: value, settings$: { v: 2 } });
  }, settings);
}

export async function getStoredSettings(ext: ExtensionBrowser): Promise<Record<string, unknown> | undefined> {
  return ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined);
}
