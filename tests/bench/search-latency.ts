/**
 * Popup search latency over a synthetic KB, on its own (npm run bench includes it too).
 * Run: npx vite-node tests/bench/search-latency.ts [entries] [rounds]
 * A benchmark, not a test: the budget (p95 ≤ 8 ms, one frame) is printed, never asserted.
 */
import { measureSearchLatency } from './search';

const result = measureSearchLatency(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 5));
const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(`entries ${result.entries}, index build ${result.buildMs.toFixed(0)} ms`);
console.log(
  `keystrokes ${result.keystrokes}: p50 ${ms(result.p50Ms)}, p95 ${ms(result.p95Ms)}, p99 ${ms(result.p99Ms)}, ` +
    `max ${ms(result.maxMs)}; CPU p50 ${ms(result.cpuP50Ms)}, p95 ${ms(result.cpuP95Ms)} (budget: p95 ≤ 8 ms)`,
);
