/**
 * Owns what Kontekst paints: one record per found term, painted through the CSS Custom
 * Highlight API. The page's DOM is never touched; StaticRange keeps the page's own
 * mutations free of live-range bookkeeping.
 */

import type { Density, MarkStyle } from '../../core/settings';
import { compareReadingOrder } from './flat-order';

/** Every painted term. Unstyled itself: the same Highlight is also registered under its style's name. */
export const HIGHLIGHT_NAME = 'kontekst';
export const ACTIVE_HIGHLIGHT_NAME = 'kontekst-active';
/** The painted terms of the paragraph under the pointer, for the 'hover' mark style. */
export const PARAGRAPH_HIGHLIGHT_NAME = 'kontekst-paragraph';
/** The name the painted terms are registered under for each mark style (styled in highlight.css). */
const STYLE_NAMES: Record<MarkStyle, string | null> = {
  underline: 'kontekst-underline',
  background: 'kontekst-background',
  hover: null,
};

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
  setActive(record: TermRecord | null): void;
  /** Registers the painted terms under the style's name (the registry alone changes). */
  setMarkStyle(style: MarkStyle): void;
  readonly markStyle: MarkStyle;
  /** In the 'hover' style: shows the terms of this block (null: none). */
  setHoveredBlock(block: Element | null): void;
  clear(): void;
}

/**
 * `density`: paint every record ('all') or only the first of each entry ('first'). Fixed for
 * the painter's life: a change of density starts a new session (page-annotation.ts).
 */
export function createPainter(win: Window & typeof globalThis, density: Density): Painter {
  const records = new Set<TermRecord>();
  const byNode = new WeakMap<Text, TermRecord[]>();
  const highlight = new win.Highlight();
  const active = new win.Highlight();
  const paragraph = new win.Highlight();
  active.priority = 1;
  win.CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  win.CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, active);
  win.CSS.highlights.set(PARAGRAPH_HIGHLIGHT_NAME, paragraph);
  let markStyle: MarkStyle = 'background';
  let hoveredBlock: Element | null = null;
  const registerStyle = (style: MarkStyle, on: boolean) => {
    const name = STYLE_NAMES[style];
    if (name && on) win.CSS.highlights.set(name, highlight);
    else if (name) win.CSS.highlights.delete(name);
  };
  registerStyle(markStyle, true);

  /** The hovered paragraph's shown terms, again (after a change of block, or of what is shown). */
  const repaintParagraph = () => {
    paragraph.clear();
    if (markStyle !== 'hover' || !hoveredBlock) return;
    for (const record of records) if (record.block === hoveredBlock && highlight.has(record.range)) paragraph.add(record.range);
  };

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
      if (hoveredBlock && added.some((r) => r.block === hoveredBlock)) repaintParagraph();
    },
    remove(drop) {
      let removed = false;
      for (const record of records) {
        if (!drop(record)) continue;
        removed = true;
        records.delete(record);
        highlight.delete(record.range);
        active.delete(record.range);
        paragraph.delete(record.range);
        for (const node of record.nodes) {
          const list = byNode.get(node);
          if (list) byNode.set(node, list.filter((r) => r !== record));
        }
      }
      if (removed && density === 'first') repaintFirstOnly();
    },
    recordsAt: (node) => (byNode.get(node) ?? []).filter((r) => highlight.has(r.range)),
    all: () => sortedRecords(records).filter((r) => highlight.has(r.range)),
    get markStyle() {
      return markStyle;
    },
    setMarkStyle(next) {
      if (next === markStyle) return;
      registerStyle(markStyle, false);
      markStyle = next;
      registerStyle(markStyle, true);
      repaintParagraph();
    },
    setHoveredBlock(block) {
      if (block === hoveredBlock) return;
      hoveredBlock = block;
      repaintParagraph();
    },
    setActive(record) {
      active.clear();
      if (record) active.add(record.range);
    },
    clear() {
      records.clear();
      highlight.clear();
      active.clear();
      paragraph.clear();
      registerStyle(markStyle, false);
      win.CSS.highlights.delete(HIGHLIGHT_NAME);
      win.CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
      win.CSS.highlights.delete(PARAGRAPH_HIGHLIGHT_NAME);
    },
  };
}

/** The distinct entries painted now, in reading order of their first mark (what the badge counts). */
export function paintedEntries(painter: Painter): string[] {
  return [...new Set(painter.all().map((record) => record.entryId))];
}

/** In reading order, shadow trees included (flat-order.ts). */
function sortedRecords(records: Set<TermRecord>): TermRecord[] {
  return [...records].sort((a, b) => {
    if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
    return compareReadingOrder(a.range.startContainer, b.range.startContainer);
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
