import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectCard,
  hoverText,
  openPopup,
  pageTerms,
  paintedCount,
  tabIdOf,
  waitForIdle,
  waitForPainted,
  waitForTerms,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';
import { NetworkRecorder } from './network-recorder';

let ext: ExtensionBrowser;
let server: FixtureServer;
withExtensionBrowser((started) => ({ ext, server } = started));

describe('Kontekst makes no network request', () => {
  it('the recorder sees requests the extension makes (control: this test can fail)', async () => {
    const recorder = new NetworkRecorder(ext);
    const probe = server.url('/four-terms.html?from=service-worker');
    const ownFile = `chrome-extension://${ext.extensionId}/manifest.json`;
    await ext.serviceWorker.evaluate(
      async ([url, own]) => {
        await fetch(own!);
        // Without host permissions the response is blocked by CORS, but the request goes out.
        await fetch(url!).catch(() => undefined);
      },
      [probe, ownFile],
    );
    await expect.poll(() => recorder.violations(server.origin).map((r) => r.url)).toEqual([probe]);
    expect(recorder.requests).toContainEqual({ url: ownFile, from: 'service worker', byExtension: true });
    await recorder.stop();
  });

  it('while reading two articles, opening cards, the popup with a search, and the options page', async () => {
    const recorder = new NetworkRecorder(ext);
    const browse = async (pathname: string, term: { text: string; entryId: string }) => {
      const page = await ext.context.newPage();
      await recorder.watchPage(page);
      await page.goto(server.url(pathname));
      await waitForTerms(ext, page);
      await hoverText(page, term.text);
      await expectCard(page, term.entryId);
      await waitForIdle(ext, page);
      return page;
    };
    await browse('/demo-article.html', { text: 'Budapest Memorandum', entryId: 'budapest-memorandum' });
    const article = await browse('/four-terms.html', { text: 'peacekeepers', entryId: 'peacekeepers' });

    const popup = await openPopup(ext, await tabIdOf(ext, article));
    const search = popup.getByRole('combobox', { name: 'Search the knowledge base' });
    await search.fill('Budapest');
    await popup.getByRole('option').first().waitFor();

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForLoadState('load');

    // Every channel was watched: the pages' own files and the extension's own files were seen.
    const urls = recorder.requests.map((r) => r.url);
    expect(urls).toContain(server.url('/demo-article.html'));
    expect(urls.some((url) => url.startsWith(`chrome-extension://${ext.extensionId}/popup.html`))).toBe(true);
    expect(recorder.violations(server.origin)).toEqual([]);
    await recorder.stop();
    for (const page of [popup, options]) await page.close();
  });
});

/** Page-world script: what a hostile page would try, after recording what it was told. */
async function actHostile(page: Page, extensionId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const prefixes = [`${id}:content:`, ''];
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    for (const prefix of prefixes) {
      document.dispatchEvent(new CustomEvent(`${prefix}wxt:content-script-started`, { detail }));
      document.body.dispatchEvent(new CustomEvent(`${prefix}wxt:content-script-started`, { detail, bubbles: true }));
      window.dispatchEvent(new CustomEvent(`${prefix}wxt:locationchange`, { detail: { newUrl: new URL('https://evil.example/') } }));
    }
    for (const type of ['page-terms', 'reveal-term', 'annotation-state', 'term-count'])
      document.dispatchEvent(new CustomEvent(type, { detail: { type, entryId: 'nato', distinct: 99 }, bubbles: true }));
    const delivered = new Promise<void>((resolve) =>
      window.addEventListener('message', (e) => (e.data as { last?: boolean })?.last && resolve()),
    );
    for (const message of [{ type: 'page-terms' }, { type: 'reveal-term', entryId: 'nato' }, { type: 'annotation-state' }])
      window.postMessage(message, '*');
    window.postMessage({ type: 'term-count', distinct: 99, last: true }, '*');
    await delivered; // every listener of these messages, Kontekst's if it had one, has run
  }, extensionId);
}

describe('a page cannot steer Kontekst', () => {
  it('ignores postMessage and forged events, posts nothing to the page, and throws nothing', async () => {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const exceptions: string[] = [];
    // Runtime events cover every world in the page, the content script's isolated world too.
    cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; url?: string } }) =>
      exceptions.push(`${e.exceptionDetails.text} ${e.exceptionDetails.url ?? ''}`),
    );
    await cdp.send('Runtime.enable');
    await page.addInitScript(() => {
      const told: unknown[] = [];
      Object.assign(window, { __toldByExtension: told });
      window.addEventListener('message', (e) => told.push(e.data));
    });
    await page.goto(server.url('/four-terms.html'));
    await waitForPainted(page, 4);
    const before = { idle: await waitForIdle(ext, page), terms: await pageTerms(ext, page), painted: await paintedCount(page) };
    const told = await page.evaluate(() => (window as unknown as { __toldByExtension: unknown[] }).__toldByExtension);
    expect(told).toEqual([]);

    await actHostile(page, ext.extensionId);

    // A round trip to the content script: whatever the page's events queued there has run.
    expect(await pageTerms(ext, page)).toEqual(before.terms);
    expect(await paintedCount(page)).toBe(before.painted);
    expect(await waitForIdle(ext, page)).toEqual(before.idle);
    expect(await page.locator('kontekst-ui [data-entry-id]').count()).toBe(0);
    expect(exceptions).toEqual([]);
    await cdp.detach();
    await page.close();
  });
});
