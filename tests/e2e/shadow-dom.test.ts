import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectCard,
  openPopup,
  recordMutationsFromStart,
  recordedMutations,
  tabIdOf,
  textRect,
  waitForTerms,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';

let ext: ExtensionBrowser;
let server: FixtureServer;
const pages: Page[] = [];
withExtensionBrowser((started) => ({ ext, server } = started));
afterEach(async () => void (await Promise.all(pages.splice(0).map((page) => page.close()))));

/** The serialised content of every open shadow root, host by host, for before/after comparisons. */
function shadowSnapshot(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot || el.localName === 'kontekst-ui') continue;
        out.push(`${el.localName}#${el.id}: ${el.shadowRoot.innerHTML} sheets=${el.shadowRoot.adoptedStyleSheets.length}`);
        visit(el.shadowRoot);
      }
    };
    visit(document);
    return out;
  });
}

/** The viewport centre of `text` inside the shadow tree of `hostPath` (host selectors, outermost first). */
async function pointInShadow(page: Page, hostPath: string[], text: string) {
  const rect = await textRect(page, text, { hostPath });
  if (!rect) throw new Error(`not found: ${text}`);
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** The computed `::highlight(name)` background of an element inside a shadow tree, as the engine paints it. */
function highlightBackground(page: Page, hostPath: string[], selector: string, name: string) {
  return page.evaluate(
    ({ hostPath, selector, name }) => {
      let root: Document | ShadowRoot = document;
      for (const host of hostPath) root = root.querySelector(host)!.shadowRoot!;
      return getComputedStyle(root.querySelector(selector)!, `::highlight(${name})`).backgroundColor;
    },
    { hostPath, selector, name },
  );
}

describe('an article inside open shadow roots', () => {
  it('is painted, nested roots included, closed roots left alone, and the page DOM is unchanged', async () => {
    const page = await ext.context.newPage();
    pages.push(page);
    await recordMutationsFromStart(page);
    await page.goto(server.url('/shadow-article.html'));
    const before = await shadowSnapshot(page);
    const terms = await waitForTerms(ext, page, (t) => t.length >= 3);
    expect(terms).toEqual([
      // Reading order: the component's text where the component stands, then the light DOM after it.
      { entryId: 'budapest-memorandum', text: 'Budapest Memorandum' },
      { entryId: 'peacekeepers', text: 'peacekeepers' },
      { entryId: 'weimar-triangle', text: 'Weimar Triangle' },
    ]);
    // The closed root's "North Atlantic Treaty" is not read.
    expect(terms.some((t) => t.entryId === 'nato-article-5')).toBe(false);
    // Painted: the highlight's style reaches into the shadow tree (Chromium: highlight inheritance).
    expect(await highlightBackground(page, ['#story'], '#shadow-lede', 'kontekst-background')).toBe('rgba(255, 196, 0, 0.24)');
    expect(await highlightBackground(page, ['#story', 'news-quote'], '#nested', 'kontekst-background')).toBe('rgba(255, 196, 0, 0.24)');

    // Hover inside the shadow trees opens the right cards.
    for (const [path, text, entryId] of [
      [['#story'], 'Budapest Memorandum', 'budapest-memorandum'],
      [['#story', 'news-quote'], 'peacekeepers', 'peacekeepers'],
    ] as const) {
      const { x, y } = await pointInShadow(page, [...path], text);
      await page.mouse.move(x - 3, y, { steps: 2 });
      await page.mouse.move(x, y, { steps: 2 });
      await expectCard(page, entryId);
      await page.keyboard.press('Escape');
      await page.locator('kontekst-ui [data-entry-id]').waitFor({ state: 'detached' });
      await page.mouse.move(3, 3);
    }

    // Nothing in the page changed: not its light DOM (but for the UI host), not a shadow tree,
    // and in Chromium no stylesheet was adopted (none is needed there).
    const mutations = await recordedMutations(page);
    expect(mutations.filter((m) => m.startsWith('added'))).toEqual(['added kontekst-ui to html']);
    expect(mutations.filter((m) => !m.endsWith('kontekst-ui') && !m.endsWith('to html'))).toEqual([]);
    const after = await shadowSnapshot(page);
    expect(after).toEqual(before);
    for (const root of after) expect(root).toMatch(/sheets=0$/);
  });
});

describe('shadow roots that attach after the first scan', () => {
  it('are annotated through an upgrade and through the mutation path, and the popup counts them', async () => {
    const page = await ext.context.newPage();
    pages.push(page);
    await page.goto(server.url('/late-shadow.html'));
    const want = ['nato', 'weimar-triangle', 'peacekeepers', 'budapest-memorandum'];
    const terms = await waitForTerms(ext, page, (t) => want.every((id) => t.some((term) => term.entryId === id)));
    expect(terms.map((t) => t.entryId)).toEqual(['nato', 'weimar-triangle', 'peacekeepers', 'budapest-memorandum']);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    pages.push(popup);
    const list = popup.locator('#page [role="option"]');
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(4);
    await expect.poll(() => popup.locator('#page').getAttribute('aria-labelledby').then((id) => popup.locator(`#${id}`).textContent())).toMatch(/4/);
  });
});
