import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectCard,
  hoverText,
  pointOfText,
  openPopup,
  setSettings,
  tabIdOf,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';
import { axeSeriousViolations, darkenPage, hoverTerm, openFixture, screenshotCard } from './card-helpers';
import { DEFAULTS, freshPage } from './popup-helpers';

// Chromium with a Ukrainian UI: browser.i18n serves locales/uk.json, and cards follow it unless the reader chose.
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

  it('shows a card on a Ukrainian page wholly in Ukrainian: labels, title, summary, timeline, views, buttons', async () => {
    const page = await openFixture(ext, server, '/uk-article.html');
    opened.push(page);
    const card = await hoverTerm(ext, page, 'Будапештський меморандум', 'budapest-memorandum');

    expect(await card.getAttribute('lang')).toBe('uk');
    expect(await card.locator('.card__kind').textContent()).toBe('Угода');
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('Будапештський меморандум');
    const headings = (await card.locator('.section__heading').allTextContents()).map((text) => text.trim());
    expect(headings).toEqual(['Чому це важливо зараз', 'Передісторія', 'Хронологія', 'Позиції експертів', 'Пов’язані терміни', 'Джерела']);
    // Dates follow the card's language: Ukrainian month names, not "Mar 2025".
    expect(await card.locator('.why-now .muted').innerText()).toMatch(/^Станом на березень 2025\s*р\.$/);
    expect(await card.locator('.timeline__date').first().innerText()).toMatch(/^24 серпня 1991\s*р\.$/);
    // Eight events, folded to three: the "many" form.
    await card.getByRole('button', { name: 'Показати всі 8 подій' }).click();
    await card.getByRole('button', { name: 'Показати менше' }).waitFor();
    await card.getByRole('button', { name: 'Сховати цей термін' }).waitFor();
    await card.getByRole('button', { name: 'Вимкнути на 127.0.0.1' }).waitFor();
    await card.locator('details.background summary').click();

    // No prose left in English: every text the KB wrote for this card is Ukrainian.
    const prose = await card
      .locator('.card__summary, .why-now p:not(.muted), .background p, .timeline__text, .chip, .position__name, .position__role, .label, .position__paraphrase')
      .allInnerTexts();
    expect(prose.length).toBeGreaterThan(15);
    expect(prose.filter((text) => !/[\u0400-\u04ff]/u.test(text))).toEqual([]);
    // Quotes: the published English words stay, beside a rendering marked as Kontekst's.
    for (const quote of await card.locator('.position__quote').all()) {
      expect(await quote.locator('> q').getAttribute('lang')).toBe('uk');
      expect(await quote.locator('.position__quote-note').innerText()).toMatch(/^Переклад Kontekst; оригінал: /);
      expect(await quote.locator('.position__quote-note q').getAttribute('lang')).toBe('en');
    }
  });

  for (const theme of ['light', 'dark'] as const)
    it(`documents the Ukrainian card on a ${theme} page, with no serious accessibility violation`, async () => {
      const page = await openFixture(ext, server, '/uk-article.html');
      opened.push(page);
      if (theme === 'dark') await darkenPage(page);
      const term = await pointOfText(page, 'Будапештський меморандум');
      const card = await hoverTerm(ext, page, 'Будапештський меморандум', 'budapest-memorandum');
      expect(await card.getAttribute('data-theme')).toBe(theme);
      await screenshotCard(page, `card-uk-${theme}`, term);
      expect(await axeSeriousViolations(page)).toEqual([]);
    });

  it('switches the card language from the options without reloading an open page', async () => {
    const page = await openFixture(ext, server, '/uk-article.html');
    opened.push(page);
    const before = await hoverTerm(ext, page, 'НАТО', 'nato');
    expect(await before.getByRole('heading', { level: 2 }).innerText()).toBe('НАТО');
    await page.keyboard.press('Escape');

    const options = await ext.context.newPage();
    opened.push(options);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Англійська' }).check();
    await page.bringToFront();
    const reloads: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && reloads.push(frame.url()));
    await hoverText(page, 'Веймарського трикутника');
    const after = await expectCard(page, 'weimar-triangle');
    await expect.poll(() => after.getAttribute('lang')).toBe('en');
    expect(await after.getByRole('heading', { level: 2 }).innerText()).toBe('Weimar Triangle');
    expect(await after.locator('.card__kind').textContent()).toBe('Format');
    expect(reloads).toEqual([]);
    await setSettings(ext, DEFAULTS);
  });

  it('finds an entry by its Ukrainian title first in popup search', async () => {
    const page = await openFixture(ext, server, '/uk-article.html');
    opened.push(page);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    opened.push(popup);
    const search = popup.getByRole('combobox', { name: 'Пошук у базі знань' });
    for (const [title, id] of [
      ['Будапештський меморандум', 'budapest-memorandum'],
      ['Веймарський трикутник', 'weimar-triangle'],
      ['миротворці', 'peacekeepers'],
    ] as const) {
      await search.fill(title);
      await expect.poll(() => popup.locator('[role="option"][data-entry-id]').first().getAttribute('data-entry-id')).toBe(id);
    }
    await popup.locator('[role="option"][data-entry-id="peacekeepers"]').click();
    await popup.getByRole('heading', { level: 2, name: 'Миротворці' }).waitFor();
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
