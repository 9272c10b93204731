import { createTranslator, lookupInFlat, type Translator } from '../../core/i18n';
import type { CardEntry } from '../../core/localise';
import type { CardLang } from '../../data/schema';

export interface CardStore {
  /** The entry's card in the current language, if it has arrived. */
  get(entryId: string): CardEntry | undefined;
  /**
   * Asks for the entry's card and the cards it links to, once per entry and language.
   * Resolves true when the entry's own card is there.
   */
  load(entryId: string): Promise<boolean>;
  setLang(lang: CardLang): void;
  readonly lang: CardLang;
  /** The card's labels in the current language; there once a card of that language has loaded. */
  translator(): Translator | undefined;
}

export interface CardStoreDeps {
  lang: CardLang;
  /** One request to the extension: the entry, the entries it links to, and the card's labels. */
  request: (entryId: string, lang: CardLang) => Promise<{ cards: CardEntry[]; strings: Record<string, string> }>;
}

/**
 * The cards this page has opened, by language. The page starts with none: card text
 * comes from the background when the reader first points at a term, so a page carries
 * only the matching index however large the KB grows.
 */
export function createCardStore(deps: CardStoreDeps): CardStore {
  let lang = deps.lang;
  const cards = new Map<string, CardEntry>();
  const loads = new Map<string, Promise<boolean>>();
  const translators = new Map<CardLang, Translator>();
  const key = (entryId: string) => `${lang}\u0000${entryId}`;

  return {
    get lang() {
      return lang;
    },
    setLang(next) {
      lang = next;
    },
    get: (entryId) => cards.get(key(entryId)),
    translator: () => translators.get(lang),
    load(entryId) {
      const k = key(entryId);
      const pending = loads.get(k);
      if (pending) return pending;
      const asked = lang;
      const loading = deps.request(entryId, asked).then(
        ({ cards: bundle, strings }) => {
          for (const card of bundle) if (card.lang === asked) cards.set(`${asked}\u0000${card.id}`, card);
          if (!translators.has(asked)) translators.set(asked, createTranslator(lookupInFlat(strings)));
          return cards.has(k);
        },
        () => {
          // The extension was updated or reloaded under the page: let a later hover ask again.
          loads.delete(k);
          return false;
        },
      );
      loads.set(k, loading);
      return loading;
    },
  };
}
