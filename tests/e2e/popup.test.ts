import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectCard,
  getStoredSettings,
  openPopup,
  tabIdOf,
  waitForIdle,
  waitForPainted,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';
import { expectBadge, freshPage, runCommand } from './popup-helpers';

let ext: ExtensionBrowser;
let server: FixtureServer;
const opened: Page[] = [];

withExtensionBrowser((started) => ({ ext, server } = started));
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});

/** The article page (5 distinct terms, Weimar Triangle twice) and a popup for its tab. */
async function pageWithPopup(query = '') {
  const { page, tabId } = await freshPage(ext, server, '/popup-page.html', 6);
  const popup = await openPopup(ext, tabId, query);
  opened.push(page, popup);
  return { page, tabId, popup };
}

const options = (popup: Page) => popup.getByRole('option');
const siteSwitch = (popup: Page) => popup.getByRole('switch', { name: 'Annotate on 127.0.0.1' });

describe('popup search', () => {
  it('is focused on open, finds entries across spellings and opens their cards', async () => {
    const { popup } = await pageWithPopup();
    const search = popup.getByRole('combobox', { name: 'Search the knowledge base' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);

    for (const query of ['Zelenskiy', 'Selenskyj', 'Зеленский']) {
      await search.fill(query);
      await expect.poll(() => options(popup).first().getAttribute('data-entry-id')).toBe('volodymyr-zelenskyy');
    }
    await search.press('Enter');
    const card = popup.locator('.card[data-entry-id="volodymyr-zelenskyy"]');
    await card.waitFor();
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('Volodymyr Zelenskyy');

    // Escape goes back to the list with the query kept and the field focused.
    await popup.keyboard.press('Escape');
    await search.waitFor();
    expect(await search.inputValue()).toBe('Зеленский');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    // A second Escape clears the query.
    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
  });

  it('lists Weimar Triangle first for "weimar" and moves through results with the arrow keys', async () => {
    const { popup } = await pageWithPopup();
    const search = popup.getByRole('combobox');
    await search.fill('weimar');
    await expect.poll(() => options(popup).first().getAttribute('data-entry-id')).toBe('weimar-triangle');
    expect(await options(popup).first().getAttribute('aria-selected')).toBe('true');

    await search.fill('nato');
    await expect.poll(() => options(popup).count()).toBeGreaterThan(2);
    const second = await options(popup).nth(1).getAttribute('data-entry-id');
    await search.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await options(popup).nth(1).getAttribute('id'));
    await search.press('Enter');
    await popup.locator(`.card[data-entry-id="${second}"]`).waitFor();
    await popup.getByRole('button', { name: /Back to list/ }).click();
    await search.waitFor();
  });

  it('starts with the q parameter of a context-menu lookup', async () => {
    const { popup } = await pageWithPopup('&q=будапештский%20меморандум');
    expect(await popup.getByRole('combobox').inputValue()).toBe('будапештский меморандум');
    await expect.poll(() => options(popup).first().getAttribute('data-entry-id')).toBe('budapest-memorandum');
  });

  it('says when nothing matches', async () => {
    const { popup } = await pageWithPopup();
    await popup.getByRole('combobox').fill('xyzzy plugh');
    await popup.getByText('Nothing found for “xyzzy plugh”.').waitFor();
  });
});

describe('on this page', () => {
  it('groups the page terms with counts; a click reveals the term and opens its card on the page', async () => {
    const { page, popup } = await pageWithPopup();
    const list = popup.getByRole('listbox', { name: /On this page/ });
    await list.waitFor();
    const rows = await list.getByRole('option').allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      'Weimar Triangle 2',
      'Budapest Memorandum 1',
      'NATO 1',
      'NATO Article 5 1',
      'Security guarantees 1',
    ]);
    // Key entries leave out what the page already lists.
    const keys = await popup.getByRole('listbox', { name: 'Key entries' }).getByRole('option').evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-entry-id')),
    );
    expect(keys).not.toContain('weimar-triangle');
    expect(keys.length).toBeGreaterThan(2);

    await list.getByRole('option', { name: /Weimar Triangle/ }).click();
    await expectCard(page, 'weimar-triangle');
  });
});

describe('site switch, pause and shortcut', () => {
  it('switching the site off clears the highlights at once, persists across a reload, and updates the badge', async () => {
    const { page, tabId, popup } = await pageWithPopup();
    await expectBadge(ext, tabId, '5');
    const toggle = siteSwitch(popup);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => popup.getByText('Shortcut: Alt+Shift+K').count()).toBe(1);

    await toggle.click();
    await waitForPainted(page, 0);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    expect((await getStoredSettings(ext))?.disabledSites).toEqual(['127.0.0.1']);
    await expectBadge(ext, tabId, 'off');
    await popup.getByText('Kontekst is off on 127.0.0.1.').waitFor();

    await page.reload();
    expect((await waitForIdle(ext, page)).state).toBe('off');
    expect(await page.evaluate(() => CSS.highlights.get('kontekst')?.size ?? 0)).toBe(0);
    await popup.reload();
    await expect.poll(() => siteSwitch(popup).getAttribute('aria-checked')).toBe('false');

    await siteSwitch(popup).click();
    await waitForPainted(page, 6);
    await expectBadge(ext, tabId, '5');
  });

  it('pausing everywhere clears the page; resuming paints it again', async () => {
    const { page, tabId, popup } = await pageWithPopup();
    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await waitForPainted(page, 0);
    await expectBadge(ext, tabId, 'off');
    await popup.getByText('Paused everywhere: resume below').waitFor();
    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await waitForPainted(page, 6);
  });

  it('the toggle-site command handler switches the current site off and on', async () => {
    const { page, tabId } = await pageWithPopup();
    expect(await runCommand(ext, 'toggle-site', page.url())).toBe(false);
    await waitForPainted(page, 0);
    await expectBadge(ext, tabId, 'off');
    expect(await runCommand(ext, 'toggle-site', page.url())).toBe(true);
    await waitForPainted(page, 6);
    expect(await runCommand(ext, 'toggle-site', 'chrome://extensions/')).toBeNull();
  });
});

describe('pages Kontekst cannot run on', () => {
  it('show a short message instead of the switch', async () => {
    const blank = await ext.context.newPage();
    await blank.goto('about:blank');
    const popup = await openPopup(ext, await tabIdOf(ext, blank));
    opened.push(blank, popup);
    await popup.getByText('Kontekst can’t run on this page.', { exact: false }).waitFor();
    expect(await popup.getByRole('switch', { name: /Annotate on/ }).count()).toBe(0);
    await popup.getByRole('switch', { name: 'Pause everywhere' }).waitFor();
  });
});
