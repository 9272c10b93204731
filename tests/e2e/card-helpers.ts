import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, expectCard, hoverText, waitForPainted, waitForTerms, type ExtensionBrowser, type FixtureServer } from './harness';

/** The card root inside Kontekst's open shadow root. */
export const CARD = 'kontekst-ui [data-entry-id]';

/** A page with the fixture loaded and its terms painted; motion reduced so styles are final at once. */
export async function openFixture(
  ext: ExtensionBrowser,
  server: FixtureServer,
  pathname: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(server.url(pathname));
  await waitForPainted(page);
  return page;
}

/**
 * Hovers `text` once its term is painted (the scan paints the viewport first, the
 * rest of the article after) and returns the card that opens.
 */
export async function hoverTerm(ext: ExtensionBrowser, page: Page, text: string, entryId: string, nth = 0) {
  await waitForTerms(ext, page, (terms) => terms.some((term) => term.entryId === entryId));
  await hoverText(page, text, nth);
  return expectCard(page, entryId);
}

/** Moves the pointer to a spot with no term and waits for the card to go. */
export async function leaveAndWaitClosed(page: Page, spot: { x: number; y: number }): Promise<void> {
  await page.mouse.move(spot.x, spot.y, { steps: 3 });
  await page.locator(CARD).waitFor({ state: 'detached', timeout: 5_000 });
}

/**
 * Pointer stops for a sweep along the line at `y`: just before each painted term on
 * that line, then on it, then past the line's end. One move per stop keeps each term
 * under the pointer for a single step, however loaded the machine is.
 */
export function sweepStops(page: Page, y: number): Promise<{ stops: Array<{ x: number; y: number }>; terms: number }> {
  return page.evaluate((y) => {
    // The painter may hold StaticRanges, which have no geometry of their own.
    const live = (painted: AbstractRange) => {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      return range;
    };
    const rects = [...(CSS.highlights.get('kontekst') ?? [])]
      .flatMap((painted) => [...live(painted as AbstractRange).getClientRects()])
      .filter((r) => r.width > 0 && r.top <= y && r.bottom >= y)
      .sort((a, b) => a.left - b.left);
    const stops = rects.flatMap((r) => [
      { x: r.left - 3, y },
      { x: r.left + r.width / 2, y },
    ]);
    const end = Math.max(...rects.map((r) => r.right)) + 40;
    return { stops: [{ x: 5, y }, ...stops, { x: Math.min(end, document.documentElement.clientWidth - 5), y }], terms: rects.length };
  }, y);
}

/** The card's rect and the viewport's, without scrollbars. */
export function cardGeometry(page: Page) {
  return page.evaluate((selector) => {
    const [hostSelector, inner] = selector.split(' ') as [string, string];
    const card = document.querySelector(hostSelector)?.shadowRoot?.querySelector(inner);
    if (!card) throw new Error('no card open');
    const { left, top, right, bottom, width, height } = card.getBoundingClientRect();
    const { clientWidth, clientHeight } = document.documentElement;
    return { left, top, right, bottom, width, height, viewportWidth: clientWidth, viewportHeight: clientHeight };
  }, CARD);
}

/**
 * Watches, every frame for `ms`, whether a card is on screen, and reports whether it
 * ever was and ever was not. "Stays open" and "opens nothing" are claims about a
 * stretch of time, so this window is an observation, not a wait for a result.
 */
export async function observeCard(page: Page, ms: number): Promise<{ everShown: boolean; everHidden: boolean }> {
  return page.evaluate(
    ({ ms, selector }) =>
      new Promise((resolve) => {
        const [hostSelector, inner] = selector.split(' ') as [string, string];
        const seen = { everShown: false, everHidden: false };
        const end = performance.now() + ms;
        const tick = () => {
          const shown = Boolean(document.querySelector(hostSelector)?.shadowRoot?.querySelector(inner));
          seen[shown ? 'everShown' : 'everHidden'] = true;
          if (performance.now() < end) requestAnimationFrame(tick);
          else resolve(seen);
        };
        tick();
      }),
    { ms, selector: CARD },
  );
}

/** A computed style of the card root, read through the shadow root. */
export function cardStyle(page: Page, property: 'backgroundColor' | 'borderTopLeftRadius' | 'fontFamily') {
  return page.evaluate(
    ({ selector, property }) => {
      const [hostSelector, inner] = selector.split(' ') as [string, string];
      const card = document.querySelector(hostSelector)?.shadowRoot?.querySelector(inner);
      return card ? getComputedStyle(card)[property] : null;
    },
    { selector: CARD, property },
  );
}

const AXE_PATH = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
export const AXE_AVAILABLE = existsSync(AXE_PATH);

/** axe-core's serious and critical violations inside the open card. */
export async function axeSeriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(AXE_PATH, 'utf8') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
    type AxeResult = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> };
    // A frame selector whose one entry is a shadow-DOM path: host, then the card inside it.
    const result = await axe.run({ include: [[['kontekst-ui', '[data-entry-id]']]] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Paints the page dark, as a dark-themed news site would be, before a card opens. */
export function darkenPage(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const el of [document.documentElement, document.body]) {
      el.style.background = '#15171b';
      el.style.color = '#e4e4e4';
    }
  });
}

/**
 * Where card screenshots go: docs/screenshots/ when asked (`KONTEKST_DOCS_SCREENSHOTS=1 npm run
 * test:e2e`, to refresh the README's pictures), else test-output/, so a test run leaves
 * `git status` clean.
 */
export const SCREENSHOT_DIR = path.join(ROOT, process.env.KONTEKST_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-output/screenshots');

/** A screenshot of the card and the term it belongs to, with a margin of page, into SCREENSHOT_DIR. */
export async function screenshotCard(page: Page, name: string, term: { x: number; y: number }): Promise<void> {
  const box = await cardGeometry(page);
  const margin = 24;
  const left = Math.max(0, Math.min(box.left, term.x - 60) - margin);
  const top = Math.max(0, Math.min(box.top, term.y - 20) - margin);
  const right = Math.min(box.viewportWidth, Math.max(box.right, term.x + 60) + margin);
  const bottom = Math.min(box.viewportHeight, Math.max(box.bottom, term.y + 20) + margin);
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    clip: { x: left, y: top, width: right - left, height: bottom - top },
  });
}
