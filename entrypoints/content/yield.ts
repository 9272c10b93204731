interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Gives the page a turn: `scheduler.yield()` keeps our place in line; else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
