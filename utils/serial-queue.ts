/**
 * Runs async work one piece at a time, in the order it was asked for: a read-modify-write
 * that waits for the one before it cannot overwrite what that one wrote. A failed piece
 * fails alone; the next one still runs.
 */
export function createSerialQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = last.then(work, work);
    last = next.catch(() => undefined);
    return next;
  };
}
