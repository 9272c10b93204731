import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectCard,
  hoverText,
  pointOfText,
  waitForPainted,
  waitForTerms,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';
import {
  AXE_AVAILABLE,
  CARD,
  axeSeriousViolations,
  cardGeometry,
  cardStyle,
  darkenPage,
  hoverTerm,
  leaveAndWaitClosed,
  observeCard,
  openFixture,
  screenshotCard,
  sweepStops,
} from './card-helpers';

/** A point in the article's left margin: no term, and never under a card. */
const EMPTY_SPOT = { x: 3, y: 300 };
/** Comfortably longer than the 300 ms grace period and the 200 ms dwell. */
const OBSERVE_MS = 900;

let ext: ExtensionBrowser;
let server: FixtureServer;
const pages: Page[] = [];

withExtensionBrowser((started) => ({ ext, server } = started));

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});


async function article(viewport?: { width: number; height: number }): Promise<Page> {
  const page = await openFixture(ext, server, '/demo-article.html', viewport);
  pages.push(page);
  return page;
}

describe('term card on a page', () => {
  it('opens the card of each hovered term, and closes when the pointer leaves', async () => {
    const page = await article();
    const terms = [
      ['Budapest Memorandum', 'budapest-memorandum'],
      ['peacekeepers', 'peacekeepers'],
      ['North Atlantic Treaty', 'nato-article-5'],
      ['Weimar Triangle', 'weimar-triangle'],
    ] as const;
    for (const [text, entryId] of terms) {
      await hoverTerm(ext, page, text, entryId);
      expect(await page.locator(CARD).count()).toBe(1);
      await leaveAndWaitClosed(page, EMPTY_SPOT);
    }
  });

  it('keeps the card while the pointer travels from the term onto it', async () => {
    const page = await article();
    await hoverTerm(ext, page, 'Budapest Memorandum', 'budapest-memorandum');
    const box = await cardGeometry(page);
    const watching = observeCard(page, OBSERVE_MS);
    await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2, { steps: 8 });
    expect(await watching).toEqual({ everShown: true, everHidden: false });
    await leaveAndWaitClosed(page, EMPTY_SPOT);
  });

  it('opens nothing when the pointer sweeps quickly across a line of terms', async () => {
    const page = await article();
    await waitForTerms(ext, page, (terms) => terms.some((t) => t.entryId === 'budapest-memorandum'));
    const { y } = await pointOfText(page, 'Budapest Memorandum');
    const { stops, terms } = await sweepStops(page, y);
    expect(terms).toBeGreaterThanOrEqual(1);
    const watching = observeCard(page, OBSERVE_MS);
    for (const stop of stops) await page.mouse.move(stop.x, stop.y);
    await page.mouse.move(EMPTY_SPOT.x, EMPTY_SPOT.y);
    expect((await watching).everShown).toBe(false);
    // Control: resting on the first term stop does open, so the sweep did cross terms.
    await page.mouse.move(stops[2]!.x, stops[2]!.y);
    await page.locator(CARD).waitFor();
  });

  it('pins on click, until Escape', async () => {
    const page = await article();
    await waitForTerms(ext, page, (terms) => terms.some((t) => t.entryId === 'peacekeepers'));
    const term = await pointOfText(page, 'peacekeepers');
    await page.mouse.click(term.x, term.y);
    await expectCard(page, 'peacekeepers');
    await page.mouse.move(EMPTY_SPOT.x, EMPTY_SPOT.y, { steps: 3 });
    expect(await observeCard(page, OBSERVE_MS)).toEqual({ everShown: true, everHidden: false });
    await page.keyboard.press('Escape');
    await page.locator(CARD).waitFor({ state: 'detached' });
  });

  it('pins a term inside the page’s own link and lets the link work', async () => {
    const page = await article();
    await waitForTerms(ext, page, (terms) => terms.some((t) => t.entryId === 'weimar-triangle'));
    const term = await pointOfText(page, 'Weimar Triangle'); // inside <a href="#weimar">
    await page.mouse.click(term.x, term.y);
    await page.waitForURL(/#weimar$/);
    await expectCard(page, 'weimar-triangle');
  });

  it('closes a hovered card on Escape', async () => {
    const page = await article();
    await hoverTerm(ext, page, 'peacekeepers', 'peacekeepers');
    await page.keyboard.press('Escape');
    await page.locator(CARD).waitFor({ state: 'detached' });
  });

  it('opens a related term in place, and Back returns, without the page seeing the clicks', async () => {
    const page = await article();
    await hoverTerm(ext, page, 'Budapest Memorandum', 'budapest-memorandum');
    await page.evaluate(() => {
      const w = window as unknown as { pageSaw: string[] };
      w.pageSaw = [];
      for (const type of ['click', 'pointerdown', 'mousedown'])
        document.addEventListener(type, () => w.pageSaw.push(type));
    });
    const chip = page.locator(`${CARD} .chip`).first();
    const relatedId = await chip.getAttribute('data-related-id');
    expect(relatedId).toBeTruthy();
    await chip.click();
    await expectCard(page, relatedId!);
    await page.locator(`${CARD} .card__back`).click();
    await expectCard(page, 'budapest-memorandum');
    // Clicks inside the card never reach the page's own handlers.
    expect(await page.evaluate(() => (window as unknown as { pageSaw: string[] }).pageSaw)).toEqual([]);
  });

  it('opens an expert’s own card from their name', async () => {
    const page = await article();
    await hoverTerm(ext, page, 'Budapest Memorandum', 'budapest-memorandum');
    const name = page.locator(`${CARD} .person-link`).first();
    const personName = (await name.textContent())?.trim();
    await name.click();
    const card = page.locator(CARD);
    await expect.poll(() => card.getAttribute('data-entry-id')).not.toBe('budapest-memorandum');
    expect(await card.locator('.card__kind').textContent()).toBe('Person');
    expect(await card.locator('.card__title').textContent()).toBe(personName);
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 360, height: 640 },
  ]) {
    it(`keeps the card inside a ${viewport.width}×${viewport.height} viewport for terms at every edge`, async () => {
      const page = await openFixture(ext, server, '/popover-edges.html', viewport);
      pages.push(page);
      await waitForPainted(page, 5);
      for (let nth = 0; nth < 5; nth++) {
        await hoverText(page, 'Budapest Memorandum', nth);
        await expectCard(page, 'budapest-memorandum');
        const box = await cardGeometry(page);
        expect(box.left, `occurrence ${nth}`).toBeGreaterThanOrEqual(0);
        expect(box.top, `occurrence ${nth}`).toBeGreaterThanOrEqual(0);
        expect(box.right, `occurrence ${nth}`).toBeLessThanOrEqual(box.viewportWidth);
        expect(box.bottom, `occurrence ${nth}`).toBeLessThanOrEqual(box.viewportHeight);
        expect(box.height, `occurrence ${nth}`).toBeGreaterThan(100);
        // Escape rather than moving away: at 360 px the card covers most of the page.
        await page.keyboard.press('Escape');
        await page.locator(CARD).waitFor({ state: 'detached' });
      }
    });
  }

  it('is styled on a page whose CSP forbids every style and script', async () => {
    const policy = "default-src 'none'; style-src 'none'; script-src 'none'";
    server.setHeaders('/csp-strict.html', { 'Content-Security-Policy': policy });
    const page = await openFixture(ext, server, '/csp-strict.html');
    pages.push(page);
    // The policy is in force: the page's own inline style is blocked.
    const probeColour = await page.locator('#inline-style-probe').evaluate((el) => getComputedStyle(el).color);
    expect(probeColour).not.toBe('rgb(255, 0, 0)');
    await hoverTerm(ext, page, 'Budapest Memorandum', 'budapest-memorandum');
    expect(await cardStyle(page, 'backgroundColor')).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
    expect(Number.parseFloat((await cardStyle(page, 'borderTopLeftRadius')) ?? '0')).toBeGreaterThan(0);
    expect(await cardStyle(page, 'fontFamily')).toContain('system-ui');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`follows a ${theme} page, and documents it in screenshots`, async () => {
      for (const [size, viewport] of [
        ['desktop', { width: 1280, height: 900 }],
        ['narrow', { width: 360, height: 740 }],
      ] as const) {
        const page = await article(viewport);
        if (theme === 'dark') await darkenPage(page);
        const term = await pointOfText(page, 'Budapest Memorandum');
        const card = await hoverTerm(ext, page, 'Budapest Memorandum', 'budapest-memorandum');
        expect(await card.getAttribute('data-theme')).toBe(theme);
        await screenshotCard(page, `card-${theme}-${size}`, term);
      }
    });

    it.skipIf(!AXE_AVAILABLE)(`has no serious or critical axe violations in the ${theme} theme`, async () => {
      const page = await article();
      if (theme === 'dark') await darkenPage(page);
      await hoverTerm(ext, page, 'Budapest Memorandum', 'budapest-memorandum');
      expect(await axeSeriousViolations(page)).toEqual([]);
    });
  }
});
