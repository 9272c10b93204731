import { describe, expect, it } from 'vitest';
import { expectCard, pointOfText, waitForTerms, type ExtensionBrowser, type FixtureServer } from './harness';
import { withExtensionBrowser } from './lifecycle';
import { CARD, cardGeometry } from './card-helpers';

let ext: ExtensionBrowser;
let server: FixtureServer;
const PHONE = { width: 390, height: 844 };
withExtensionBrowser((started) => ({ ext, server } = started), { viewport: PHONE, hasTouch: true, isMobile: true });

async function phonePage(pathname: string) {
  const page = await ext.context.newPage();
  await page.goto(server.url(pathname));
  await waitForTerms(ext, page, (t) => t.length >= 5);
  return page;
}

describe('touch, on a 390×844 phone', () => {
  it('a tap opens the card, which fits the narrow viewport; a tap outside closes it', async () => {
    // The demo article declares a device-width viewport, as news sites do.
    const page = await phonePage('/demo-article.html');
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const term = await pointOfText(page, 'peacekeepers');
    await page.touchscreen.tap(term.x, term.y);
    await expectCard(page, 'peacekeepers');
    const box = await cardGeometry(page);
    expect(box.viewportWidth).toBe(390);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(300); // sized for the phone, not squeezed
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.viewportHeight);
    // Outside the card and every term: the page margin, above or below the card.
    const y = box.top > 40 ? box.top - 20 : box.bottom + 20;
    await page.touchscreen.tap(4, y);
    await page.locator(CARD).waitFor({ state: 'detached' });
    await page.close();
  });

  it('a term inside a link: the first tap opens the card and stays, the second follows the link', async () => {
    const page = await phonePage('/four-terms.html');
    const url = page.url();
    let pageSawClick = 0;
    await page.exposeFunction('kontekstTestClickSeen', () => void pageSawClick++);
    await page.evaluate(() =>
      document.querySelector('a[href="#a5"]')!.addEventListener('click', () => (window as unknown as { kontekstTestClickSeen: () => void }).kontekstTestClickSeen()),
    );
    const term = await pointOfText(page, 'Article 5');
    await page.touchscreen.tap(term.x, term.y);
    await expectCard(page, 'nato-article-5');
    expect(page.url()).toBe(url); // not followed
    expect(pageSawClick).toBe(0); // the page's link handler (a router) did not act on it either
    await page.touchscreen.tap(term.x, term.y);
    await page.waitForURL(/#a5$/);
    await expect.poll(() => pageSawClick).toBe(1);
    await page.close();
  });
});
