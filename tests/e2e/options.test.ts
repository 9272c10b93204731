import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  getStoredSettings,
  setSettings,
  waitForPainted,
  waitForTerms,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';
import { DEFAULTS, expectBadge, freshPage } from './popup-helpers';

let ext: ExtensionBrowser;
let server: FixtureServer;
const opened: Page[] = [];

withExtensionBrowser((started) => ({ ext, server } = started));
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});

/** An article tab (6 painted ranges, Weimar Triangle twice) and the options page beside it. */
async function articleAndOptions() {
  const { page, tabId } = await freshPage(ext, server, '/popup-page.html', 6);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Kontekst settings' }).waitFor();
  opened.push(page, options);
  return { page, tabId, options };
}

const stored = async () => (await getStoredSettings(ext)) ?? {};

describe('options page', () => {
  it('a site added to the list is cleared in open tabs without reload; removing it paints again', async () => {
    const { page, tabId, options } = await articleAndOptions();
    await options.getByLabel('Turn off on a site').fill('http://127.0.0.1:9999/any/path');
    await options.getByRole('button', { name: 'Add' }).click();
    await options.getByRole('list', { name: 'Sites where Kontekst is off' }).getByText('127.0.0.1').waitFor();
    expect((await stored()).disabledSites).toEqual(['127.0.0.1']);
    await waitForPainted(page, 0);
    await expectBadge(ext, tabId, 'off');

    await options.getByRole('button', { name: 'Turn Kontekst back on for 127.0.0.1' }).click();
    await waitForPainted(page, 6);
    expect((await stored()).disabledSites).toEqual([]);
  });

  it('rejects what is not a site, with a message, and stores nothing', async () => {
    const { options } = await articleAndOptions();
    const field = options.getByLabel('Turn off on a site');
    // Chromium's URL parser accepts "https://not a site" (host "not%20a%20site"): the key is checked too.
    for (const bad of ['not a site', 'chrome://extensions', 'exa$mple.com']) {
      await field.fill(bad);
      await options.getByRole('button', { name: 'Add' }).click();
      await options.getByRole('alert').getByText('is not a web address', { exact: false }).waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
    }
    expect((await stored()).disabledSites).toEqual([]);
  });

  it('density "first mention" reaches the open tab without reload', async () => {
    const { page, options } = await articleAndOptions();
    await options.getByRole('radio', { name: /First mention/ }).check();
    // Weimar Triangle is on the page twice: only its first mention stays painted.
    await waitForTerms(ext, page, (terms) => terms.filter((t) => t.entryId === 'weimar-triangle').length === 1);
    expect((await stored()).density).toBe('first');
    await options.getByRole('radio', { name: /Every mention/ }).check();
    await waitForTerms(ext, page, (terms) => terms.filter((t) => t.entryId === 'weimar-triangle').length === 2);
  });

  it('lists hidden terms by title; Unhide paints the term again in the open tab', async () => {
    const { page, options } = await articleAndOptions();
    await setSettings(ext, { ...DEFAULTS, muted: ['weimar-triangle'] });
    await waitForTerms(ext, page, (terms) => terms.length > 0 && !terms.some((t) => t.entryId === 'weimar-triangle'));
    const hidden = options.getByRole('list', { name: 'Hidden terms' });
    await hidden.getByText('Weimar Triangle').waitFor();
    await options.getByRole('button', { name: 'Show Weimar Triangle again' }).click();
    await waitForTerms(ext, page, (terms) => terms.filter((t) => t.entryId === 'weimar-triangle').length === 2);
    expect((await stored()).muted).toEqual([]);
  });

  it('the theme choice is stored and applied to the page', async () => {
    const { options } = await articleAndOptions();
    await options.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(async () => (await stored()).theme).toBe('dark');
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('exports the settings as a JSON file that imports back', async () => {
    const { options } = await articleAndOptions();
    await setSettings(ext, { ...DEFAULTS, disabledSites: ['example.com'], density: 'first' });
    await options.getByText('example.com').waitFor();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kontekst-settings.json');
    const file = path.join(tmpdir(), `kontekst-export-${Date.now()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ kontekst: 'settings', settings: { disabledSites: ['example.com'], density: 'first' } });

    await setSettings(ext, DEFAULTS);
    await options.getByText('Kontekst runs on every site.').waitFor();
    await options.getByLabel('Import settings…').setInputFiles(file);
    await options.getByRole('status').getByText('Imported settings', { exact: false }).waitFor();
    expect(await stored()).toMatchObject({ disabledSites: ['example.com'], density: 'first' });
  });

  it('a bad import is rejected with a message and changes nothing, in storage or on the page', async () => {
    const { page, options } = await articleAndOptions();
    const before = await stored();
    const bad = path.join(tmpdir(), `kontekst-bad-${Date.now()}.json`);
    for (const [content, message] of [
      ['{ not json', 'not JSON'],
      [JSON.stringify({ kontekst: 'settings', version: 2, settings: { paused: true, theme: 'neon' } }), 'theme must be'],
    ] as const) {
      writeFileSync(bad, content);
      await options.getByLabel('Import settings…').setInputFiles(bad);
      await options.getByRole('alert').getByText(message, { exact: false }).waitFor();
      expect(await stored()).toEqual(before);
      expect(await options.getByRole('switch', { name: 'Pause everywhere' }).getAttribute('aria-checked')).toBe('false');
    }
    expect(await page.evaluate(() => CSS.highlights.get('kontekst')?.size ?? 0)).toBe(6);
  });
});
