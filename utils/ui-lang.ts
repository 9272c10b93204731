import { browserName } from '../core/i18n';
import { cardLangFor } from '../core/localise';
import type { CardLang } from '../data/schema';

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}

/**
 * The browser's UI language as the extension's locales resolve it ("en", "uk"): what
 * browser.i18n answers for the locale marker; English where there is no browser.i18n.
 * Apart from utils/i18n.ts so the content script can know it without the locale tables.
 */
export function browserUiLang(): CardLang {
  const { browser, chrome } = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = browser?.i18n ?? chrome?.i18n;
  return cardLangFor(api?.getMessage(browserName('meta.lang')) || 'en');
}
