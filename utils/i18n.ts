import en from '../locales/en.json';
import uk from '../locales/uk.json';
import { createTranslator, flattenMessages, lookupIn, type Translator } from '../core/i18n';
import type { CardLang } from '../data/schema';
import { browserUiLang } from './ui-lang';

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

/** The UI language in use, for `lang` attributes and for "card language: follow the browser". */
export const uiLang: CardLang = browserUiLang();
export const uiTranslator = translatorFor(uiLang);
export const { t, plural: tPlural, message: tMessage, around: tAround } = uiTranslator;

/**
 * The card's own strings ("card_whyNow" …) in one language, flattened as browser.i18n names
 * them: the background sends them with the card's text, so pages carry no locale tables.
 */
const cardStrings = new Map<CardLang, Record<string, string>>();
export function cardStringsFor(lang: CardLang): Record<string, string> {
  let strings = cardStrings.get(lang);
  if (!strings) {
    const { meta, card } = TABLES[lang] as { meta: object; card: object };
    cardStrings.set(lang, (strings = Object.fromEntries(flattenMessages({ meta, card }))));
  }
  return strings;
}
