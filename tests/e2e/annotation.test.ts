import { describe, expect, it } from 'vitest';
import {
  expectCard,
  hoverText,
  paintedCount,
  recordMutationsFromStart,
  recordedMutations,
  setSettings,
  waitForIdle,
  waitForPainted,
  waitForTerms,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';

let ext: ExtensionBrowser;
let server: FixtureServer;

withExtensionBrowser((started) => ({ ext, server } = started));

const ids = (terms: Array<{ entryId: string }>) => new Set(terms.map((t) => t.entryId));

describe('the four headline terms on a plain page', () => {
  it('are found, painted with the Highlight API, and each hover opens the right card', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/four-terms.html'));
    const terms = await waitForTerms(ext, page, (t) => t.length >= 5);
    // Not "ceasefire": a common noun needs Russia's war in its own paragraph, and p3 does not name it.
    expect(terms).toEqual([
      { entryId: 'budapest-memorandum', text: 'Budapest Memorandum' },
      { entryId: 'nato', text: 'NATO' },
      { entryId: 'nato-article-5', text: 'Article 5' },
      { entryId: 'peacekeepers', text: 'peacekeepers' },
      { entryId: 'weimar-triangle', text: 'Weimar Triangle' },
    ]);
    expect(await paintedCount(page)).toBe(5);
    for (const [text, entryId] of [
      ['Memorandum', 'budapest-memorandum'],
      ['Article 5', 'nato-article-5'],
      ['peacekeepers', 'peacekeepers'],
      ['Weimar Triangle', 'weimar-triangle'],
    ] as const) {
      await hoverText(page, text);
      await expectCard(page, entryId);
      await page.keyboard.press('Escape');
      await page.locator('kontekst-ui [data-entry-id]').waitFor({ state: 'hidden' });
      await page.mouse.move(5, 5);
    }
    await page.close();
  });

  it('changes nothing in the page DOM but adding its one UI host', async () => {
    const page = await ext.context.newPage();
    await recordMutationsFromStart(page);
    await page.goto(server.url('/four-terms.html'));
    await waitForPainted(page, 4);
    const before = await page.evaluate(() => document.body.innerHTML);
    await hoverText(page, 'peacekeepers');
    await expectCard(page, 'peacekeepers');
    const mutations = await recordedMutations(page);
    // One node added (the UI host); anything else must be on that host itself.
    expect(mutations.filter((m) => m.startsWith('added'))).toEqual(['added kontekst-ui to html']);
    expect(mutations.filter((m) => !m.endsWith('kontekst-ui') && !m.endsWith('to html'))).toEqual([]);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });
});

describe('dynamic pages', () => {
  it('keeps a Preact app re-rendering and annotated', async () => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url('/react-app.html'));
    await waitForTerms(ext, page, (t) => ids(t).has('budapest-memorandum') && ids(t).has('peacekeepers'));
    const ticks = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    await page.waitForFunction((n) => (window as unknown as { __ticks: number }).__ticks > n + 5, ticks);
    await page.click('#toggle');
    await waitForTerms(ext, page, (t) => ids(t).has('weimar-triangle'));
    await page.click('#toggle');
    await waitForTerms(ext, page, (t) => !ids(t).has('weimar-triangle'));
    expect(await page.locator('#ticks').textContent()).not.toBe(String(ticks));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paints new live-blog posts and drops removed ones', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/live-blog.html'));
    await waitForTerms(ext, page, (t) => ids(t).has('budapest-memorandum') && ids(t).has('peacekeepers'));
    await page.evaluate(() => (window as unknown as { addPost(t: string): number }).addPost('Leaders discussed the coalition of the willing in London.'));
    await waitForTerms(ext, page, (t) => ids(t).has('coalition-of-the-willing'));
    await page.evaluate(() => (window as unknown as { removeFirstPost(): boolean }).removeFirstPost());
    // The first post (peacekeepers, NATO membership) is gone; so are its ranges.
    const terms = await waitForTerms(ext, page, (t) => !ids(t).has('peacekeepers'));
    expect(ids(terms)).not.toContain('nato-membership');
    expect(ids(terms)).toContain('budapest-memorandum');
    expect(ids(terms)).toContain('coalition-of-the-willing');
    expect(await paintedCount(page)).toBe(terms.length);
    await page.close();
  });

  it('is correct after a mutation storm, and the page timer keeps firing during it', async () => {
    type StormWindow = { __timerTicks: number; startStorm(ms: number): Promise<number> };
    const stormTicks = async (page: import('playwright-core').Page) => {
      const before = await page.evaluate(() => (window as unknown as StormWindow).__timerTicks);
      await page.evaluate(() => (window as unknown as StormWindow).startStorm(2000));
      return (await page.evaluate(() => (window as unknown as StormWindow).__timerTicks)) - before;
    };
    // The same storm with Kontekst off is the yardstick: the machine may be slow, but
    // Kontekst must not take the page's timer turns away from it.
    await setSettings(ext, { disabledSites: ['127.0.0.1'] });
    const offPage = await ext.context.newPage();
    await offPage.goto(server.url('/mutation-storm.html'));
    await waitForIdle(ext, offPage);
    const ticksOff = await stormTicks(offPage);
    await offPage.close();
    await setSettings(ext, { disabledSites: [] });

    const page = await ext.context.newPage();
    await page.goto(server.url('/mutation-storm.html'));
    await waitForTerms(ext, page, (t) => ids(t).has('weimar-triangle'));
    const ticksOn = await stormTicks(page);
    expect(ticksOn).toBeGreaterThanOrEqual(Math.min(3, ticksOff));
    expect(ticksOn).toBeGreaterThanOrEqual(ticksOff * 0.5);
    const terms = await waitForTerms(ext, page, (t) => ids(t).has('coalition-of-the-willing') && !ids(t).has('nato'));
    await waitForIdle(ext, page);
    const texts = await page.evaluate(() => document.querySelector('#storm')?.textContent ?? '');
    expect(texts).toContain('coalition of the willing');
    expect(ids(terms)).toEqual(new Set(['budapest-memorandum', 'weimar-triangle', 'coalition-of-the-willing']));
    await page.close();
  });

  it('annotates the new article after a pushState navigation', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/spa.html'));
    await waitForTerms(ext, page, (t) => ids(t).has('budapest-memorandum'));
    await page.click('#to-b');
    const terms = await waitForTerms(ext, page, (t) => ids(t).has('weimar-triangle') && !ids(t).has('budapest-memorandum'));
    expect(ids(terms)).toContain('peacekeepers');
    await page.goBack();
    await waitForTerms(ext, page, (t) => ids(t).has('budapest-memorandum') && !ids(t).has('weimar-triangle'));
    await page.close();
  });
});

describe('switching a site off and on', () => {
  it('clears highlights at once without reload, stays off after reload, and rescans when on', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/four-terms.html'));
    await waitForPainted(page, 4);
    await setSettings(ext, { disabledSites: ['127.0.0.1'] });
    await waitForPainted(page, 0);
    expect(await page.locator('kontekst-ui').count()).toBe(0);
    await page.reload();
    await waitForIdle(ext, page);
    expect(await paintedCount(page)).toBe(0);
    await setSettings(ext, { disabledSites: [] });
    await waitForPainted(page, 4);
    await page.close();
  });

  it('falls back to defaults when the stored settings are corrupt', async () => {
    await ext.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: 'garbage{', settings$: { v: 2 } }));
    const page = await ext.context.newPage();
    await page.goto(server.url('/four-terms.html'));
    await waitForPainted(page, 4);
    await setSettings(ext, {});
    await page.close();
  });
});
