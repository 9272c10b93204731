import type { CardLang, EntryKind, KbEntry, Lang, LocalText, Quote, Source } from '../data/schema';

/**
 * A KB entry as one card language reads it: every LocalText resolved to a string. The card,
 * the popup and the options page render this shape, so they never pick a language themselves.
 */
export interface CardEntry {
  id: string;
  kind: EntryKind;
  lang: CardLang;
  title: string;
  summary: string;
  background: string[];
  whyNow?: { text: string; asOf: string };
  timeline: Array<{ date: string; text: string }>;
  positions: CardPosition[];
  roles?: Array<{ title: string; from?: string; to?: string; asOf?: string }>;
  related: string[];
  sources: Source[];
  lastReviewed: string;
}

export interface CardPosition {
  personId?: string;
  name: string;
  role: string;
  side: string;
  stance: string;
  paraphrase: string;
  quote?: CardQuote;
  source: Source;
}

/**
 * A quote as the card shows it. `kontekstTranslation`: `text` is Kontekst's rendering of
 * `original` (in `originalLang`), labelled so on the card and never passed off as the
 * speaker's words. `translatedBy`: the published words are themselves a translation by them.
 */
export interface CardQuote {
  text: string;
  lang: Lang;
  translatedBy?: string;
  kontekstTranslation: boolean;
  original?: string;
  originalLang?: Lang;
}

export function localiseQuote(quote: Quote, lang: CardLang): CardQuote {
  const rendering = quote.lang === lang ? undefined : quote.translation?.[lang];
  const base = quote.translatedBy === undefined ? {} : { translatedBy: quote.translatedBy };
  if (rendering === undefined) return { ...base, text: quote.text, lang: quote.lang, kontekstTranslation: false };
  return { ...base, text: rendering, lang, kontekstTranslation: true, original: quote.text, originalLang: quote.lang };
}

export function localiseEntry(entry: KbEntry, lang: CardLang): CardEntry {
  const pick = (text: LocalText) => text[lang];
  const card: CardEntry = {
    id: entry.id,
    kind: entry.kind,
    lang,
    title: pick(entry.title),
    summary: pick(entry.summary),
    background: entry.background.map(pick),
    timeline: entry.timeline.map((event) => ({ date: event.date, text: pick(event.text) })),
    positions: entry.positions.map((p) => ({
      ...(p.personId === undefined ? {} : { personId: p.personId }),
      name: pick(p.name),
      role: pick(p.role),
      side: pick(p.side),
      stance: pick(p.stance),
      paraphrase: pick(p.paraphrase),
      ...(p.quote === undefined ? {} : { quote: localiseQuote(p.quote, lang) }),
      source: p.source,
    })),
    related: entry.related,
    sources: entry.sources,
    lastReviewed: entry.lastReviewed,
  };
  if (entry.whyNow) card.whyNow = { text: pick(entry.whyNow.text), asOf: entry.whyNow.asOf };
  if (entry.roles) card.roles = entry.roles.map(({ title, ...dates }) => ({ title: pick(title), ...dates }));
  return card;
}

/**
 * What popup search indexes of an entry: its title in the reader's language, and as names
 * its aliases and its titles in every other card language, so a Ukrainian title finds the
 * entry in an English popup and the reverse. Summaries of all languages are searched too.
 */
export function searchableEntry(entry: KbEntry, lang: CardLang) {
  const otherTitles = Object.entries(entry.title)
    .filter(([l]) => l !== lang)
    .map(([, text]) => ({ text }));
  return {
    id: entry.id,
    title: entry.title[lang],
    aliases: [...otherTitles, ...entry.aliases],
    summary: `${entry.summary[lang]} ${Object.entries(entry.summary).filter(([l]) => l !== lang).map(([, s]) => s).join(' ')}`,
  };
}

/** Every entry as search indexes it, with how many other entries link to it as its prominence. */
export function searchableEntries(kb: readonly KbEntry[], lang: CardLang) {
  const inbound = new Map<string, number>();
  for (const entry of kb) for (const id of new Set(entry.related)) inbound.set(id, (inbound.get(id) ?? 0) + 1);
  return kb.map((entry) => ({ ...searchableEntry(entry, lang), prominence: inbound.get(entry.id) ?? 0 }));
}

/** The card languages, best first, for a UI language ("uk-UA" → uk; anything else → en). */
export function cardLangFor(uiLang: string): CardLang {
  return uiLang.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}
