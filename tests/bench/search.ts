/**
 * Popup search latency over a synthetic KB: every query is typed one keystroke at a
 * time, as in the popup, and each keystroke's search is timed. Used by `npm run bench`
 * and by the standalone tests/bench/search-latency.ts.
 */
import { createSearchIndex } from '../../core/search';
import { syntheticSearchEntries } from '../synthetic/search-entries';

const sourceSearch = { createSearchIndex, syntheticSearchEntries };
type SearchModule = typeof sourceSearch;

export interface SearchLatency {
  entries: number;
  buildMs: number;
  keystrokes: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same percentiles of process CPU time per keystroke (steadier on a busy machine). */
  cpuP50Ms: number;
  cpuP95Ms: number;
}

/** `search`: the module to time; `npm run bench` passes the bundled one (see node-modules.ts). */
export function measureSearchLatency(size = 10_000, rounds = 5, search: SearchModule = sourceSearch): SearchLatency {
  const { createSearchIndex, syntheticSearchEntries } = search;
  const entries = syntheticSearchEntries(size);
  const buildStart = performance.now();
  const index = createSearchIndex(entries);
  const buildMs = performance.now() - buildStart;

  const pick = (i: number) => entries[i % entries.length]!;
  const queries = [
    // Names from the synthetic KB, whole and with a typo, and a Cyrillic alias.
    pick(17).title,
    pick(4242).aliases[1]!.text,
    pick(9000).title.replace(/(\w{4})(\w)(\w)/, '$1$3$2'),
    pick(123).aliases.find((a) => /[а-я]/i.test(a.text))?.text ?? pick(123).title,
    // The real KB's test queries (mostly misses here: worst case, they reach the fallback).
    'weimar trinagle',
    'будапештский меморандум',
    'Zelenskiy',
    'Selenskyj',
    'article 5',
    'peacekeepers',
    // Common summary words (thousands of hits) and garbage.
    'security guarantee',
    'the treaty of',
    'xqzvw kjh',
  ];

  const timings: number[] = [];
  const cpuTimings: number[] = [];
  const runOnce = (record: boolean) => {
    for (const query of queries)
      for (let end = 1; end <= query.length; end++) {
        const cpu = process.cpuUsage();
        const start = performance.now();
        index.search(query.slice(0, end), 20);
        const wall = performance.now() - start;
        const used = process.cpuUsage(cpu);
        if (record) {
          timings.push(wall);
          cpuTimings.push((used.user + used.system) / 1000);
        }
      }
  };
  runOnce(false); // warm-up: the popup keeps one index alive, so JIT warm-up is paid once
  for (let round = 0; round < rounds; round++) runOnce(true);

  const percentile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  };
  return {
    entries: size,
    buildMs,
    keystrokes: timings.length,
    p50Ms: percentile(timings, 0.5),
    p95Ms: percentile(timings, 0.95),
    p99Ms: percentile(timings, 0.99),
    maxMs: Math.max(...timings),
    cpuP50Ms: percentile(cpuTimings, 0.5),
    cpuP95Ms: percentile(cpuTimings, 0.95),
  };
}
