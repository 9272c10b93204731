import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pointOfText, setSettings, textRect, waitForTerms, type ExtensionBrowser, type FixtureServer } from './harness';
import { withExtensionBrowser } from './lifecycle';
import { DEFAULTS } from './popup-helpers';
import { SCREENSHOT_DIR } from './card-helpers';

let ext: ExtensionBrowser;
let server: FixtureServer;
withExtensionBrowser((started) => ({ ext, server } = started));

let decoder: Page | undefined;
afterAll(async () => void (await decoder?.close()));

interface Ink {
  /** Share of the clip's pixels in the soft background's pale yellow. */
  tint: number;
  /** Pixels in the underline's orange. */
  dots: number;
}

/**
 * What is painted in a screenshot clip: the pale yellow of the soft background, and the
 * orange of the dotted underline. Decoded in a blank page's canvas, away from the article.
 */
async function inkIn(png: Buffer): Promise<Ink> {
  decoder ??= await ext.context.newPage();
  return decoder.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let tint = 0;
    let dots = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r > 235 && g > 215 && b > 150 && b < 225 && r - b > 25) tint++;
      else if (r > 170 && g > 90 && g < 200 && b < 110) dots++;
    }
    return { tint: tint / (img.width * img.height), dots };
  }, png.toString('base64'));
}

/** The term's line box and a few pixels below it (where an underline sits). */
async function termClip(page: Page, text: string) {
  const r = await textRect(page, text, { scroll: true });
  if (!r) throw new Error(`not found: ${text}`);
  return { x: r.left, y: r.top, width: r.width, height: r.height + 4 };
}

/** The article's paragraphs, with a margin. */
function articleClip(page: Page) {
  return page.evaluate(() => {
    const first = document.querySelector('#p1')!.getBoundingClientRect();
    const last = document.querySelector('#p5')!.getBoundingClientRect();
    return { x: first.left - 24, y: first.top - 16, width: first.width + 48, height: last.bottom - first.top + 32 };
  });
}

async function setMarkStyle(page: Page, markStyle: string) {
  await setSettings(ext, { ...DEFAULTS, markStyle });
  // Applied live: the painted terms are registered under the style's name, no reload.
  const name = markStyle === 'hover' ? null : `kontekst-${markStyle}`;
  await page.waitForFunction(
    (name) => ['kontekst-underline', 'kontekst-background'].every((n) => CSS.highlights.has(n) === (n === name)),
    name,
    { polling: 50 },
  );
}

describe('mark style', () => {
  it('paints what each style says, switches without a reload, and is documented in screenshots', async () => {
    await setSettings(ext, DEFAULTS);
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(server.url('/four-terms.html'));
    await waitForTerms(ext, page, (t) => t.length >= 5);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
    await page.mouse.move(2, 2);

    const term = 'peacekeepers';
    const shoot = async (style: string) => {
      const clip = await termClip(page, term);
      const ink = await inkIn(await page.screenshot({ clip }));
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `mark-${style}.png`), clip: await articleClip(page) });
      return ink;
    };

    // The default: a soft background, no underline.
    const background = await shoot('background');
    expect(background.tint).toBeGreaterThan(0.3);
    expect(background.dots).toBeLessThan(3);

    await setMarkStyle(page, 'underline');
    const underline = await shoot('underline');
    expect(underline.tint).toBeLessThan(0.02);
    expect(underline.dots).toBeGreaterThan(8);

    await setMarkStyle(page, 'hover');
    const resting = await inkIn(await page.screenshot({ clip: await termClip(page, term) }));
    expect(resting).toEqual({ tint: 0, dots: 0 });
    // Over the paragraph (on a word that is not a term, so no card opens): its terms show.
    const { x, y } = await pointOfText(page, 'European governments');
    await page.mouse.move(x, y, { steps: 2 });
    await page.waitForFunction(() => (CSS.highlights.get('kontekst-paragraph')?.size ?? 0) > 0, null, { polling: 50 });
    const hovered = await shoot('hover');
    expect(hovered.tint).toBeGreaterThan(0.3);
    // Another paragraph's terms stay unmarked meanwhile.
    expect((await inkIn(await page.screenshot({ clip: await termClip(page, 'Weimar Triangle') }))).tint).toBe(0);

    expect(navigations).toEqual([]); // no reload at any point
    await setSettings(ext, DEFAULTS);
    await page.close();
  });
});
