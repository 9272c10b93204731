import type { CardLang, KbEntry } from '../data/schema';
import { localiseEntry, type CardEntry } from './localise';

/**
 * What a page needs to show one entry's card: the entry and every entry the card links to
 * (related chips, people named in its positions), in one card language. The background
 * answers the content script with this, so a page holds only the cards its reader opened.
 */
export function cardBundle(byId: ReadonlyMap<string, KbEntry>, entryId: string, lang: CardLang): CardEntry[] {
  const entry = byId.get(entryId);
  if (!entry) return [];
  const linked = new Set([...entry.related, ...entry.positions.flatMap((p) => (p.personId ? [p.personId] : []))]);
  linked.delete(entryId);
  const bundle = [localiseEntry(entry, lang)];
  for (const id of linked) {
    const other = byId.get(id);
    if (other) bundle.push(localiseEntry(other, lang));
  }
  return bundle;
}
