/**
 * The matcher alone, in Node: throughput over the corpus text (the text runs the content
 * script reads, extracted in Chromium), for the shipped KB and a synthetic 10,000-alias KB,
 * and their compile times. 1 MB = 2^20 UTF-16 code units.
 */
import type { MatchEntry } from '../../data/schema';
import type { CoreModules } from './node-modules';

const MB = 1 << 20;

export interface MatcherThroughput {
  aliases: number;
  /** Median wall time over several compiles (after one warm-up compile). */
  compileMs: number;
  /** Fastest of those compiles (wall). */
  compileMinMs: number;
  /** Process CPU time per compile (process.cpuUsage over the same compiles). */
  compileCpuMs: number;
  /** The very first compile in this process (cold JIT), as a page pays it. */
  compileColdMs: number;
  /** Median wall time of a full pass, as MB/s. */
  mbPerSec: number;
  /** The same pass by process CPU time. */
  mbPerSecCpu: number;
  spans: number;
}

export interface MatcherBench {
  textMb: number;
  blocks: number;
  shipped: MatcherThroughput;
  synthetic10k: MatcherThroughput;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Median and fastest wall time of `runs` calls, and process CPU time per call. */
function time(fn: () => void, runs: number): { median: number; min: number; cpu: number } {
  const samples: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  return { median: median(samples), min: Math.min(...samples), cpu: (cpu.user + cpu.system) / 1000 / runs };
}

function throughput(
  compileMatcher: CoreModules['compileMatcher'],
  entries: readonly MatchEntry[],
  blocks: readonly string[],
  units: number,
  compileRuns: number,
): MatcherThroughput {
  const coldStart = performance.now();
  compileMatcher(entries);
  const compileColdMs = performance.now() - coldStart;
  const compile = time(() => compileMatcher(entries), compileRuns);
  const matcher = compileMatcher(entries);
  let spans = 0;
  const scan = () => {
    spans = 0;
    for (const block of blocks) spans += matcher.findTermSpans(block).length;
  };
  scan(); // warm-up
  const pass = time(scan, 5);
  return {
    aliases: matcher.aliasCount,
    compileMs: compile.median,
    compileMinMs: compile.min,
    compileCpuMs: compile.cpu,
    compileColdMs,
    mbPerSec: units / MB / (pass.median / 1000),
    mbPerSecCpu: units / MB / (pass.cpu / 1000),
    spans,
  };
}

/** `core`: the bundled matcher (see node-modules.ts). */
export function benchMatcher(core: Pick<CoreModules, 'compileMatcher' | 'syntheticKb'>, kb: readonly MatchEntry[], blocks: readonly string[]): MatcherBench {
  const units = blocks.reduce((n, b) => n + b.length, 0);
  return {
    textMb: units / MB,
    blocks: blocks.length,
    shipped: throughput(core.compileMatcher, kb, blocks, units, 21),
    synthetic10k: throughput(core.compileMatcher, core.syntheticKb(10_000), blocks, units, 7),
  };
}
