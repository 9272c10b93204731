/**
 * How long a card takes to show its full text in the real extension, from the pointer
 * arriving on a term: with the service worker running (warm) and after it was stopped
 * (cold: the message that asks for the card's text starts it). The card opens after the
 * hover-intent dwell at the earliest, so a time close to the dwell means the text was there
 * before the reader's dwell ended. Run last: stopping the worker leaves the harness's
 * worker handle dead.
 */
import type { CDPSession, Page } from 'playwright-core';
import { textRect, type ExtensionBrowser, type FixtureServer } from '../e2e/harness';
import { median } from './report';

export interface CardLatency {
  dwellMs: number;
  warmMs: number[];
  coldMs: number[];
  warmMedianMs: number;
  coldMedianMs: number;
}

/** Where the term is, once the page is painted (waits in the page, not through the worker). */
async function termPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => (CSS.highlights.get('kontekst')?.size ?? 0) > 0, undefined, { timeout: 20_000 });
  const r = await textRect(page, text);
  if (!r) throw new Error(`"${text}" is not on the page`);
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Moves onto the term and resolves with the ms until its card shows a summary, by the page's clock. */
async function timeCard(page: Page, text: string, entryId: string): Promise<number> {
  const point = await termPoint(page, text);
  await page.mouse.move(point.x, point.y + 200);
  const watch = page.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const check = () => {
          const card = document.querySelector('kontekst-ui')?.shadowRoot?.querySelector(`[data-entry-id="${id}"] .card__summary`);
          if (card?.textContent) resolve(performance.now() - start);
          else requestAnimationFrame(check);
        };
        check();
      }),
    entryId,
  );
  await page.mouse.move(point.x, point.y);
  return watch;
}

async function stopWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const onUpdate = ({ versions }: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
      if (versions.some((v) => v.scriptURL.includes(extensionId) && v.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
    void cdp.send('ServiceWorker.stopAllWorkers');
  });
}

export async function measureCardLatency(ext: ExtensionBrowser, server: FixtureServer, repetitions: number): Promise<CardLatency> {
  const page = await ext.context.newPage();
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const cdp = await ext.context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  const warmMs: number[] = [];
  const coldMs: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    // A fresh load each time: the page has asked for no card yet.
    await page.goto(server.url('/four-terms.html'));
    await page.bringToFront();
    warmMs.push(await timeCard(page, 'Weimar Triangle', 'weimar-triangle'));
    await page.goto(server.url('/four-terms.html'));
    await termPoint(page, 'peacekeepers');
    await stopWorker(cdp, ext.extensionId);
    coldMs.push(await timeCard(page, 'peacekeepers', 'peacekeepers'));
  }
  await page.close();
  await options.close();
  // The hover-intent dwell (hover-intent.ts default): no card can show sooner.
  return { dwellMs: 200, warmMs, coldMs, warmMedianMs: median(warmMs), coldMedianMs: median(coldMs) };
}
