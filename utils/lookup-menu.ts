import { browser } from '#imports';
import { t } from './i18n';

const MENU_ID = 'kontekst-lookup';
/** Long selections are a mistake, not a query: search the first words only. */
const MAX_QUERY_LENGTH = 100;

/**
 * Adds "Look up “…” in Kontekst" to the menu of selected text. Called on install/update and
 * on browser start: menus persist, and the title must follow a changed browser language.
 */
export function createLookupMenu(): void {
  const title = t('menu.lookUp');
  browser.contextMenus.create({ id: MENU_ID, title, contexts: ['selection'] }, () => {
    // "Duplicate id": the menu exists from an earlier run; only its title may be stale.
    if (browser.runtime.lastError) void browser.contextMenus.update(MENU_ID, { title });
  });
}

/** The popup page, opened as a tab, searching `text` for the tab it came from. */
export function lookupUrl(text: string, tabId: number | undefined): string {
  const params = new URLSearchParams({ q: text.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH) });
  if (tabId !== undefined && tabId >= 0) params.set('tab', String(tabId));
  return `${browser.runtime.getURL('/popup.html')}?${params}`;
}

/**
 * Opens the search next to the page. A tab works the same in Chromium and Firefox;
 * `action.openPopup()` is not allowed from a menu click in every browser version.
 */
export function listenForLookups(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    void browser.tabs.create({
      url: lookupUrl(info.selectionText, tab?.id),
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
    });
  });
}
