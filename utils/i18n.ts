import en from '../locales/en.json';
import uk from '../locales/uk.json';
import { browserName, createTranslator, lookupIn, type Translator } from '../core/i18n';
import { cardLangFor } from '../core/localise';
import type { CardLang } from '../data/schema';

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}

const TABLES: Record<CardLang, object> = { en, uk };
const translators = new Map<CardLang, Translator>();

/**
 * A translator for one of the languages Kontekst ships. Cards use it for the reader's card
 * language, which may differ from the browser's; the tables are the locale files themselves.
 */
export function translatorFor(lang: CardLang): Translator {
  let translator = translators.get(lang);
  if (!translator) translators.set(lang, (translator = createTranslator(lookupIn(TABLES[lang]))));
  return translator;
}

/**
 * The browser's UI language as the extension's locales resolve it ("en", "uk"): what
 * browser.i18n answers for the locale marker. English outside an extension (unit tests).
 */
function browserUiLang(): CardLang {
  const { browser, chrome } = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = browser?.i18n ?? chrome?.i18n;
  try {
    return cardLangFor(api?.getMessage(browserName('meta.lang')) || 'en');
  } catch {
    // WXT's fakeBrowser throws "not implemented" for i18n.
    return 'en';
  }
}

/** The UI language in use, for `lang` attributes and for "card language: follow the browser". */
export const uiLang: CardLang = browserUiLang();
export const uiTranslator = translatorFor(uiLang);
export const { t, plural: tPlural, message: tMessage, around: tAround } = uiTranslator;
