/**
 * Builds the matching index (build time, tests and the eval; never imported by the content
 * script, which only decodes it: core/match-index.ts).
 */
import { type KbEntry, type MatchEntry, matchEntryOf } from '../data/schema';
import { derivedAliases } from './matcher/variants';

/**
 * `entries` with the aliases derived from their own (core/matcher/variants.ts): done here,
 * at build time, so a page pays neither the derivation nor its code. Tests and the eval
 * compile the matcher from this too, so they see what a page sees.
 */
export function withDerivedAliases(entries: readonly MatchEntry[]): MatchEntry[] {
  return entries.map((entry) => {
    const derived = derivedAliases(entry);
    return derived.length === 0 ? entry : { ...entry, aliases: [...entry.aliases, ...derived] };
  });
}

/** What matching needs of the KB, derived aliases included (encode it to ship it). */
export function matchIndexOf(kb: readonly KbEntry[]): MatchEntry[] {
  return withDerivedAliases(kb.map(matchEntryOf));
}
