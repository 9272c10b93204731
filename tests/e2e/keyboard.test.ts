import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ROOT,
  expectCard,
  openPopup,
  pageTerms,
  setSettings,
  tabIdOf,
  waitForIdle,
  waitForTerms,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';
import { CARD } from './card-helpers';
import { DEFAULTS } from './popup-helpers';

let ext: ExtensionBrowser;
let server: FixtureServer;
withExtensionBrowser((started) => ({ ext, server } = started));

/**
 * Runs a keyboard command's handler in the service worker, with the tab the browser would
 * pass. Headless Chromium does not deliver extension shortcuts, so the test calls what
 * `commands.onCommand` calls (background.ts exposes it as `kontekstRunCommand`).
 */
function runCommandIn(tabId: number, command: string): Promise<boolean | null> {
  return ext.serviceWorker.evaluate(
    ([name, id]) =>
      (globalThis as unknown as { kontekstRunCommand: (c: string, t: { id: number }) => Promise<boolean | null> }).kontekstRunCommand(
        name as string,
        { id: id as number },
      ),
    [command, tabId] as const,
  );
}

/** Where focus is: the page element's id, or the card element focused inside Kontekst's shadow root. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.localName !== 'kontekst-ui') return { inCard: false, id: active?.id ?? null };
    const inner = active.shadowRoot?.activeElement;
    return { inCard: true, id: inner?.getAttribute('role') ?? inner?.localName ?? null };
  });
}

/** The text of the term marked active, and whether it is in the viewport. */
function activeTerm(page: Page) {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('kontekst-active') ?? [])] as AbstractRange[];
    if (ranges.length !== 1) return null;
    const painted = ranges[0]!;
    const range = document.createRange();
    range.setStart(painted.startContainer, painted.startOffset);
    range.setEnd(painted.endContainer, painted.endOffset);
    const rect = range.getBoundingClientRect();
    return { text: range.toString(), inView: rect.top >= 0 && rect.bottom <= innerHeight };
  });
}

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Every axe-core violation (any impact) inside the open card. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type AxeResult = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run({ include: [[['kontekst-ui', '[data-entry-id]']]] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('keyboard only', () => {
  it('jumps through every term of the demo article in reading order, each card focused and accessible; Escape returns focus', async () => {
    await setSettings(ext, DEFAULTS);
    const page = await ext.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.url('/demo-article.html'));
    await waitForTerms(ext, page);
    await waitForIdle(ext, page);
    const terms = await pageTerms(ext, page);
    expect(terms.length).toBeGreaterThan(10);
    const tabId = await tabIdOf(ext, page);

    // The reader was on the masthead's first link.
    await page.focus('nav a');
    const startId = await page.evaluate(() => {
      document.activeElement!.id ||= 'start-link';
      return document.activeElement!.id;
    });
    await page.evaluate(() => scrollTo(0, 0));

    const checked = new Set<string>();
    for (const [i, term] of terms.entries()) {
      expect(await runCommandIn(tabId, 'next-term'), `step ${i}`).toBe(true);
      await expectCard(page, term.entryId);
        await expect.poll(() => activeTerm(page)).toEqual({ text: term.text, inView: true });
      await expect.poll(() => focusState(page)).toEqual({ inCard: true, id: 'dialog' });
      // The card names itself for a screen reader.
      const card = page.locator(CARD);
      expect(await card.getAttribute('role')).toBe('dialog');
      const label = await card.getAttribute('aria-labelledby');
      expect(await page.locator(`kontekst-ui #${label}`).textContent()).toBeTruthy();
      if (!checked.has(term.entryId)) {
        checked.add(term.entryId);
        expect(await axeViolations(page), term.entryId).toEqual([]);
      }
    }
    // One more wraps to the first; "previous" goes back to the last.
    await runCommandIn(tabId, 'next-term');
    await expect.poll(() => activeTerm(page).then((a) => a?.text)).toBe(terms[0]!.text);
    await runCommandIn(tabId, 'previous-term');
    await expectCard(page, terms.at(-1)!.entryId);

    await page.keyboard.press('Escape');
    await page.locator(CARD).waitFor({ state: 'detached' });
    expect(await focusState(page)).toEqual({ inCard: false, id: startId });
    await page.close();
  });

  it('the popup list gives each page term an accessible name', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/four-terms.html'));
    await waitForTerms(ext, page, (t) => t.length >= 5);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    const options = popup.getByRole('listbox', { name: /on this page/i }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThanOrEqual(5);
    const names = await options.evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
    for (const name of names) expect(name).toMatch(/\S/);
    await popup.getByRole('option', { name: /Weimar Triangle/ }).waitFor();
    await popup.close();
    await page.close();
  });
});
