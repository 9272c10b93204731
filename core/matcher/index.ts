/**
 * The matcher: finds KB aliases in page text in one pass and returns spans over the
 * original text. See scan.ts for the pass, walker.ts for stems/typos, compile.ts for
 * the tables, disambiguation.ts for context rules.
 */
import type { MatchEntry } from '../../data/schema';
import { type CompiledKb, compileKb, compileKbSteps } from './compile';
import { EMPTY_PAGE, type PageContext, type PreparedPage, pageCueText } from './disambiguation';
import { Scanner, type TermSpan } from './scan';

export type { TermSpan } from './scan';
export type { PageContext, PreparedPage } from './disambiguation';
export { applyDensity, type Density } from './density';
export { syntheticKb } from './synthetic';

export interface MatcherOptions {
  /** Muted entry ids are never returned. */
  muted?: ReadonlySet<string>;
}

export interface Matcher {
  readonly aliasCount: number;
  /**
   * Prepares page-level context once per page: the title and lead as cues, and a memory of
   * the entries the page names in full (title, lead, then every block scanned with it).
   */
  preparePage(page: PageContext): PreparedPage;
  /** All non-overlapping spans in `text`, in order. Never throws. */
  findTermSpans(text: string, page?: PreparedPage): TermSpan[];
}

export function compileMatcher(entries: readonly MatchEntry[], options: MatcherOptions = {}): Matcher {
  return matcherOf(compileKb(entries, options.muted ?? new Set()));
}

/** {@link compileMatcher} in steps (one per KB entry), for a caller that spreads it over tasks. */
export function* compileMatcherSteps(entries: readonly MatchEntry[], options: MatcherOptions = {}): Generator<void, Matcher, void> {
  return matcherOf(yield* compileKbSteps(entries, options.muted ?? new Set()));
}

function matcherOf(kb: CompiledKb): Matcher {
  const scanner = new Scanner(kb);
  return {
    aliasCount: kb.aliases.count,
    preparePage(page) {
      const prepared: PreparedPage = { cueText: pageCueText(page), named: new Uint8Array(kb.entryIds.length) };
      for (const text of [page.title, page.lead]) if (text) scanner.scan(text, prepared);
      return prepared;
    },
    findTermSpans: (text, page) => (typeof text === 'string' && text.length > 0 ? scanner.scan(text, page ?? EMPTY_PAGE) : []),
  };
}
