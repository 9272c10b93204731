/** How many times one entry is marked on a page. */
import type { TermSpan } from './scan';

export type Density = 'all' | 'first';

/**
 * Keeps every span ('all') or only the first per entry across calls ('first'); `seen`
 * carries the entries already marked across the blocks of one page (only 'first' uses it).
 */
export function applyDensity(spans: readonly TermSpan[], density: Density, seen: Set<string>): TermSpan[] {
  if (density === 'all') return spans.slice();
  const kept: TermSpan[] = [];
  for (const span of spans) {
    if (seen.has(span.entryId)) continue;
    seen.add(span.entryId);
    kept.push(span);
  }
  return kept;
}
