/**
 * Owns what Kontekst paints: one record per found term, painted through the CSS Custom
 * Highlight API. The page's DOM is never touched; StaticRange keeps the page's own
 * mutations free of live-range bookkeeping.
 */

export const HIGHLIGHT_NAME = 'kontekst';
export const ACTIVE_HIGHLIGHT_NAME = 'kontekst-active';

export interface TermRecord {
  entryId: string;
  /** The page text that was matched. */
  text: string;
  range: StaticRange;
  block: Element;
  nodes: Text[];
}

export interface Painter {
  add(records: readonly TermRecord[]): void;
  /** Drops the records `drop` selects, unpainting them. */
  remove(drop: (record: TermRecord) => boolean): void;
  /** Painted records touching this text node, for hit-testing. */
  recordsAt(node: Text): readonly TermRecord[];
  /** Every painted record, in document order. */
  all(): TermRecord[];
  /** Shows only the first record of each entry ('first') or all ('all'). */
  setDensity(density: 'all' | 'first'): void;
  setActive(record: TermRecord | null): void;
  clear(): void;
}

export function createPainter(win: Window & typeof globalThis): Painter {
  const records = new Set<TermRecord>();
  const byNode = new WeakMap<Text, TermRecord[]>();
  const highlight = new win.Highlight();
  const active = new win.Highlight();
  active.priority = 1;
  win.CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  win.CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, active);
  let density: 'all' | 'first' = 'all';

  const repaintFirstOnly = () => {
    highlight.clear();
    const seen = new Set<string>();
    for (const record of sortedRecords(records)) {
      if (seen.has(record.entryId)) continue;
      seen.add(record.entryId);
      highlight.add(record.range);
    }
  };

  return {
    add(added) {
      for (const record of added) {
        // A block rescanned by a mutation batch while the first pass was running may arrive twice.
        if (byNode.get(record.nodes[0]!)?.some((other) => sameSpan(other, record))) continue;
        records.add(record);
        for (const node of record.nodes) {
          const list = byNode.get(node);
          if (list) list.push(record);
          else byNode.set(node, [record]);
        }
        if (density === 'all') highlight.add(record.range);
      }
      if (density === 'first' && added.length) repaintFirstOnly();
    },
    remove(drop) {
      let removed = false;
      for (const record of records) {
        if (!drop(record)) continue;
        removed = true;
        records.delete(record);
        highlight.delete(record.range);
        active.delete(record.range);
        for (const node of record.nodes) {
          const list = byNode.get(node);
          if (list) byNode.set(node, list.filter((r) => r !== record));
        }
      }
      if (removed && density === 'first') repaintFirstOnly();
    },
    recordsAt: (node) => (byNode.get(node) ?? []).filter((r) => highlight.has(r.range)),
    all: () => sortedRecords(records).filter((r) => highlight.has(r.range)),
    setDensity(next) {
      if (next === density) return;
      density = next;
      if (density === 'first') repaintFirstOnly();
      else for (const record of records) highlight.add(record.range);
    },
    setActive(record) {
      active.clear();
      if (record) active.add(record.range);
    },
    clear() {
      records.clear();
      highlight.clear();
      active.clear();
      win.CSS.highlights.delete(HIGHLIGHT_NAME);
      win.CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
    },
  };
}

function sortedRecords(records: Set<TermRecord>): TermRecord[] {
  return [...records].sort((a, b) => {
    if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
    const relation = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
    return relation & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

function sameSpan(a: TermRecord, b: TermRecord): boolean {
  return (
    a.entryId === b.entryId &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}
