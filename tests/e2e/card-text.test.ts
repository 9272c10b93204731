import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { KB_BY_ID } from '../../data/kb';
import { EXTENSION_DIR } from './browser';
import { openFixture } from './card-helpers';
import { expectCard, hoverText, type ExtensionBrowser, type FixtureServer } from './harness';
import { withExtensionBrowser } from './lifecycle';

// Card text is not in the page: the content script carries the matching index, and a
// card's text comes from the background when the reader opens it.
let ext: ExtensionBrowser;
let server: FixtureServer;
const opened: Page[] = [];
withExtensionBrowser((started) => ({ ext, server } = started));
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});

/** Stops Kontekst's service worker as Chromium does when it idles, and waits until it has. */
async function stopServiceWorker(cdp: CDPSession): Promise<void> {
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((v) => v.scriptURL.includes(ext.extensionId) && v.runningStatus === 'stopped')) stopped = true;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => stopped, { timeout: 10_000 }).toBe(true);
}

describe('card text on demand', () => {
  it('ships no card text in the content script, only what matching needs', () => {
    const script = readFileSync(path.join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    const budapest = KB_BY_ID.get('budapest-memorandum')!;
    expect(script).toContain('budapest-memorandum');
    // (Titles are not checked: an entry's title is usually one of its aliases too.)
    for (const text of [budapest.summary.en, budapest.summary.uk, budapest.background[0]!.en, budapest.background[0]!.uk])
      expect(script.includes(text), text.slice(0, 40)).toBe(false);
  });

  it('shows the full card after the service worker was stopped', async () => {
    const page = await openFixture(ext, server, '/four-terms.html');
    opened.push(page);
    // An extension page's DevTools session can stop the extension's workers.
    const options = await ext.context.newPage();
    opened.push(options);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await stopServiceWorker(await ext.context.newCDPSession(options));

    // The page was painted before; from here nothing may touch the (stopped) worker but the card.
    await hoverText(page, 'Weimar Triangle');
    const card = await expectCard(page, 'weimar-triangle');
    const entry = KB_BY_ID.get('weimar-triangle')!;
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe(entry.title.en);
    expect(await card.locator('.card__summary').innerText()).toBe(entry.summary.en);
    expect(await card.locator('.timeline__event').count()).toBeGreaterThan(0);
    expect(await card.locator('.sources .source').count()).toBe(entry.sources.length);
  });
});
