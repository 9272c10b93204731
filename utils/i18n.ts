import en from '../locales/en.json';
import { browserName, createTranslator, lookupIn, type KeyWith, type MessageLookup } from '../core/i18n';

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}

/**
 * browser.i18n, which follows the browser's UI language (English where we have no
 * translation). Null outside an extension: a plain page has no `i18n`, and the unit
 * tests' fake browser throws "not implemented", so the UI renders English there.
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

const translator = createTranslator(extensionLookup() ?? lookupIn(en));

/** The UI language in use ("en", "uk"), for `lang` attributes. */
export const uiLang = translator.lang;
export const { t, plural: tPlural, message: tMessage } = translator;

const SLOT = '\uE000';

/** A one-substitution message split around `$1`, so an element can stand there: "As of <time>". */
export function tAround(key: KeyWith<1>): [before: string, after: string] {
  const [before = '', after = ''] = t(key, SLOT).split(SLOT);
  return [before, after];
}
