/**
 * The yield the benchmark gives the annotation setup (page-entry.ts) in place of
 * entrypoints/content/yield.ts's. It forwards to the real `yieldToPage` and records how long
 * the work sat idle between its slices, so one run gives both the wall time and the CPU
 * time (wall minus idle gaps). In mode 'none' it does not yield at all: the whole scan runs
 * as one task, for the pure-CPU variant.
 */
import { yieldToPage as realYield } from '../../entrypoints/content/yield';

export const yieldStats = {
  mode: 'real' as 'real' | 'none',
  /** Number of times the annotator asked to yield. */
  yields: 0,
  /** Time from each yield to the annotator's resumption, summed. */
  idleMs: 0,
  /** When the current slice began (set by the caller at the start of a scan). */
  sliceStart: 0,
  /** The longest slice: from a start or resumption to the next yield. */
  maxSliceMs: 0,
};

/** Resets the counters; `now` is when the measured work (and its first slice) starts. */
export function resetYieldStats(mode: 'real' | 'none', now: number): void {
  Object.assign(yieldStats, { mode, yields: 0, idleMs: 0, sliceStart: now, maxSliceMs: 0 });
}

/** Closes the last slice (the one that ends with the scan, not with a yield). */
export function endYieldStats(now: number): void {
  yieldStats.maxSliceMs = Math.max(yieldStats.maxSliceMs, now - yieldStats.sliceStart);
}

export function yieldToPage(): Promise<void> {
  yieldStats.yields++;
  const start = performance.now();
  yieldStats.maxSliceMs = Math.max(yieldStats.maxSliceMs, start - yieldStats.sliceStart);
  if (yieldStats.mode === 'none') {
    yieldStats.sliceStart = start;
    return Promise.resolve();
  }
  return realYield().then(() => {
    const resumed = performance.now();
    yieldStats.idleMs += resumed - start;
    yieldStats.sliceStart = resumed;
  });
}
