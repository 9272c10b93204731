import { browser } from '#imports';
import type { CardLang } from '../../data/schema';
import type { EntryCardsResponse } from '../../utils/messages';

/** A card's text and labels, from the background, which holds the whole KB. */
export async function requestCards(entryId: string, lang: CardLang): Promise<EntryCardsResponse> {
  const answer = (await browser.runtime.sendMessage({ type: 'entry-cards', entryId, lang })) as EntryCardsResponse | undefined;
  return answer ?? { cards: [], strings: {} };
}

/** The distinct entries this frame paints, for the badge (null: Kontekst is off here). */
export function reportTermCount(entryIds: string[] | null): void {
  browser.runtime.sendMessage({ type: 'term-count', distinct: entryIds?.length ?? null, entryIds: entryIds ?? undefined }).catch(() => {
    // The background may be restarting; the next change reports again.
  });
}
