import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openPopup, setSettings, tabIdOf, textRect, type ExtensionBrowser, type FixtureServer } from './harness';
import { withExtensionBrowser } from './lifecycle';
import { badgeText, DEFAULTS } from './popup-helpers';

let ext: ExtensionBrowser;
let server: FixtureServer;
withExtensionBrowser((started) => ({ ext, server } = started));

const CARD = 'kontekst-ui [data-entry-id]';

function painted(frame: Frame | Page): Promise<number> {
  return frame.evaluate(() => CSS.highlights.get('kontekst')?.size ?? 0);
}

async function waitPainted(frame: Frame, min: number) {
  await frame.waitForFunction((n) => (CSS.highlights.get('kontekst')?.size ?? 0) >= n, min, { polling: 100, timeout: 20_000 });
}

/** The page: a top document, a same-origin live blog frame, a cross-origin embed (localhost ≠ 127.0.0.1) and a srcdoc note. */
async function framedPage(): Promise<{ page: Page; same: Frame; cross: Frame; srcdoc: Frame }> {
  const crossOrigin = server.url('/frame-embed.html').replace('127.0.0.1', 'localhost');
  const page = await ext.context.newPage();
  await page.goto(`${server.url('/frame-host.html')}?cross=${encodeURIComponent(crossOrigin)}`);
  const byUrl = async (test: (url: string) => boolean) => {
    await expect.poll(() => page.frames().some((f) => test(f.url())), { timeout: 10_000 }).toBe(true);
    return page.frames().find((f) => test(f.url()))!;
  };
  const same = await byUrl((u) => u.endsWith('/frame-liveblog.html'));
  const cross = await byUrl((u) => u.startsWith('http://localhost:'));
  const srcdoc = await byUrl((u) => u === 'about:srcdoc');
  return { page, same, cross, srcdoc };
}

/** Hovers `text` inside `frame`, in page coordinates. */
async function hoverInFrame(page: Page, frame: Frame, text: string) {
  const rect = await textRect(frame, text);
  if (!rect) throw new Error(`not found: ${text}`);
  const inner = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  const element = await frame.frameElement();
  await element.scrollIntoViewIfNeeded();
  const box = (await element.boundingBox())!;
  const x = box.x + 1 + inner.x; // 1: the iframe's border
  const y = box.y + 1 + inner.y;
  await page.mouse.move(x - 3, y, { steps: 2 });
  await page.mouse.move(x, y, { steps: 2 });
}

/** The card's rect against its frame's viewport. */
function cardInFrame(frame: Frame) {
  return frame.evaluate(() => {
    const card = document.querySelector('kontekst-ui')?.shadowRoot?.querySelector('[data-entry-id]');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    const { clientWidth, clientHeight } = document.documentElement;
    return { inside: r.left >= 0 && r.top >= 0 && r.right <= clientWidth && r.bottom <= clientHeight, height: r.height, entryId: card.getAttribute('data-entry-id') };
  });
}

describe('a page with embedded frames', () => {
  it('annotates every frame on its own, draws each card whole inside its frame, and the popup counts all frames', async () => {
    await setSettings(ext, DEFAULTS);
    const { page, same, cross, srcdoc } = await framedPage();
    await waitPainted(page.mainFrame(), 1);
    await waitPainted(same, 3);
    await waitPainted(cross, 2);
    await waitPainted(srcdoc, 1);

    // Hover in the same-origin frame: the card is that frame's, whole inside it; the top has none.
    await hoverInFrame(page, same, 'peacekeepers');
    await same.locator(CARD).waitFor();
    expect(await cardInFrame(same)).toMatchObject({ inside: true, entryId: 'peacekeepers' });
    expect(await page.locator(CARD).count()).toBe(0);
    await page.mouse.move(3, 3, { steps: 3 });
    await same.locator(CARD).waitFor({ state: 'detached' });

    // The page's own messages dressed as Kontekst's (frame-embed.html posts them too) open nothing.
    await cross.evaluate(() => window.postMessage({ type: 'step-term', direction: 'next', toFrame: true }, '*'));
    await cross.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300))); // a window for a wrongly handled message to act
    expect(await cross.locator(CARD).count()).toBe(0);

    // The cross-origin frame has its own content script, and its own card. (Headless Chromium
    // sends synthetic pointer input through the top frame and never tells an out-of-process
    // frame the pointer left, so this card is not followed to its closing.)
    await hoverInFrame(page, cross, 'Weimar Triangle');
    await cross.locator(CARD).waitFor();
    expect(await cardInFrame(cross)).toMatchObject({ inside: true, entryId: 'weimar-triangle' });

    // The popup lists the terms of every frame with their counts.
    const tabId = await tabIdOf(ext, page);
    const popup = await openPopup(ext, tabId);
    const count = (entryId: string) => popup.locator(`#page [data-entry-id="${entryId}"] .option__count`).textContent();
    await expect.poll(() => count('peacekeepers'), { timeout: 10_000 }).toBe('2'); // both in the live blog
    await expect.poll(() => count('weimar-triangle')).toBe('2'); // the embed and the srcdoc note
    expect(await count('budapest-memorandum')).toBe('1'); // the top page
    // Its total matches what the frames paint.
    const total = (await Promise.all([page.mainFrame(), same, cross, srcdoc].map(painted))).reduce((a, b) => a + b, 0);
    const listed = await popup.locator('#page .option__count').allTextContents();
    expect(listed.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
    // The badge counts distinct entries over the frames.
    await expect.poll(() => badgeText(ext, tabId)).toBe(String(listed.length));

    // Choosing a term that only a frame has reveals it there.
    await popup.locator('#page [data-entry-id="peacekeepers"]').click();
    await same.locator(`kontekst-ui [data-entry-id="peacekeepers"]`).waitFor();
    await popup.close().catch(() => undefined);

    await page.close();
  });

  it('switching the top site off clears every frame, the cross-origin one too', async () => {
    await setSettings(ext, DEFAULTS);
    const { page, same, cross, srcdoc } = await framedPage();
    await waitPainted(same, 3);
    await waitPainted(cross, 2);
    await setSettings(ext, { ...DEFAULTS, disabledSites: ['127.0.0.1'] });
    for (const frame of [page.mainFrame(), same, cross, srcdoc])
      await frame.waitForFunction(() => (CSS.highlights.get('kontekst')?.size ?? 0) === 0, null, { polling: 100 });
    await setSettings(ext, DEFAULTS);
    await waitPainted(cross, 2);
    await page.close();
  });
});
