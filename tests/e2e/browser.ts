import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The test build (`npm run build:test`): the store build plus the hooks tests drive. */
export const EXTENSION_DIR = path.join(ROOT, process.env.KONTEKST_OUT_DIR ?? '.output', 'chrome-mv3-test');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The system Chromium: `CHROMIUM_PATH`, else the usual Debian/Ubuntu/Chrome paths. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found)
    throw new Error(
      `No Chromium found (looked at ${CANDIDATES.join(', ')}). Install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`,
    );
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension. Extensions need a headed launch, so without a
 * display we pass the new headless mode as an argument instead.
 */
export async function launchWithExtension(options: {
  userDataDir?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** The pages' locale (navigator.language, Accept-Language). */
  locale?: string;
  /**
   * Chromium's UI language, which browser.i18n follows: a Chromium locale name ("uk",
   * "en-US"; "uk-UA" is not one and falls back to English). Set even for English, so a
   * machine whose LANG is another language still runs the English tests in English.
   */
  lang?: string;
  /** Touch emulation: taps, `pointerType: 'touch'`, a mobile viewport. */
  hasTouch?: boolean;
  isMobile?: boolean;
} = {}): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No test build at ${EXTENSION_DIR}: run \`npm run build:test\` first.`);
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'kontekst-profile-'));
  const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.env.HEADLESS === '1';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${options.lang ?? 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,MediaRouter,OptimizationHints',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    async close() {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
