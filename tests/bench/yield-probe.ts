/**
 * Stands in for entrypoints/content/yield.ts inside the benchmark's page bundle (the
 * bundler swaps it in for the annotator's `./yield` import). It forwards to the real
 * `yieldToPage` and records how long the annotator sat idle between its slices, so one
 * run gives both the wall time and the CPU time (wall minus idle gaps). In mode 'none'
 * it does not yield at all: the whole scan runs as one task, for the pure-CPU variant.
 */
import { yieldToPage as realYield } from '../../entrypoints/content/yield';

export const yieldStats = {
  mode: 'real' as 'real' | 'none',
  /** Number of times the annotator asked to yield. */
  yields: 0,
  /** Time from each yield to the annotator's resumption, summed. */
  idleMs: 0,
};

export function yieldToPage(): Promise<void> {
  yieldStats.yields++;
  if (yieldStats.mode === 'none') return Promise.resolve();
  const start = performance.now();
  return realYield().then(() => {
    yieldStats.idleMs += performance.now() - start;
  });
}
