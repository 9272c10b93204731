/**
 * The matcher alone, in Node: throughput over the corpus text (the text runs the content
 * script reads, extracted in Chromium), for the shipped KB and a synthetic 10,000-alias KB,
 * and their compile times. 1 MB = 2^20 UTF-16 code units.
 */
import type { KbEntry } from '../../data/schema';
import { compileMatcher, syntheticKb } from '../../core/matcher';

const MB = 1 << 20;

export interface MatcherThroughput {
  aliases: number;
  /** Median compile time over several compiles (after one warm-up compile). */
  compileMs: number;
  /** The very first compile in this process (cold JIT), as a page pays it. */
  compileColdMs: number;
  mbPerSec: number;
  spans: number;
}

export interface MatcherBench {
  textMb: number;
  blocks: number;
  shipped: MatcherThroughput;
  synthetic10k: MatcherThroughput;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function throughput(entries: readonly KbEntry[], blocks: readonly string[], units: number, compileRuns: number): MatcherThroughput {
  const coldStart = performance.now();
  compileMatcher(entries);
  const compileColdMs = performance.now() - coldStart;
  const compileMs = time(() => compileMatcher(entries), compileRuns);
  const matcher = compileMatcher(entries);
  let spans = 0;
  const scan = () => {
    spans = 0;
    for (const block of blocks) spans += matcher.findTermSpans(block).length;
  };
  scan(); // warm-up
  const scanMs = time(scan, 5);
  return { aliases: matcher.aliasCount, compileMs, compileColdMs, mbPerSec: units / MB / (scanMs / 1000), spans };
}

export function benchMatcher(kb: readonly KbEntry[], blocks: readonly string[]): MatcherBench {
  const units = blocks.reduce((n, b) => n + b.length, 0);
  return {
    textMb: units / MB,
    blocks: blocks.length,
    shipped: throughput(kb, blocks, units, 21),
    synthetic10k: throughput(syntheticKb(10_000), blocks, units, 7),
  };
}
