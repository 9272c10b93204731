/**
 * The in-Chromium half of the benchmark: per corpus page, the floor, Kontekst (real
 * yielding run and no-yield run), the combined regex, mark.js, long tasks and JS heap,
 * then time to first highlight with the real built extension. Everything runs in one
 * Chromium (the harness's persistent context with the built extension), one page at a
 * time. For the in-page measurements Kontekst itself is switched off for 127.0.0.1 (so
 * the extension does not annotate the page under test) and the page's own JavaScript is
 * disabled while it loads (CDP Emulation.setScriptExecutionDisabled), then re-enabled for
 * our injected code, so no page script ever runs and timings are stable.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser, FixtureServer } from '../e2e/harness';
import type { FloorResult, KontekstResult, MarkjsBench, MarkjsResult, PageBench, RegexResult } from './types';

export interface BrowserBenchOptions {
  repetitions: number;
  /** Each floor/regex measurement repeats its pass until it lasts at least this long. */
  minMeasureMs: number;
  markjsCapMs: number;
  /**
   * Total time mark.js may take over the whole run: when it runs short, later pages get a
   * lower cap (never above markjsCapMs), so a full run stays within its time budget.
   */
  markjsBudgetMs: number;
  /**
   * mark.js runs are repeated (up to `repetitions`) only while each takes under this and
   * the page's runs together stay within its cap.
   */
  markjsRepeatBelowMs: number;
  markjsChunk: number;
  firstPaintRepetitions: number;
  log: (line: string) => void;
}

export interface PageMeasure {
  file: string;
  chars: number;
  textNodes: number;
  /** Characters in the runs the annotator reads (its skips applied). */
  annotatedChars: number;
  floorMs: number;
  /** Renderer main-thread CPU time of one floor pass (CDP Performance ThreadTime). */
  floorThreadMs: number;
  floorIterations: number;
  /** The floor plus a JavaScript read of every character (charCodeAt): the least a JS matcher does. */
  readMs: number;
  readIterations: number;
  /** Median wall time of the real (yielding) annotation, compile included. */
  kontekstMs: number;
  /** Median renderer main-thread CPU time of the real run (frames rendered during it included). */
  kontekstThreadMs: number;
  /** The first real run on the page: fresh JS context, cold JIT, as the content script runs. */
  kontekstColdMs: number;
  /** Median sum of the real run's slices (its wall time minus its idle gaps between slices). */
  kontekstSlicesMs: number;
  /** Median wall time with the yield replaced by nothing: one task, pure CPU. */
  kontekstCpuMs: number;
  compileMs: number;
  yields: number;
  painted: number;
  regexMs: number;
  regexThreadMs: number;
  regexIterations: number;
  regexMatches: number;
  markjsMs: number | null;
  /** The deadline this page's mark.js runs had. */
  markjsCapMs: number;
  markjsRuns: number;
  markjsMatches: number;
  /** When capped: how far mark.js got before the deadline. */
  markjsAliasesDone: number;
  /** PerformanceObserver 'longtask' (wall time) over every real run, the worst run's count. */
  longTasksOver50: number;
  maxLongTaskMs: number;
  /** Traced runs (the cold one and one warm one): main-thread tasks with over 50 ms of CPU time. */
  cpuLongTasksOver50: number;
  maxTaskCpuMs: number;
  /** Longest stretch the annotator ran without yielding (wall), over the cold and measured runs. */
  maxSliceMs: number;
  coldMaxSliceMs: number;
  /** Main-thread CPU of one empty evaluate round trip, subtracted from every thread time. */
  threadOverheadMs: number;
  heapAddedBytes: number;
  embedderHeapAddedBytes: number;
  /** First highlight after DOMContentLoaded end, real extension (null: no term on the page). */
  firstPaintMs: number | null;
  /** The same after Chromium's document_idle point (load event or DCL + 200 ms). */
  firstPaintAfterIdleMs: number | null;
  runTexts: string[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const LOCAL_ONLY = /^(?!http:\/\/127\.0\.0\.1[:/])/;

async function openWithoutPageScripts(
  context: BrowserContext,
  url: string,
  waitUntil: 'load' | 'domcontentloaded' = 'load',
): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.route(LOCAL_ONLY, (route) => route.abort());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(url, { waitUntil, timeout: 60_000 });
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  // Let the first frame (style, layout) happen before anything is timed.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        void document.body?.offsetHeight;
        requestAnimationFrame(() => setTimeout(resolve, 0));
      }),
  );
  return { page, cdp };
}

type BenchWindow = Window & { __kontekstBench: PageBench; __markjsBench: MarkjsBench };

async function heapUsed(cdp: CDPSession): Promise<{ used: number; embedder: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  return { used: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0 };
}

/**
 * The renderer main thread's CPU time (CDP Performance metric ThreadTime), in ms. Unlike
 * wall time it does not grow when other processes take the CPU away, so it is the
 * steadier measure on a shared machine.
 */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

/** Runs `fn` (one evaluate) and returns its result with the main-thread CPU time it took. */
async function withThreadTime<T>(cdp: CDPSession, fn: () => Promise<T>): Promise<{ value: T; threadMs: number }> {
  const before = await threadTime(cdp);
  const value = await fn();
  return { value, threadMs: (await threadTime(cdp)) - before };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** A main-thread task of the page while traced: wall and CPU duration, ms. */
export interface TracedTask {
  wallMs: number;
  cpuMs: number;
}

/**
 * Runs `fn` under a Chrome trace (category `toplevel`) and returns the tasks of the
 * busiest renderer main thread, with their wall (`dur`) and thread CPU (`tdur`) time.
 * A task can be long on the wall clock because the machine is busy; its CPU time says
 * how much work Kontekst put into it.
 */
async function withTrace<T>(cdp: CDPSession, fn: () => Promise<T>): Promise<{ value: T; tasks: TracedTask[] }> {
  const events: TraceEvent[] = [];
  const onData = (event: { value: object[] }) => void events.push(...(event.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  let value: T;
  try {
    value = await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TracedTask[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mainThreads.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 });
    byThread.set(key, list);
  }
  const cpuOf = (tasks: TracedTask[]) => tasks.reduce((n, t) => n + t.cpuMs, 0);
  const busiest = [...byThread.values()].sort((a, b) => cpuOf(b) - cpuOf(a))[0] ?? [];
  return { value, tasks: busiest };
}

/** Floor, Kontekst, regex, long tasks, heap and run texts: one page load. */
async function measureInPage(
  context: BrowserContext,
  url: string,
  bundle: string,
  aliases: readonly string[],
  options: BrowserBenchOptions,
) {
  const { page, cdp } = await openWithoutPageScripts(context, url);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.evaluate(bundle);

    // What one evaluate round trip costs the main thread by itself (median of 7).
    const overheads: number[] = [];
    for (let i = 0; i < 7; i++) overheads.push((await withThreadTime(cdp, () => page.evaluate(() => 0))).threadMs);
    const threadOverheadMs = median(overheads);
    const net = (threadMs: number) => Math.max(0, threadMs - threadOverheadMs);

    const floorOnce = async (n: number) => {
      const { value, threadMs } = await withThreadTime(cdp, () =>
        page.evaluate((n) => (window as unknown as BenchWindow).__kontekstBench.floor(n), n),
      );
      return { ...value, threadMs: net(threadMs) / n };
    };
    const readOnce = async (n: number) =>
      page.evaluate((n) => (window as unknown as BenchWindow).__kontekstBench.read(n), n);
    const regexOnce = async (n: number) => {
      const { value, threadMs } = await withThreadTime(cdp, () =>
        page.evaluate(([a, n]) => (window as unknown as BenchWindow).__kontekstBench.regex(a, n), [aliases, n] as const),
      );
      return { ...value, threadMs: net(threadMs) / n };
    };
    const longTasksOf = async (runs: readonly KontekstResult[]) => {
      // Long-task entries are delivered after their task ends.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      return page.evaluate(
        (spans) => spans.map(([from, to]) => (window as unknown as BenchWindow).__kontekstBench.longTasksBetween(from!, to!)),
        runs.map((r) => [r.start, r.start + r.wallMs]),
      );
    };
    const kontekstOnce = async (mode: 'real' | 'none') => {
      const { value, threadMs } = await withThreadTime(cdp, () =>
        page.evaluate((mode) => (window as unknown as BenchWindow).__kontekstBench.kontekst(mode), mode),
      );
      return { ...value, threadMs: net(threadMs) };
    };

    // The first Kontekst run comes first: the page's JS context is fresh, like the content
    // script's. It is traced, to see its tasks' CPU time as well as their wall time.
    const { value: cold, tasks: coldTasks } = await withTrace(cdp, () => kontekstOnce('real'));
    // Calibrate: passes shorter than minMeasureMs are repeated inside one task and averaged.
    const iterationsFor = (ms: number) => Math.min(2000, Math.max(1, Math.ceil(options.minMeasureMs / Math.max(ms, 0.001))));
    const floorIterations = iterationsFor((await floorOnce(3)).ms);
    const readIterations = iterationsFor((await readOnce(1)).ms);
    const regexIterations = iterationsFor((await regexOnce(1)).ms);

    const floors: Array<FloorResult & { threadMs: number }> = [];
    const real: Array<KontekstResult & { threadMs: number }> = [];
    const noYield: KontekstResult[] = [];
    const regexes: Array<RegexResult & { threadMs: number }> = [];
    const reads: number[] = [];
    for (let rep = 0; rep < options.repetitions; rep++) {
      floors.push(await floorOnce(floorIterations));
      real.push(await kontekstOnce('real'));
      noYield.push(await kontekstOnce('none'));
      regexes.push(await regexOnce(regexIterations));
      reads.push((await readOnce(readIterations)).ms);
    }

    // Heap the annotation keeps (matcher, records, ranges), after GC on both sides.
    await page.evaluate(() => (window as unknown as BenchWindow).__kontekstBench.clear());
    const before = await heapUsed(cdp);
    const heapRun = await kontekstOnce('real');
    const after = await heapUsed(cdp);
    // Long tasks of every real (yielding) run; the no-yield runs are one task by design.
    const longTasks = await longTasksOf([cold, ...real, heapRun]);
    // One more traced real run, warm this time.
    const { value: warmTraced, tasks: warmTasks } = await withTrace(cdp, () => kontekstOnce('real'));
    const tracedRuns = [
      { run: cold, tasks: coldTasks },
      { run: warmTraced, tasks: warmTasks },
    ];
    const over50 = (tasks: TracedTask[], pick: (t: TracedTask) => number) => tasks.filter((t) => pick(t) > 50).length;

    const runTexts = await page.evaluate(() => (window as unknown as BenchWindow).__kontekstBench.runTexts());
    return {
      chars: floors[0]!.chars,
      textNodes: floors[0]!.textNodes,
      annotatedChars: runTexts.reduce((n, t) => n + t.length, 0),
      floorMs: median(floors.map((f) => f.ms)),
      floorThreadMs: median(floors.map((f) => f.threadMs)),
      floorIterations,
      readMs: median(reads),
      readIterations,
      kontekstMs: median(real.map((r) => r.wallMs)),
      kontekstThreadMs: median(real.map((r) => r.threadMs)),
      kontekstColdMs: cold.wallMs,
      kontekstSlicesMs: median(real.map((r) => r.cpuMs)),
      kontekstCpuMs: median(noYield.map((r) => r.wallMs)),
      compileMs: median(real.map((r) => r.compileMs)),
      yields: real[0]!.yields,
      painted: real[0]!.painted,
      regexMs: median(regexes.map((r) => r.ms)),
      regexThreadMs: median(regexes.map((r) => r.threadMs)),
      regexIterations,
      regexMatches: regexes[0]!.matches,
      longTasksOver50: Math.max(...longTasks.map((l) => l.length)),
      maxLongTaskMs: Math.max(0, ...longTasks.flat()),
      cpuLongTasksOver50: Math.max(...tracedRuns.map((t) => over50(t.tasks, (task) => task.cpuMs))),
      maxTaskCpuMs: Math.max(0, ...tracedRuns.flatMap((t) => t.tasks.map((task) => task.cpuMs))),
      maxSliceMs: Math.max(...[cold, ...real].map((r) => r.maxSliceMs)),
      coldMaxSliceMs: cold.maxSliceMs,
      threadOverheadMs,
      heapAddedBytes: after.used - before.used,
      embedderHeapAddedBytes: after.embedder - before.embedder,
      runTexts,
    };
  } finally {
    await page.close();
  }
}

/** mark.js on a fresh load of the page for every run, with a page-side deadline. */
async function measureMarkjs(
  context: BrowserContext,
  url: string,
  bundle: string,
  aliases: readonly string[],
  capMs: number,
  options: BrowserBenchOptions,
): Promise<{ ms: number | null; runs: number; matches: number; aliasesDone: number; spentMs: number }> {
  const results: MarkjsResult[] = [];
  for (let rep = 0; rep < options.repetitions; rep++) {
    // The parsed DOM is all mark.js needs; its runs last seconds, so the saved wait matters more.
    const { page } = await openWithoutPageScripts(context, url, 'domcontentloaded');
    try {
      await page.evaluate(bundle);
      const result = await page.evaluate(
        ([a, cap, chunk]) => (window as unknown as BenchWindow).__markjsBench.run(a, cap, chunk),
        [aliases, capMs, options.markjsChunk] as const,
      );
      results.push(result);
      // Repeat only quick runs, and only while this page stays within its cap in total.
      const spent = results.reduce((n, r) => n + r.elapsedMs, 0);
      if (result.ms === null || result.ms > options.markjsRepeatBelowMs || spent + result.ms > capMs) break;
    } finally {
      await page.close();
    }
  }
  const last = results.at(-1)!;
  const spentMs = results.reduce((n, r) => n + r.elapsedMs, 0);
  if (last.ms === null) return { ms: null, runs: results.length, matches: last.matches, aliasesDone: last.aliasesDone, spentMs };
  return { ms: median(results.map((r) => r.ms!)), runs: results.length, matches: last.matches, aliasesDone: last.aliasesDone, spentMs };
}

/**
 * Time from DOMContentLoaded end (standing in for document_idle) to the first frame in
 * which the real extension's `kontekst` highlight is non-empty. Page JavaScript is on here
 * (the init script that watches the highlight needs it); non-local requests are aborted.
 * Chromium runs document_idle scripts at the load event or 200 ms after DOMContentLoaded,
 * whichever comes first, so `afterIdleMs` also subtracts that wait: what is left is
 * Kontekst's own time (settings read, compile, first slice) plus the frame.
 */
async function measureFirstPaint(
  ext: ExtensionBrowser,
  url: string,
  waitForIdle: WaitForIdle,
): Promise<{ fromDclMs: number; afterIdleMs: number } | null> {
  const page = await ext.context.newPage();
  try {
    await page.route(LOCAL_ONLY, (route) => route.abort());
    await page.addInitScript(() => {
      const w = window as unknown as { __kontekstFirstPaint: number | null };
      w.__kontekstFirstPaint = null;
      const tick = () => {
        if ((CSS.highlights.get('kontekst')?.size ?? 0) > 0) w.__kontekstFirstPaint = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const status = await waitForIdle(ext, page, 60_000);
    if (status.painted > 0)
      await page.waitForFunction(() => (window as unknown as { __kontekstFirstPaint: number | null }).__kontekstFirstPaint !== null, null, {
        timeout: 10_000,
        polling: 'raf',
      });
    return await page.evaluate(() => {
      const painted = (window as unknown as { __kontekstFirstPaint: number | null }).__kontekstFirstPaint;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (painted === null || !nav) return null;
      const dcl = nav.domContentLoadedEventEnd;
      const idle = Math.min(nav.loadEventStart > 0 ? nav.loadEventStart : Infinity, dcl + 200);
      return { fromDclMs: painted - dcl, afterIdleMs: painted - idle };
    });
  } finally {
    await page.close();
  }
}

type WaitForIdle = (ext: ExtensionBrowser, page: Page, timeoutMs?: number) => Promise<{ state: string; painted: number }>;

export async function benchPages(deps: {
  ext: ExtensionBrowser;
  server: FixtureServer;
  files: readonly string[];
  aliases: readonly string[];
  bundles: { kontekst: string; markjs: string };
  setSettings: (ext: ExtensionBrowser, settings: Record<string, unknown>) => Promise<void>;
  waitForIdle: WaitForIdle;
  options: BrowserBenchOptions;
}): Promise<PageMeasure[]> {
  const { ext, server, files, aliases, bundles, options } = deps;
  const rows: PageMeasure[] = [];

  let markjsBudgetLeft = options.markjsBudgetMs;
  // Kontekst (the extension) off on 127.0.0.1: the page under test is ours alone.
  await deps.setSettings(ext, { disabledSites: ['127.0.0.1'] });
  for (const [i, file] of files.entries()) {
    const url = server.url(`/corpus/${file}`);
    const started = Date.now();
    const inPage = await measureInPage(ext.context, url, bundles.kontekst, aliases, options);
    const capMs = Math.min(options.markjsCapMs, Math.max(1_000, markjsBudgetLeft / (files.length - i)));
    const mark = await measureMarkjs(ext.context, url, bundles.markjs, aliases, capMs, options);
    markjsBudgetLeft -= mark.spentMs;
    rows.push({
      file,
      ...inPage,
      markjsMs: mark.ms,
      markjsCapMs: capMs,
      markjsRuns: mark.runs,
      markjsMatches: mark.matches,
      markjsAliasesDone: mark.aliasesDone,
      firstPaintMs: null,
      firstPaintAfterIdleMs: null,
    });
    options.log(
      `[${String(i + 1).padStart(2)}/${files.length}] ${file.padEnd(36)} floor ${inPage.floorMs.toFixed(3)} ms, kontekst ${inPage.kontekstMs.toFixed(2)} ms, ` +
        `mark.js ${mark.ms === null ? `> ${(capMs / 1000).toFixed(1)} s` : `${mark.ms.toFixed(0)} ms`} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }

  // The real extension, on: time to first highlight.
  await deps.setSettings(ext, { disabledSites: [] });
  for (const row of rows) {
    const url = server.url(`/corpus/${row.file}`);
    const samples: Array<{ fromDclMs: number; afterIdleMs: number }> = [];
    for (let rep = 0; rep < options.firstPaintRepetitions; rep++) {
      const paint = await measureFirstPaint(ext, url, deps.waitForIdle);
      if (paint) samples.push(paint);
    }
    row.firstPaintMs = samples.length ? median(samples.map((p) => p.fromDclMs)) : null;
    row.firstPaintAfterIdleMs = samples.length ? median(samples.map((p) => p.afterIdleMs)) : null;
  }
  options.log(`first paint measured on ${rows.filter((r) => r.firstPaintMs !== null).length}/${rows.length} pages (the others have no term)`);
  return rows;
}
