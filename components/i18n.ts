import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../core/i18n';

/**
 * The translator a component tree renders with, passed in by its host (card, popup,
 * options), so components stay presentational and render in tests without a browser.
 */
export const TranslatorContext = createContext<Translator | null>(null);

export function useTranslator(): Translator {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('A Kontekst component rendered outside a TranslatorContext provider');
  return translator;
}
