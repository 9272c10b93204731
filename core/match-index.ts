/**
 * The content script's matching index, built at build time (wxt.config.ts): per entry only
 * what matching needs, plus the aliases derived from its own (core/matcher/variants.ts).
 * Tests and the eval compile the matcher from this too, so they see what a page sees.
 */
import { type KbEntry, type MatchEntry, matchEntryOf } from '../data/schema';
import { derivedAliases } from './matcher/variants';

/** `entries` with their derived aliases appended. */
export function withDerivedAliases(entries: readonly MatchEntry[]): MatchEntry[] {
  return entries.map((entry) => {
    const derived = derivedAliases(entry);
    return derived.length === 0 ? entry : { ...entry, aliases: [...entry.aliases, ...derived] };
  });
}

export function matchIndexOf(kb: readonly KbEntry[]): MatchEntry[] {
  return withDerivedAliases(kb.map(matchEntryOf));
}
