import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  openPopup,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';
import { hoverTerm, openFixture } from './card-helpers';
import { freshPage } from './popup-helpers';

// Chromium with a Ukrainian UI: browser.i18n serves locales/uk.json. KB content stays English.
let ext: ExtensionBrowser;
let server: FixtureServer;
const opened: Page[] = [];

withExtensionBrowser((started) => ({ ext, server } = started), { locale: 'uk-UA', lang: 'uk' });
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});

describe('a Ukrainian browser', () => {
  it('gets the popup in Ukrainian, with Ukrainian plural forms', async () => {
    const { page, tabId } = await freshPage(ext, server, '/popup-page.html', 6);
    const popup = await openPopup(ext, tabId);
    opened.push(page, popup);

    const search = popup.getByRole('combobox', { name: 'Пошук у базі знань' });
    await search.waitFor();
    expect(await search.getAttribute('placeholder')).toBe('Пошук термінів, людей, угод…');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('uk');
    await popup.getByRole('switch', { name: 'Позначати на сайті 127.0.0.1' }).waitFor();
    await popup.getByRole('switch', { name: 'Призупинити всюди' }).waitFor();
    await popup.getByRole('button', { name: 'Налаштування' }).waitFor();
    await popup.getByText('Комбінація клавіш: Alt+Shift+K').waitFor();

    // Five distinct terms: "many" (термінів); Weimar Triangle twice: "few" (згадки).
    const list = popup.getByRole('listbox', { name: 'На цій сторінці · 5 термінів' });
    await list.waitFor();
    const weimar = list.locator('[data-entry-id="weimar-triangle"] .option__count');
    expect(await weimar.getAttribute('aria-label')).toBe('2 згадки на сторінці');
    const budapest = list.locator('[data-entry-id="budapest-memorandum"] .option__count');
    expect(await budapest.getAttribute('aria-label')).toBe('1 згадка на сторінці');
    await popup.getByRole('listbox', { name: 'Ключові теми' }).waitFor();

    await search.fill('xyzzy plugh');
    await popup.getByText('За запитом «xyzzy plugh» нічого не знайдено.').waitFor();
  });

  it('shows the card on a page with Ukrainian labels and the KB text in English', async () => {
    const page = await openFixture(ext, server, '/four-terms.html');
    opened.push(page);
    const card = await hoverTerm(ext, page, 'Memorandum', 'budapest-memorandum');

    expect(await card.locator('.card__kind').textContent()).toBe('Угода');
    const headings = (await card.locator('.section__heading').allTextContents()).map((text) => text.trim());
    expect(headings).toEqual(['Чому це важливо зараз', 'Передісторія', 'Хронологія', 'Позиції експертів', 'Пов’язані терміни', 'Джерела']);
    // Dates follow the UI language: Ukrainian month names, not "Mar 2025".
    expect(await card.locator('.why-now .muted').innerText()).toMatch(/^Станом на березень 2025\s*р\.$/);
    expect(await card.locator('.timeline__date').first().innerText()).toMatch(/^24 серпня 1991\s*р\.$/);
    // Eight events, folded to three: the "many" form.
    await card.getByRole('button', { name: 'Показати всі 8 подій' }).click();
    await card.getByRole('button', { name: 'Показати менше' }).waitFor();
    await card.getByRole('button', { name: 'Сховати цей термін' }).waitFor();
    await card.getByRole('button', { name: 'Вимкнути на 127.0.0.1' }).waitFor();
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('Budapest Memorandum');
    expect(await card.locator('.card__summary').innerText()).toMatch(/^A 1994 /);
  });

  it('shows the options page in Ukrainian, errors included', async () => {
    const options = await ext.context.newPage();
    opened.push(options);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Налаштування Kontekst' }).waitFor();
    expect(await options.title()).toBe('Налаштування Kontekst');
    await options.getByRole('radio', { name: /Кожну згадку/ }).waitFor();
    await options.getByText('Kontekst працює на всіх сайтах.').waitFor();
    await options.getByLabel('Вимкнути на сайті').fill('not a site');
    await options.getByRole('button', { name: 'Додати' }).click();
    await options.getByRole('alert').getByText('«not a site» — не вебадреса, на якій може працювати Kontekst.').waitFor();
  });

  it('localises the manifest description and the shortcut’s description', async () => {
    const [description, command] = await ext.serviceWorker.evaluate(async () => [
      (await chrome.management.getSelf()).description,
      (await chrome.commands.getAll()).find((c) => c.name === 'toggle-site')?.description,
    ]);
    expect(description).toMatch(/^Контекст до новин/);
    expect(command).toBe('Увімкнути або вимкнути Kontekst на поточному сайті');
  });
});
