/** Results: the JSON shape, the stdout table, the docs section and the SVG chart. */
import type { PageMeasure } from './browser-bench';
import type { MatcherBench } from './matcher';
import type { SearchLatency } from './search';
import type { CardLatency } from './card-latency';
import type { Sizes } from './sizes';

/** One page's measurements (see PageMeasure) and the ratios judged from them. */
export interface PageResult extends Omit<PageMeasure, 'runTexts'> {
  /** kontekstMs / floorMs (wall). */
  ratioVsFloor: number;
  /** kontekstMs / readMs: against the least a JavaScript matcher must do (read every character). */
  ratioVsRead: number;
  /** kontekstThreadMs / floorThreadMs (renderer main-thread CPU). */
  threadRatioVsFloor: number;
  /** kontekstCpuMs (no-yield variant) / floorMs. */
  cpuRatioVsFloor: number;
  speedupVsMarkjs: number | null;
  /** For capped pages: cap / kontekstMs, a lower bound of the speed-up. */
  speedupVsMarkjsLowerBound: number | null;
}

export interface Target {
  name: string;
  target: string;
  actual: string;
  met: boolean;
}

export interface BenchResults {
  chromium: string;
  machine: { nproc: number; cpu: string; node: string; platform: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  date: string;
  quick: boolean;
  kbAliases: number;
  repetitions: number;
  markjsCapMs: number;
  markjsBudgetMs: number;
  pages: PageResult[];
  summary: {
    medianRatioVsFloor: number;
    maxRatioVsFloor: number;
    worstPage: string;
    medianThreadRatioVsFloor: number;
    maxThreadRatioVsFloor: number;
    medianCpuRatioVsFloor: number;
    maxCpuRatioVsFloor: number;
    /** Median over pages of (kontekstMs - compileMs) / floorMs: the scan alone. */
    medianScanRatioVsFloor: number;
    medianSpeedupVsMarkjs: number;
    minSpeedupVsMarkjs: number;
    markjsCappedPages: number;
    medianRegexRatioVsFloor: number;
    /** Median readMs / floorMs: what reading every character in JavaScript costs over the floor. */
    medianReadRatioVsFloor: number;
    maxReadRatioVsFloor: number;
    medianRatioVsRead: number;
    maxRatioVsRead: number;
    pagesWithLongTasks: number;
    maxLongTaskMs: number;
    /** Pages where a traced run had a main-thread task with over 50 ms of CPU time. */
    pagesWithCpuLongTasks: number;
    maxTaskCpuMs: number;
    firstPaintMedianMs: number | null;
    firstPaintMaxMs: number | null;
    firstPaintAfterIdleMedianMs: number | null;
    pagesWithFirstPaint: number;
    medianKontekstColdMs: number;
    medianCompileMs: number;
    medianHeapAddedKb: number;
    maxHeapAddedKb: number;
    matcherShipped: { aliases: number; compileMs: number; compileCpuMs: number; mbPerSec: number; mbPerSecCpu: number };
    matcher10k: {
      aliases: number;
      compileMs: number;
      compileMinMs: number;
      compileCpuMs: number;
      compileColdMs: number;
      mbPerSec: number;
      mbPerSecCpu: number;
    };
    matcherTextMb: number;
    /** Adversarial 1 MB blocks through the shipped KB (absent in results from before they were measured). */
    matcherPathological?: MatcherBench['pathological'];
    search10k: {
      p50Ms: number;
      p95Ms: number;
      p99Ms: number;
      maxMs: number;
      cpuP50Ms: number;
      cpuP95Ms: number;
      buildMs: number;
      keystrokes: number;
    };
    contentScriptGzipBytes: number;
    contentScriptWithKbGzipBytes: number;
    matchIndexGzipBytes?: number;
    kbGzipBytes: number;
    backgroundGzipBytes?: number;
    entries?: number;
    cardLatency?: CardLatency;
    targets: Target[];
  };
}

export const median = (values: readonly number[]): number => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export function summarise(
  pages: PageResult[],
  matcher: MatcherBench,
  search: SearchLatency,
  sizes: Sizes,
  cardLatency?: CardLatency,
): BenchResults['summary'] {
  const ratios = pages.map((p) => p.ratioVsFloor);
  const worst = pages.reduce((a, b) => (b.ratioVsFloor > a.ratioVsFloor ? b : a));
  const speedups = pages.map((p) => p.speedupVsMarkjs ?? p.speedupVsMarkjsLowerBound!);
  const paints = pages.flatMap((p) => (p.firstPaintMs === null ? [] : [p.firstPaintMs]));
  const s = {
    medianRatioVsFloor: median(ratios),
    maxRatioVsFloor: Math.max(...ratios),
    worstPage: worst.file,
    medianThreadRatioVsFloor: median(pages.map((p) => p.threadRatioVsFloor)),
    maxThreadRatioVsFloor: Math.max(...pages.map((p) => p.threadRatioVsFloor)),
    medianCpuRatioVsFloor: median(pages.map((p) => p.cpuRatioVsFloor)),
    medianScanRatioVsFloor: median(pages.map((p) => (p.kontekstMs - p.compileMs) / p.floorMs)),
    maxCpuRatioVsFloor: Math.max(...pages.map((p) => p.cpuRatioVsFloor)),
    medianSpeedupVsMarkjs: median(speedups),
    minSpeedupVsMarkjs: Math.min(...speedups),
    markjsCappedPages: pages.filter((p) => p.markjsMs === null).length,
    medianRegexRatioVsFloor: median(pages.map((p) => p.regexMs / p.floorMs)),
    medianReadRatioVsFloor: median(pages.map((p) => p.readMs / p.floorMs)),
    maxReadRatioVsFloor: Math.max(...pages.map((p) => p.readMs / p.floorMs)),
    medianRatioVsRead: median(pages.map((p) => p.ratioVsRead)),
    maxRatioVsRead: Math.max(...pages.map((p) => p.ratioVsRead)),
    pagesWithLongTasks: pages.filter((p) => p.longTasksOver50 > 0).length,
    maxLongTaskMs: Math.max(0, ...pages.map((p) => p.maxLongTaskMs)),
    pagesWithCpuLongTasks: pages.filter((p) => p.cpuLongTasksOver50 > 0).length,
    maxTaskCpuMs: Math.max(0, ...pages.map((p) => p.maxTaskCpuMs)),
    firstPaintMedianMs: paints.length ? median(paints) : null,
    firstPaintMaxMs: paints.length ? Math.max(...paints) : null,
    firstPaintAfterIdleMedianMs: paints.length ? median(pages.flatMap((p) => (p.firstPaintAfterIdleMs === null ? [] : [p.firstPaintAfterIdleMs]))) : null,
    pagesWithFirstPaint: paints.length,
    medianKontekstColdMs: median(pages.map((p) => p.kontekstColdMs)),
    medianCompileMs: median(pages.map((p) => p.compileMs)),
    medianHeapAddedKb: median(pages.map((p) => p.heapAddedBytes / 1024)),
    maxHeapAddedKb: Math.max(...pages.map((p) => p.heapAddedBytes / 1024)),
    matcherShipped: {
      aliases: matcher.shipped.aliases,
      compileMs: matcher.shipped.compileMs,
      compileCpuMs: matcher.shipped.compileCpuMs,
      mbPerSec: matcher.shipped.mbPerSec,
      mbPerSecCpu: matcher.shipped.mbPerSecCpu,
    },
    matcher10k: {
      aliases: matcher.synthetic10k.aliases,
      compileMs: matcher.synthetic10k.compileMs,
      compileMinMs: matcher.synthetic10k.compileMinMs,
      compileCpuMs: matcher.synthetic10k.compileCpuMs,
      compileColdMs: matcher.synthetic10k.compileColdMs,
      mbPerSec: matcher.synthetic10k.mbPerSec,
      mbPerSecCpu: matcher.synthetic10k.mbPerSecCpu,
    },
    matcherTextMb: matcher.textMb,
    matcherPathological: matcher.pathological,
    search10k: {
      p50Ms: search.p50Ms,
      p95Ms: search.p95Ms,
      p99Ms: search.p99Ms,
      maxMs: search.maxMs,
      cpuP50Ms: search.cpuP50Ms,
      cpuP95Ms: search.cpuP95Ms,
      buildMs: search.buildMs,
      keystrokes: search.keystrokes,
    },
    contentScriptGzipBytes: sizes.contentScriptGzipBytes,
    contentScriptWithKbGzipBytes: sizes.contentScriptWithKbGzipBytes,
    matchIndexGzipBytes: sizes.matchIndexGzipBytes,
    kbGzipBytes: sizes.kbGzipBytes,
    backgroundGzipBytes: sizes.backgroundGzipBytes,
    entries: sizes.entries,
    ...(cardLatency ? { cardLatency } : {}),
  };
  return { ...s, targets: targetsOf(s) };
}

/** The targets, judged on this run's summary. */
export function targetsOf(s: Omit<BenchResults['summary'], 'targets'>): Target[] {
  const capNote = s.markjsCappedPages ? ` (${s.markjsCappedPages} capped page(s) counted at their cap, a lower bound)` : '';
  return [
    { name: 'median ratio vs floor', target: '≤ 2', actual: `${s.medianRatioVsFloor.toFixed(2)}×`, met: s.medianRatioVsFloor <= 2 },
    { name: 'worst-page ratio vs floor', target: '≤ 5', actual: `${s.maxRatioVsFloor.toFixed(2)}× (${s.worstPage})`, met: s.maxRatioVsFloor <= 5 },
    { name: 'median speed-up over mark.js', target: '≥ 100×', actual: `${s.medianSpeedupVsMarkjs.toFixed(0)}×${capNote}`, met: s.medianSpeedupVsMarkjs >= 100 },
    {
      name: 'pages with a long task (> 50 ms)',
      target: '0',
      actual: `${s.pagesWithLongTasks} by wall clock; ${s.pagesWithCpuLongTasks} by main-thread CPU`,
      met: s.pagesWithLongTasks === 0,
    },
    {
      name: '10k-alias compile (median)',
      target: '≤ 50 ms',
      actual: `${s.matcher10k.compileMs.toFixed(1)} ms (best ${s.matcher10k.compileMinMs.toFixed(1)}; process CPU ${s.matcher10k.compileCpuMs.toFixed(1)})`,
      met: s.matcher10k.compileMs <= 50,
    },
    {
      name: 'search p95 per keystroke, 10k entries',
      target: '≤ 8 ms',
      actual: `${s.search10k.p95Ms.toFixed(2)} ms (process CPU ${s.search10k.cpuP95Ms.toFixed(2)} ms)`,
      met: s.search10k.p95Ms <= 8,
    },
    {
      name: 'content script gzip, without KB data',
      target: '≤ 40 KB',
      actual: `${(s.contentScriptGzipBytes / 1024).toFixed(1)} KB`,
      met: s.contentScriptGzipBytes <= 40 * 1024,
    },
    ...(s.cardLatency
      ? [
          {
            // The card opens when the dwell ends; a worker that had stopped must not make it later.
            name: 'card with full text, worker stopped before vs running (median after pointer arrival)',
            target: '≤ running + one frame (16.7 ms)',
            actual: `${s.cardLatency.coldMedianMs.toFixed(0)} ms vs ${s.cardLatency.warmMedianMs.toFixed(0)} ms (dwell ${s.cardLatency.dwellMs} ms)`,
            met: s.cardLatency.coldMedianMs <= s.cardLatency.warmMedianMs + 16.7,
          },
        ]
      : []),
    {
      name: `content script gzip as shipped, with the matching index (${s.entries ?? '?'} entries)`,
      target: '≤ 80 KB',
      actual: `${(s.contentScriptWithKbGzipBytes / 1024).toFixed(1)} KB`,
      met: s.contentScriptWithKbGzipBytes <= 80 * 1024,
    },
  ];
}

const ms = (v: number | null, digits = 2) => (v === null ? '—' : v.toFixed(digits));
const times = (v: number | null, digits = 1) => (v === null ? '—' : `${v.toFixed(digits)}×`);

function speedupCell(p: PageResult): string {
  if (p.speedupVsMarkjs !== null) return times(p.speedupVsMarkjs, 0);
  return `> ${p.speedupVsMarkjsLowerBound!.toFixed(0)}×`;
}

function markCell(p: PageResult): string {
  return p.markjsMs === null ? `> ${(p.markjsCapMs / 1000).toFixed(0)} s` : p.markjsMs.toFixed(0);
}

const COLUMNS = [
  'page', 'chars', 'text nodes', 'floor ms', 'read ms', 'kontekst ms', 'ratio', 'vs read', 'floor cpu', 'kontekst cpu', 'cpu ratio',
  'no-yield ms', 'regex ms', 'mark.js ms', 'vs mark.js', 'long tasks', 'cpu long', 'first paint ms',
];

function pageCells(p: PageResult): string[] {
  return [
    p.file.replace(/\.html$/, ''),
    String(p.chars),
    String(p.textNodes),
    ms(p.floorMs, 3),
    ms(p.readMs, 3),
    ms(p.kontekstMs),
    times(p.ratioVsFloor),
    times(p.ratioVsRead),
    ms(p.floorThreadMs, 3),
    ms(p.kontekstThreadMs),
    times(p.threadRatioVsFloor),
    ms(p.kontekstCpuMs),
    ms(p.regexMs),
    markCell(p),
    speedupCell(p),
    String(p.longTasksOver50),
    String(p.cpuLongTasksOver50),
    ms(p.firstPaintMs, 0),
  ];
}

function summaryLines(r: BenchResults): string[] {
  const s = r.summary;
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  return [
    `Kontekst vs floor (wall, real yielding run): median ${s.medianRatioVsFloor.toFixed(2)}×, worst ${s.maxRatioVsFloor.toFixed(2)}× (${s.worstPage})`,
    `Kontekst vs floor (main-thread CPU time):     median ${s.medianThreadRatioVsFloor.toFixed(2)}×, worst ${s.maxThreadRatioVsFloor.toFixed(2)}×`,
    `Kontekst vs floor (no-yield variant, wall):   median ${s.medianCpuRatioVsFloor.toFixed(2)}×, worst ${s.maxCpuRatioVsFloor.toFixed(2)}×`,
    `Kontekst scan without matcher compile:        median ${s.medianScanRatioVsFloor.toFixed(2)}× the floor`,
    `Combined regex vs floor:                      median ${s.medianRegexRatioVsFloor.toFixed(2)}×`,
    `JS read of every character vs floor:          median ${s.medianReadRatioVsFloor.toFixed(2)}×, worst ${s.maxReadRatioVsFloor.toFixed(2)}× (charCodeAt over the floor's nodes)`,
    `Kontekst vs that JS read:                     median ${s.medianRatioVsRead.toFixed(2)}×, worst ${s.maxRatioVsRead.toFixed(2)}×`,
    `Speed-up over mark.js:                        median ${s.medianSpeedupVsMarkjs.toFixed(0)}×, lowest ${s.minSpeedupVsMarkjs.toFixed(0)}×, capped pages ${s.markjsCappedPages}`,
    `Long tasks > 50 ms during annotation (wall):  ${s.pagesWithLongTasks} page(s), longest ${s.maxLongTaskMs.toFixed(0)} ms (PerformanceObserver)`,
    `Tasks with > 50 ms of main-thread CPU:        ${s.pagesWithCpuLongTasks} page(s), most CPU in one task ${s.maxTaskCpuMs.toFixed(0)} ms (trace)`,
    `First highlight after DOMContentLoaded:       median ${ms(s.firstPaintMedianMs, 0)} ms, max ${ms(s.firstPaintMaxMs, 0)} ms; after document_idle median ${ms(s.firstPaintAfterIdleMedianMs, 0)} ms (real extension, ${s.pagesWithFirstPaint} pages with a term)`,
    `Cold first run on a page (median):            ${s.medianKontekstColdMs.toFixed(2)} ms; matcher compile per page ${s.medianCompileMs.toFixed(2)} ms`,
    `JS heap kept after annotation:                median ${s.medianHeapAddedKb.toFixed(0)} KB, max ${s.maxHeapAddedKb.toFixed(0)} KB`,
    `Matcher in Node, shipped KB (${s.matcherShipped.aliases} aliases):   ${s.matcherShipped.mbPerSec.toFixed(1)} MB/s wall, ${s.matcherShipped.mbPerSecCpu.toFixed(1)} MB/s CPU; compile ${s.matcherShipped.compileMs.toFixed(2)} ms wall, ${s.matcherShipped.compileCpuMs.toFixed(2)} ms CPU (${s.matcherTextMb.toFixed(2)} MB of corpus text)`,
    `Matcher in Node, synthetic ${s.matcher10k.aliases} aliases:  ${s.matcher10k.mbPerSec.toFixed(1)} MB/s wall, ${s.matcher10k.mbPerSecCpu.toFixed(1)} MB/s CPU; compile ${s.matcher10k.compileMs.toFixed(1)} ms wall (best ${s.matcher10k.compileMinMs.toFixed(1)}, first ${s.matcher10k.compileColdMs.toFixed(1)}), ${s.matcher10k.compileCpuMs.toFixed(1)} ms CPU`,
    ...(s.matcherPathological ?? []).map((p) => `  worst case, ${p.label.padEnd(34)} ${p.mbPerSecCpu.toFixed(1).padStart(7)} MB/s CPU, ${p.spans} spans`),
    `Popup search, 10,000 entries, per keystroke:  p50 ${s.search10k.p50Ms.toFixed(2)} ms, p95 ${s.search10k.p95Ms.toFixed(2)} ms, p99 ${s.search10k.p99Ms.toFixed(2)} ms wall; CPU p50 ${s.search10k.cpuP50Ms.toFixed(2)} ms, p95 ${s.search10k.cpuP95Ms.toFixed(2)} ms (${s.search10k.keystrokes} keystrokes; index build ${s.search10k.buildMs.toFixed(0)} ms)`,
    ...(s.cardLatency
      ? [
          `Card with full text after pointer arrival:   median ${s.cardLatency.warmMedianMs.toFixed(0)} ms with the worker running, ${s.cardLatency.coldMedianMs.toFixed(0)} ms after it was stopped (dwell ${s.cardLatency.dwellMs} ms; runs ${s.cardLatency.warmMs.map((v) => v.toFixed(0)).join('/')} and ${s.cardLatency.coldMs.map((v) => v.toFixed(0)).join('/')})`,
        ]
      : []),
    `Content script gzip:                          ${kb(s.contentScriptWithKbGzipBytes)} as shipped; ${kb(s.contentScriptGzipBytes)} without its matching index (index ${s.matchIndexGzipBytes === undefined ? '—' : kb(s.matchIndexGzipBytes)}, ${s.entries ?? '?'} entries); whole KB gzip ${kb(s.kbGzipBytes)}, in the background (${s.backgroundGzipBytes === undefined ? '—' : kb(s.backgroundGzipBytes)})`,
  ];
}

export function textReport(r: BenchResults): string {
  const rows = [COLUMNS, ...r.pages.map((p) => pageCells(p))];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const out = [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line), ''];
  out.push(
    `${r.chromium}; KB ${r.kbAliases} aliases; ${r.repetitions} repetition(s); ${r.pages.length} pages; ` +
      `${r.machine.nproc} cores, load average ${r.machine.loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')} at start, ` +
      `${r.machine.loadAverageAtEnd.map((l) => l.toFixed(1)).join(' ')} at end`,
    '',
  );
  out.push(...summaryLines(r), '');
  out.push('Targets:');
  for (const t of r.summary.targets) out.push(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.name}: ${t.actual} (target ${t.target})`);
  return out.join('\n');
}

export function markdownReport(r: BenchResults): string {
  const out: string[] = [];
  out.push(
    `Run of ${r.date.slice(0, 10)}: ${r.chromium}, ${r.machine.nproc} cores (${r.machine.cpu}), Node ${r.machine.node}; ` +
      `${r.pages.length} pages, ${r.repetitions} repetition(s), KB of ${r.kbAliases} aliases; ` +
      `load average (1/5/15 min) ${r.machine.loadAverageAtStart.map((l) => l.toFixed(1)).join(' / ')} at start, ` +
      `${r.machine.loadAverageAtEnd.map((l) => l.toFixed(1)).join(' / ')} at end.`,
    '',
    '| Target | Goal | Result | |',
    '|---|---|---|---|',
    ...r.summary.targets.map((t) => `| ${t.name} | ${t.target} | ${t.actual} | ${t.met ? 'met' : '**missed**'} |`),
    '',
    '```text',
    ...summaryLines(r),
    '```',
    '',
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...r.pages.map((p) => `| ${pageCells(p).join(' | ')} |`),
  );
  return out.join('\n');
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A horizontal bar chart of Kontekst's ratio to the floor, per page (wall clock), with a
 * tick for the main-thread CPU ratio and the 2× and 5× target lines. Log scale when the
 * ratios span more than the targets, linear otherwise.
 */
export function ratioSvg(r: BenchResults): string {
  const pages = [...r.pages].sort((a, b) => a.ratioVsFloor - b.ratioVsFloor);
  const bar = 14;
  const gap = 4;
  const left = 260;
  const plot = 520;
  const top = 70;
  const height = top + pages.length * (bar + gap) + 56;
  const width = left + plot + 90;
  const maxRatio = Math.max(6, ...pages.flatMap((p) => [p.ratioVsFloor, p.threadRatioVsFloor]));
  const log = maxRatio > 20;
  const decades = Math.ceil(Math.log10(maxRatio));
  const scaleMax = log ? 10 ** decades : Math.ceil(maxRatio);
  const x = (v: number) => {
    const clamped = Math.min(Math.max(v, log ? 1 : 0), scaleMax);
    return left + (log ? Math.log10(clamped) / decades : clamped / scaleMax) * plot;
  };
  const ticks = log
    ? Array.from({ length: decades + 1 }, (_, d) => [1, 2, 5].map((m) => m * 10 ** d)).flat().filter((v) => v <= scaleMax)
    : Array.from({ length: scaleMax + 1 }, (_, v) => v);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="16" y="22" font-size="14" font-weight="600">Kontekst annotation time ÷ bare text read (floor), per page${log ? ' (log scale)' : ''}</text>`,
    `<text x="16" y="40" fill="#555">Bars: wall clock (median ${r.summary.medianRatioVsFloor.toFixed(1)}×, worst ${r.summary.maxRatioVsFloor.toFixed(1)}×). ` +
      `Black tick: main-thread CPU time (median ${r.summary.medianThreadRatioVsFloor.toFixed(1)}×).</text>`,
    `<text x="16" y="56" fill="#555">${escapeXml(r.chromium)}, ${r.repetitions} repetition(s), median per page; ${r.date.slice(0, 10)}.</text>`,
  );
  for (const v of ticks) {
    parts.push(`<line x1="${x(v).toFixed(1)}" y1="${top - 4}" x2="${x(v).toFixed(1)}" y2="${height - 44}" stroke="#eee"/>`);
    parts.push(`<text x="${x(v).toFixed(1)}" y="${height - 30}" text-anchor="middle" fill="#555">${v}×</text>`);
  }
  pages.forEach((p, i) => {
    const y = top + i * (bar + gap);
    const colour = p.ratioVsFloor <= 2 ? '#2e7d32' : p.ratioVsFloor <= 5 ? '#f9a825' : '#c62828';
    parts.push(`<text x="${left - 6}" y="${y + bar - 3}" text-anchor="end">${escapeXml(p.file.replace(/\.html$/, ''))}</text>`);
    parts.push(`<rect x="${left}" y="${y}" width="${Math.max(1, x(p.ratioVsFloor) - left).toFixed(1)}" height="${bar}" fill="${colour}" fill-opacity="0.85"/>`);
    parts.push(`<rect x="${(x(p.threadRatioVsFloor) - 1).toFixed(1)}" y="${y - 1}" width="2" height="${bar + 2}" fill="#111"/>`);
    parts.push(`<text x="${(Math.max(x(p.ratioVsFloor), x(p.threadRatioVsFloor)) + 4).toFixed(1)}" y="${y + bar - 3}" fill="#333">${p.ratioVsFloor.toFixed(1)}×</text>`);
  });
  for (const [v, label, dy] of [
    [2, 'target: median ≤ 2×', 16],
    [5, 'target: worst page ≤ 5×', 4],
  ] as const) {
    if (v > scaleMax) continue;
    parts.push(`<line x1="${x(v).toFixed(1)}" y1="${top - 4}" x2="${x(v).toFixed(1)}" y2="${height - 44}" stroke="#1565c0" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${(x(v) + 3).toFixed(1)}" y="${height - dy}" fill="#1565c0">${label}</text>`);
  }
  parts.push('</svg>', '');
  return parts.join('\n');
}
