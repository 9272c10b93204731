import type { Matcher, PreparedPage, TermSpan } from '../../core/matcher';
import type { Painter, TermRecord } from './painter';
import { containsComposed } from './flat-order';
import { openShadowRoots, undefinedElements } from './shadow-roots';
import { locate, walkTextRuns, type TextRun } from './text-walk';
import { SLICE_MS, yieldToPage } from './yield';

/**
 * Work units (a run counts 64 plus its length) between two looks at the clock: reading
 * it after every run cost more than some runs. Small enough that a cold page (the content
 * script always starts with a cold JIT, several times slower) still yields on time.
 */
const CLOCK_EVERY = 1024;
/** A run with a letter. Hoisted: the bundler turns a `\p{…}` literal into a `new RegExp` per use. */
const LETTER = /\p{L}/u;

export interface Annotator {
  /**
   * Scans `roots` and paints what it finds. `priority` (a block element around the
   * viewport) is scanned first, so what the reader sees is painted first.
   */
  scan(roots: readonly Node[], priority?: Node | null): Promise<void>;
  /** Forgets and unpaints every record inside `root` (or touching a node no longer in the page). */
  forget(root: Node | null): void;
}

/** The current slice: when it began, and the work done since the clock was last read. */
interface Slice {
  start: number;
  work: number;
}

export interface AnnotatorDeps {
  matcher: Matcher;
  /** The current page context (it changes on SPA navigation). */
  page: () => PreparedPage;
  painter: Painter;
  uiHostTag: string;
  signal: AbortSignal;
  now?: () => number;
  /** Gives the page a turn when a slice is used up (default: yield.ts; the bench instruments it). */
  yieldToPage?: () => Promise<void>;
  onPainted?: () => void;
  /** Each open shadow root met in a scan (it needs observing, and maybe styles). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Custom elements not defined yet in a scanned subtree (their definition may bring a shadow root). */
  onUndefinedElements?: (elements: readonly Element[]) => void;
}

export function createAnnotator(deps: AnnotatorDeps): Annotator {
  const { matcher, page, painter, uiHostTag, signal } = deps;
  const now = deps.now ?? (() => performance.now());
  const giveWay = deps.yieldToPage ?? yieldToPage;
  const visibility = new WeakMap<Element, boolean>();

  const isVisible = (block: Element): boolean => {
    let seen = visibility.get(block);
    if (seen === undefined) {
      // checkVisibility reads the page's already-computed style: no forced layout.
      seen = typeof block.checkVisibility === 'function' ? block.checkVisibility() : true;
      visibility.set(block, seen);
    }
    return seen;
  };

  const recordsOf = (run: TextRun, spans: readonly TermSpan[]): TermRecord[] =>
    spans.map((span) => {
      const start = locate(run, span.start, false);
      const end = locate(run, span.end, true);
      const first = run.nodes.indexOf(start.node);
      const last = run.nodes.indexOf(end.node, first);
      return {
        entryId: span.entryId,
        text: run.text.slice(span.start, span.end),
        range: new StaticRange({
          startContainer: start.node,
          startOffset: start.offset,
          endContainer: end.node,
          endOffset: end.offset,
        }),
        block: run.block,
        nodes: run.nodes.slice(first, last + 1),
      };
    });

  /**
   * Walks `root`, then the open shadow roots in it (each in turn, nested ones included),
   * leaving out `skip` (an already-scanned subtree), yielding whenever the current slice
   * (which `slice.start` began, possibly in an earlier root) is used up.
   */
  async function scanRoot(root: Node, found: TermRecord[], slice: Slice, skip?: Node): Promise<void> {
    // The walker leaves out `skip` itself (it does not even walk a block `skip`).
    for (const run of walkTextRuns(root, uiHostTag, skip)) {
      if (signal.aborted) return;
      if (LETTER.test(run.text)) {
        const spans = matcher.findTermSpans(run.text, page());
        // Visibility only where there is something to paint: most runs have no term.
        if (spans.length && isVisible(run.block)) found.push(...recordsOf(run, spans));
      }
      // Counted for letterless and hidden runs too: a long stretch of them must not hold
      // the page either.
      slice.work += 64 + run.text.length;
      if (slice.work < CLOCK_EVERY) continue;
      slice.work = 0;
      if (now() - slice.start > SLICE_MS) {
        flush(found);
        await giveWay();
        slice.start = now();
      }
    }
    // Finding shadow hosts reads every element once (a few ms on a 10,000-element page): in a
    // fresh slice when this one is half spent, so the two together stay short.
    if (now() - slice.start > SLICE_MS / 2) {
      flush(found);
      await giveWay();
      slice.start = now();
    }
    for (const shadow of openShadowRoots(root, uiHostTag)) {
      if (signal.aborted) return;
      if (skip?.contains(shadow.host)) continue;
      deps.onShadowRoot?.(shadow);
      await scanRoot(shadow, found, slice);
    }
    const waiting = deps.onUndefinedElements ? undefinedElements(root) : [];
    if (waiting.length) deps.onUndefinedElements?.(waiting);
  }

  function flush(found: TermRecord[]) {
    if (!found.length || signal.aborted) return;
    // Text may have changed while we yielded; never paint a range over other text.
    const fresh = found.filter(stillMatches);
    painter.add(fresh);
    found.length = 0;
    deps.onPainted?.();
  }

  return {
    async scan(roots, priority) {
      // Start in a task of our own: the caller may have spent this one already (the
      // session compiles the matcher just before its first scan).
      await giveWay();
      const found: TermRecord[] = [];
      const slice: Slice = { start: now(), work: 0 };
      if (priority) await scanRoot(priority, found, slice);
      for (const root of roots) {
        if (signal.aborted) return;
        if (priority?.contains(root)) continue;
        await scanRoot(root, found, slice, priority && root.contains(priority) ? priority : undefined);
      }
      flush(found);
    },
    forget(root) {
      painter.remove(
        (record) => !record.nodes.every((n) => n.isConnected) || (root !== null && containsComposed(root, record.nodes[0]!)),
      );
    },
  };
}

/** Whether a record's range still covers exactly the text it was found in. */
function stillMatches(record: TermRecord): boolean {
  const { startContainer, startOffset, endContainer, endOffset } = record.range;
  if (!record.nodes.every((node) => node.isConnected)) return false;
  let text = '';
  for (const node of record.nodes) {
    const from = node === startContainer ? startOffset : 0;
    const to = node === endContainer ? endOffset : node.data.length;
    text += node.data.slice(from, to);
  }
  return text === record.text;
}
