import en from '../locales/en.json';
import { browserName, createTranslator, lookupIn, type KeyWith, type MessageLookup } from '../core/i18n';

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}

/**
 * browser.i18n, which follows the browser's UI language (English where we have no
 * translation). Null outside an extension: the unit tests' fake browser throws "not
 * implemented", so the UI renders English there.
 */
function extensionLookup(): MessageLookup | null {
  const { browser, chrome } = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = browser?.i18n ?? chrome?.i18n;
  try {
    if (!api?.getMessage(browserName('meta.lang'))) return null;
  } catch {
    return null;
  }
  return (name, substitutions) => api.getMessage(name, [...substitutions]);
}

/**
 * English from the locale file where there is no browser.i18n: in unit tests only. A
 * built extension always has browser.i18n, and leaving the strings out of the bundles
 * saves every page 1.7 KB of content script (a missing message would show its key).
 */
const fallbackLookup: MessageLookup = import.meta.env.MODE === 'test' ? lookupIn(en) : () => '';

const translator = createTranslator(extensionLookup() ?? fallbackLookup);

/** The UI language in use ("en", "uk"), for `lang` attributes. */
export const uiLang = translator.lang;
export const { t, plural: tPlural, message: tMessage } = translator;

const SLOT = '\uE000';

/** A one-substitution message split around `$1`, so an element can stand there: "As of <time>". */
export function tAround(key: KeyWith<1>): [before: string, after: string] {
  const [before = '', after = ''] = t(key, SLOT).split(SLOT);
  return [before, after];
}
