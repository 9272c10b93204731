import { describe, expect, it } from 'vitest';
import { KB } from '../../data/kb';
import {
  openPopup,
  tabIdOf,
  waitForIdle,
  pageTerms,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';

let ext: ExtensionBrowser;
let server: FixtureServer;
withExtensionBrowser((started) => ({ ext, server } = started));

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news-style page that names every entry by its title, one short paragraph each. */
function allTitlesPage(): string {
  const paragraphs = KB.map((entry) => `<p>This week the debate about Russia’s war on Ukraine turned again to ${escapeHtml(entry.title.en)}.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Security guarantees for Ukraine: NATO, Russia and the war</title></head><body><article><h1>Who and what shapes the security debate</h1>${paragraphs.join('')}</article></body></html>`;
}

describe('every KB entry', () => {
  it('is found by its title on a page (page-terms lists every id)', async () => {
    const page = await ext.context.newPage();
    const url = server.url('/kb-all-titles.html');
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: allTitlesPage() }));
    await page.goto(url);
    await waitForIdle(ext, page);
    const found = new Set((await pageTerms(ext, page)).map((t) => t.entryId));
    expect(KB.map((e) => e.id).filter((id) => !found.has(id))).toEqual([]);
    await page.close();
  });

  it('is found by its English and its Ukrainian title in the popup search, first', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/four-terms.html'));
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    const search = popup.getByRole('searchbox').or(popup.getByRole('combobox')).first();
    const missed: string[] = [];
    for (const entry of KB)
      for (const title of [entry.title.en, entry.title.uk]) {
        await search.fill(title);
        const first = popup.locator('[role="option"][data-entry-id]').first();
        await first.waitFor();
        if ((await first.getAttribute('data-entry-id')) !== entry.id) missed.push(`${title} → ${await first.getAttribute('data-entry-id')}`);
      }
    expect(missed).toEqual([]);
    await popup.close();
    await page.close();
  });
});
