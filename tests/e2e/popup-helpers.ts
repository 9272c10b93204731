import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { setSettings, tabIdOf, waitForTerms, type ExtensionBrowser, type FixtureServer } from './harness';

export const DEFAULTS = { paused: false, disabledSites: [], density: 'all', muted: [], theme: 'auto', cardLanguage: 'auto' };

/** The toolbar badge text of a tab, read through the service worker. */
export function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls the badge until it shows `text`. */
export async function expectBadge(ext: ExtensionBrowser, tabId: number, text: string): Promise<void> {
  await expect.poll(() => badgeText(ext, tabId), { timeout: 10_000, interval: 100 }).toBe(text);
}

/**
 * Runs the keyboard command's handler in the service worker with the tab the browser
 * would pass. Headless Chromium does not deliver extension shortcuts (Alt+Shift+K is
 * pressed into the page, not the browser UI), so the test calls the handler that
 * `commands.onCommand` calls; background.ts exposes it as `kontekstRunCommand`.
 */
export function runCommand(ext: ExtensionBrowser, command: string, url: string): Promise<boolean | null> {
  return ext.serviceWorker.evaluate(
    ([name, pageUrl]) => {
      const run = (globalThis as unknown as { kontekstRunCommand: (c: string, t: { url: string }) => Promise<boolean | null> })
        .kontekstRunCommand;
      return run(name!, { url: pageUrl! });
    },
    [command, url],
  );
}

/** Resets the settings and opens `pathname` with its terms found; returns the page and its tab id. */
export async function freshPage(
  ext: ExtensionBrowser,
  server: FixtureServer,
  pathname: string,
  minTerms = 1,
): Promise<{ page: Page; tabId: number }> {
  await setSettings(ext, DEFAULTS);
  const page = await ext.context.newPage();
  await page.goto(server.url(pathname));
  await waitForTerms(ext, page, (terms) => terms.length >= minTerms);
  return { page, tabId: await tabIdOf(ext, page) };
}
