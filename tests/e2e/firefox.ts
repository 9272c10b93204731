import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './browser';

/** The Firefox build of the extension, beside the Chromium one (global-setup builds both). */
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, process.env.KONTEKST_OUT_DIR ?? '.output', 'firefox-mv3');

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The system Firefox: `FIREFOX_PATH`, else Debian's firefox-esr or firefox; null when none is installed. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox installed it under (the manifest's gecko id). */
  addonId: string;
  close(): Promise<void>;
}

/**
 * Headless Firefox over WebDriver BiDi, with the unpacked Firefox build installed as a
 * temporary add-on. Firefox 127+ grants an MV3 add-on the hosts of its content scripts
 * at install, so the content script runs without a per-site click.
 */
export async function launchFirefoxWithExtension(executablePath: string): Promise<FirefoxWithExtension> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return { browser, addonId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Waits until the page has at least `min` ranges in the `kontekst` highlight. */
export async function waitForPaintedIn(page: Page, min = 1, timeoutMs = 20_000): Promise<number> {
  await page.waitForFunction((n: number) => (CSS.highlights.get('kontekst')?.size ?? 0) >= n, { timeout: timeoutMs, polling: 100 }, min);
  return page.evaluate(() => CSS.highlights.get('kontekst')?.size ?? 0);
}

/** The viewport centre of the first occurrence of `text` (within one text node), scrolled into view. */
export async function pointOfTextIn(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at === -1) continue;
      node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }
    return null;
  }, text);
  if (!point) throw new Error(`Text not found on the page: ${text}`);
  return point;
}

/** Waits for Kontekst's card of `entryId` inside its open shadow root. */
export async function waitForCardIn(page: Page, entryId: string, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(
    (id: string) => document.querySelector('kontekst-ui')?.shadowRoot?.querySelector(`[data-entry-id="${id}"]`) != null,
    { timeout: timeoutMs, polling: 100 },
    entryId,
  );
}
