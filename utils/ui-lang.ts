import { browserName } from '../core/i18n';
import { cardLangFor } from '../core/localise';
import type { CardLang } from '../data/schema';

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}

/**
 * The browser's UI language as the extension's locales resolve it ("en", "uk"): what
 * browser.i18n answers for the locale marker. English outside an extension (unit tests).
 * Apart from utils/i18n.ts so the content script can know it without the locale tables.
 */
export function browserUiLang(): CardLang {
  const { browser, chrome } = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = browser?.i18n ?? chrome?.i18n;
  try {
    return cardLangFor(api?.getMessage(browserName('meta.lang')) || 'en');
  } catch {
    // WXT's fakeBrowser throws "not implemented" for i18n.
    return 'en';
  }
}
