
export interface PageTermGroup {
  entryId: string;
  title: string;
  /** How many times the entry is marked on the page. */
  count: number;
}

/**
 * The popup's "On this page" list: one row per entry, most mentioned first. Terms whose
 * entry is not in the KB (a stale content script after an update) are left out.
 */
export function groupPageTerms(
  terms: ReadonlyArray<{ entryId: string }>,
  getEntry: (id: string) => { title: string } | undefined,
): PageTermGroup[] {
  const counts = new Map<string, number>();
  for (const { entryId } of terms) counts.set(entryId, (counts.get(entryId) ?? 0) + 1);
  const groups: PageTermGroup[] = [];
  for (const [entryId, count] of counts) {
    const entry = getEntry(entryId);
    if (entry) groups.push({ entryId, title: entry.title, count });
  }
  return groups.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}

/**
 * A short starting list for an empty search: the entries other entries point to most,
 * which are the hubs of the KB (NATO, security guarantees, the Budapest Memorandum),
 * leaving out those already listed (the page's terms).
 */
export function keyEntries(
  kb: ReadonlyArray<{ id: string; title: string; related: readonly string[] }>,
  limit = 6,
  exclude: ReadonlySet<string> = new Set(),
): Array<{ id: string; title: string }> {
  const inbound = new Map<string, number>();
  for (const entry of kb) for (const id of new Set(entry.related)) inbound.set(id, (inbound.get(id) ?? 0) + 1);
  return kb
    .filter((entry) => !exclude.has(entry.id))
    .sort((a, b) => (inbound.get(b.id) ?? 0) - (inbound.get(a.id) ?? 0) || a.title.localeCompare(b.title))
    .slice(0, limit)
    .map(({ id, title }) => ({ id, title }));
}
