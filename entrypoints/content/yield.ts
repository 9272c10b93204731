interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Longest stretch of our work in one task: far under the 50 ms long-task line on slow machines. */
export const SLICE_MS = 8;

/**
 * Runs `steps` to the end, giving the page a turn (`yieldFn`) whenever a slice of
 * {@link SLICE_MS} is used up; resolves to the generator's result. `signal` stops it
 * between steps (the promise then rejects with the signal's reason).
 */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  signal: AbortSignal,
  yieldFn: () => Promise<void> = yieldToPage,
  now: () => number = () => performance.now(),
): Promise<T> {
  let start = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - start > SLICE_MS) {
      await yieldFn();
      if (signal.aborted) throw signal.reason;
      start = now();
    }
  }
}

/** Gives the page a turn: `scheduler.yield()` keeps our place in line; else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
