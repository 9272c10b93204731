/**
 * The benchmark's code inside a page. Bundled by tests/bench/bundle.ts (esbuild, IIFE)
 * and evaluated in each corpus page; it exposes `window.__kontekstBench`.
 *
 * The Kontekst run is the session's own annotation setup (entrypoints/content/annotation-setup.ts:
 * the matcher compiled in slices, the page context, the annotator, the first scan) over the
 * matching index served as plain data like `virtual:kontekst-match-index` in the build. Only
 * the yield it is given is instrumented (tests/bench/yield-probe.ts), to split wall time
 * into slices and gaps.
 */
import encodedIndex from 'virtual:kontekst-match-index';
import { decodeMatchIndex } from '../../core/match-index';
import { setUpAnnotation } from '../../entrypoints/content/annotation-setup';
import { createPainter, paintedEntries, type Painter } from '../../entrypoints/content/painter';
import { walkTextRuns } from '../../entrypoints/content/text-walk';
import { UI_HOST_TAG } from '../../entrypoints/content/ui-host';
import type { FloorResult, KontekstResult, PageBench, ReadResult, RegexResult } from './types';
import { endYieldStats, resetYieldStats, yieldStats, yieldToPage as probedYield } from './yield-probe';

const win = window;
const doc = document;
const rootOf = (): Node => doc.body ?? doc.documentElement;

interface LongTask {
  start: number;
  duration: number;
}
const longTasks: LongTask[] = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: longTasks stays empty (reported as 0).
}

let live: { painter: Painter; abort: AbortController } | null = null;

function clear(): void {
  live?.abort.abort();
  live?.painter.clear();
  live = null;
}

/** 1. The floor: a bare TreeWalker pass reading every text node's data. */
function floor(iterations: number): FloorResult {
  const root = rootOf();
  let chars = 0;
  let textNodes = 0;
  const start = performance.now();
  for (let k = 0; k < iterations; k++) {
    chars = 0;
    textNodes = 0;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      chars += (node as Text).data.length;
      textNodes++;
    }
  }
  return { ms: (performance.now() - start) / iterations, iterations, chars, textNodes };
}

/**
 * 1b. The floor's pass, plus a JavaScript read of every character of every node
 * (charCodeAt into a checksum): the least any matcher written in JavaScript must do.
 * The floor, read and regex loops are written out on purpose: a shared loop taking a
 * callback per node would add a call to each, and the floor must stay bare.
 */
function read(iterations: number): ReadResult {
  const root = rootOf();
  let checksum = 0;
  const start = performance.now();
  for (let k = 0; k < iterations; k++) {
    checksum = 0;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) checksum = (checksum * 31 + data.charCodeAt(i)) | 0;
    }
  }
  return { ms: (performance.now() - start) / iterations, iterations, checksum };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The combined pattern: longest alias first, escaped, whitespace-tolerant, Unicode word edges. */
let combined: { key: string; re: RegExp } | null = null;
function combinedRegex(aliases: readonly string[]): RegExp {
  const key = aliases.join('\u0000');
  if (combined?.key !== key) {
    const sources = [...aliases].sort((a, b) => b.length - a.length).map((a) => escapeRegex(a).replace(/\s+/g, '\\s+'));
    combined = { key, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu') };
  }
  return combined.re;
}

/** 3. One combined, case-insensitive regex of every alias over the floor's text nodes. */
function regex(aliases: readonly string[], iterations: number): RegexResult {
  const root = rootOf();
  const re = combinedRegex(aliases);
  let matches = 0;
  const start = performance.now();
  for (let k = 0; k < iterations; k++) {
    matches = 0;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      re.lastIndex = 0;
      while (re.exec(data)) matches++;
    }
  }
  return { ms: (performance.now() - start) / iterations, iterations, matches };
}

/** A task boundary, so the scan starts in its own task (where Long Tasks can see it). */
const newTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * 2. Kontekst's annotation path, as a session runs it on a page (setUpAnnotation): compile
 * the matcher in slices, read the page context, scan the body with the viewport block first.
 */
async function kontekst(mode: 'real' | 'none'): Promise<KontekstResult> {
  clear();
  await newTask();
  const start = performance.now();
  resetYieldStats(mode, start);
  const abort = new AbortController();
  const painter = createPainter(win, 'all');
  live = { painter, abort };
  let compileMs = 0;
  const annotation = await setUpAnnotation({
    window: win,
    kb: decodeMatchIndex(encodedIndex),
    muted: new Set(),
    painter,
    signal: abort.signal,
    yieldToPage: probedYield,
    onCompiled: () => void (compileMs = performance.now() - start),
    // What a session does after every flush: the distinct entries, for the badge.
    onPainted: () => void paintedEntries(painter),
  });
  await annotation.scanPage();
  const end = performance.now();
  const wallMs = end - start;
  endYieldStats(end);
  return {
    start,
    wallMs,
    idleMs: yieldStats.idleMs,
    cpuMs: wallMs - yieldStats.idleMs,
    compileMs,
    yields: yieldStats.yields,
    maxSliceMs: yieldStats.maxSliceMs,
    painted: win.CSS.highlights.get('kontekst')?.size ?? 0,
  };
}

/** Durations of the long tasks that started in [from, to] (entries arrive after their task ends). */
function longTasksBetween(from: number, to: number): number[] {
  return longTasks.filter((t) => t.start >= from - 1 && t.start <= to).map((t) => t.duration);
}

function runTexts(): string[] {
  return [...walkTextRuns(rootOf(), UI_HOST_TAG)].map((run) => run.text);
}

const api: PageBench = { floor, read, regex, kontekst, longTasksBetween, clear, runTexts };
(win as unknown as { __kontekstBench: PageBench }).__kontekstBench = api;
