import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './harness';
import { findFirefox, launchFirefoxWithExtension, pointOfTextIn, waitForCardIn, waitForPaintedIn, type FirefoxWithExtension } from './firefox';

const firefox = findFirefox();
if (!firefox) console.warn('Firefox smoke tests skipped: no firefox-esr/firefox (apt-get install firefox-esr, or set FIREFOX_PATH).');

describe.skipIf(!firefox)('Firefox (firefox-esr over WebDriver BiDi)', () => {
  let ff: FirefoxWithExtension;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
    ff = await launchFirefoxWithExtension(firefox!);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('installs under the gecko id from the manifest', () => {
    expect(ff.addonId).toBe('kontekst@kontekst.app');
  });

  it('paints terms on the demo article and opens a card on hover', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/demo-article.html'));
    expect(await waitForPaintedIn(page, 10)).toBeGreaterThanOrEqual(10);

    const { x, y } = await pointOfTextIn(page, 'Budapest Memorandum');
    await page.mouse.move(x - 3, y, { steps: 2 });
    await page.mouse.move(x, y, { steps: 2 });
    await waitForCardIn(page, 'budapest-memorandum');
    await page.close();
  });

  it('paints and hit-tests an article inside open shadow roots (Firefox needs the adopted highlight sheet)', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/shadow-article.html'));
    expect(await waitForPaintedIn(page, 3)).toBeGreaterThanOrEqual(3);
    // Firefox does not inherit ::highlight() styles into shadow trees: Kontekst adopted its
    // highlight-only sheet into the roots it paints in, and the style now reaches the text.
    const styled = await page.evaluate(() => {
      const story = document.querySelector('#story')!.shadowRoot!;
      const nested = story.querySelector('news-quote')!.shadowRoot!;
      const sheets = (root: ShadowRoot) => root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join(' '));
      return { story: sheets(story), nested: sheets(nested) };
    });
    for (const root of [styled.story, styled.nested]) {
      expect(root).toHaveLength(1);
      expect(root[0]).toMatch(/::highlight\(kontekst-background\)/);
    }
    const { x, y } = await page.evaluate(() => {
      const text = document.querySelector('#story')!.shadowRoot!.querySelector('#shadow-lede')!.firstChild as Text;
      const at = text.data.indexOf('Budapest');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 8);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(x - 3, y, { steps: 2 });
    await page.mouse.move(x, y, { steps: 2 });
    await waitForCardIn(page, 'budapest-memorandum');
    await page.close();
  });

  it('stays on when the page forges WXT’s “script started” event (the gecko id is public)', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/four-terms.html'));
    const before = await waitForPaintedIn(page, 4);
    // Listeners run inside dispatchEvent, so a successful forgery has cleared the highlights on return.
    const after = await page.evaluate(() => {
      for (const name of ['kontekst@kontekst.app:content:wxt:content-script-started', 'wxt:content-script-started'])
        document.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: { contentScriptName: 'content', messageId: 'forged' } }));
      return CSS.highlights.get('kontekst')?.size ?? 0;
    });
    expect(after).toBe(before);
    await page.close();
  });
});
