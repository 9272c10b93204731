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
  /** After one mark.js run slower than this, the page gets no more mark.js repetitions. */
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
  floorIterations: number;
  /** Median wall time of the real (yielding) annotation, compile included. */
  kontekstMs: number;
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
  regexIterations: number;
  regexMatches: number;
  markjsMs: number | null;
  markjsRuns: number;
  markjsMatches: number;
  /** When capped: how far mark.js got before the deadline. */
  markjsAliasesDone: number;
  longTasksOver50: number;
  maxLongTaskMs: number;
  heapAddedBytes: number;
  embedderHeapAddedBytes: number;
  firstPaintMs: number | null;
  runTexts: string[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const LOCAL_ONLY = /^(?!http:\/\/127\.0\.0\.1[:/])/;

async function openWithoutPageScripts(context: BrowserContext, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.route(LOCAL_ONLY, (route) => route.abort());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
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
    await page.evaluate(bundle);
    const floorOnce = (n: number) => page.evaluate((n) => (window as unknown as BenchWindow).__kontekstBench.floor(n), n);
    const regexOnce = (n: number) =>
      page.evaluate(([a, n]) => (window as unknown as BenchWindow).__kontekstBench.regex(a, n), [aliases, n] as const);
    const kontekstOnce = (mode: 'real' | 'none') =>
      page.evaluate((mode) => (window as unknown as BenchWindow).__kontekstBench.kontekst(mode), mode);

    // The first Kontekst run comes first: the page's JS context is fresh, like the content script's.
    const cold = await kontekstOnce('real');
    // Calibrate: passes shorter than minMeasureMs are repeated inside one task and averaged.
    const iterationsFor = (ms: number) => Math.min(1000, Math.max(1, Math.ceil(options.minMeasureMs / Math.max(ms, 0.001))));
    const floorIterations = iterationsFor((await floorOnce(3)).ms);
    const regexIterations = iterationsFor((await regexOnce(1)).ms);

    const floors: FloorResult[] = [];
    const real: KontekstResult[] = [];
    const noYield: KontekstResult[] = [];
    const regexes: RegexResult[] = [];
    for (let rep = 0; rep < options.repetitions; rep++) {
      floors.push(await floorOnce(floorIterations));
      real.push(await kontekstOnce('real'));
      noYield.push(await kontekstOnce('none'));
      regexes.push(await regexOnce(regexIterations));
    }

    // Heap the annotation keeps (matcher, records, ranges), after GC on both sides.
    await page.evaluate(() => (window as unknown as BenchWindow).__kontekstBench.clear());
    const before = await heapUsed(cdp);
    const heapRun = await kontekstOnce('real');
    const after = await heapUsed(cdp);

    const runTexts = await page.evaluate(() => (window as unknown as BenchWindow).__kontekstBench.runTexts());
    const longTaskRuns = [cold, ...real, heapRun];
    return {
      chars: floors[0]!.chars,
      textNodes: floors[0]!.textNodes,
      annotatedChars: runTexts.reduce((n, t) => n + t.length, 0),
      floorMs: median(floors.map((f) => f.ms)),
      floorIterations,
      kontekstMs: median(real.map((r) => r.wallMs)),
      kontekstColdMs: cold.wallMs,
      kontekstSlicesMs: median(real.map((r) => r.cpuMs)),
      kontekstCpuMs: median(noYield.map((r) => r.wallMs)),
      compileMs: median(real.map((r) => r.compileMs)),
      yields: real[0]!.yields,
      painted: real[0]!.painted,
      regexMs: median(regexes.map((r) => r.ms)),
      regexIterations,
      regexMatches: regexes[0]!.matches,
      longTasksOver50: Math.max(...longTaskRuns.map((r) => r.longTasks.length)),
      maxLongTaskMs: Math.max(0, ...longTaskRuns.flatMap((r) => r.longTasks)),
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
  options: BrowserBenchOptions,
): Promise<{ ms: number | null; runs: number; matches: number; aliasesDone: number }> {
  const results: MarkjsResult[] = [];
  for (let rep = 0; rep < options.repetitions; rep++) {
    const { page } = await openWithoutPageScripts(context, url);
    try {
      await page.evaluate(bundle);
      const result = await page.evaluate(
        ([a, cap, chunk]) => (window as unknown as BenchWindow).__markjsBench.run(a, cap, chunk),
        [aliases, options.markjsCapMs, options.markjsChunk] as const,
      );
      results.push(result);
      if (result.ms === null || result.ms > options.markjsRepeatBelowMs) break;
    } finally {
      await page.close();
    }
  }
  const last = results.at(-1)!;
  if (last.ms === null) return { ms: null, runs: results.length, matches: last.matches, aliasesDone: last.aliasesDone };
  return { ms: median(results.map((r) => r.ms!)), runs: results.length, matches: last.matches, aliasesDone: last.aliasesDone };
}

/**
 * Time from DOMContentLoaded end (standing in for document_idle) to the first frame in
 * which the real extension's `kontekst` highlight is non-empty. Page JavaScript is on here
 * (the init script that watches the highlight needs it); non-local requests are aborted.
 */
async function measureFirstPaint(ext: ExtensionBrowser, url: string, waitForIdle: WaitForIdle): Promise<number | null> {
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
      return painted === null || !nav ? null : painted - nav.domContentLoadedEventEnd;
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

  // Kontekst (the extension) off on 127.0.0.1: the page under test is ours alone.
  await deps.setSettings(ext, { disabledSites: ['127.0.0.1'] });
  for (const [i, file] of files.entries()) {
    const url = server.url(`/corpus/${file}`);
    const started = Date.now();
    const inPage = await measureInPage(ext.context, url, bundles.kontekst, aliases, options);
    const mark = await measureMarkjs(ext.context, url, bundles.markjs, aliases, options);
    rows.push({
      file,
      ...inPage,
      markjsMs: mark.ms,
      markjsRuns: mark.runs,
      markjsMatches: mark.matches,
      markjsAliasesDone: mark.aliasesDone,
      firstPaintMs: null,
    });
    options.log(
      `[${String(i + 1).padStart(2)}/${files.length}] ${file.padEnd(36)} floor ${inPage.floorMs.toFixed(3)} ms, kontekst ${inPage.kontekstMs.toFixed(2)} ms, ` +
        `mark.js ${mark.ms === null ? `> ${options.markjsCapMs / 1000} s` : `${mark.ms.toFixed(0)} ms`} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }

  // The real extension, on: time to first highlight.
  await deps.setSettings(ext, { disabledSites: [] });
  for (const row of rows) {
    const url = server.url(`/corpus/${row.file}`);
    const samples: number[] = [];
    for (let rep = 0; rep < options.firstPaintRepetitions; rep++) {
      const ms = await measureFirstPaint(ext, url, deps.waitForIdle);
      if (ms !== null) samples.push(ms);
    }
    row.firstPaintMs = samples.length ? median(samples) : null;
  }
  options.log(`first paint measured on ${rows.filter((r) => r.firstPaintMs !== null).length}/${rows.length} pages (the others have no term)`);
  return rows;
}
