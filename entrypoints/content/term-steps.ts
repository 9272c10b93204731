export type StepDirection = 'next' | 'previous';

type Box = Pick<DOMRect, 'top' | 'bottom'>;

/**
 * Where the keyboard command goes from `current` (the open or last visited term), among
 * `records` in reading order: one on, wrapping at either end. With no current term, the
 * first term from the top of the viewport (next) or the last above its bottom (previous),
 * so the reader starts where they are reading.
 */
export function stepTarget<T>(
  records: readonly T[],
  current: T | null,
  direction: StepDirection,
  boxOf: (record: T) => Box,
  viewportHeight: number,
): T | null {
  if (!records.length) return null;
  const delta = direction === 'next' ? 1 : -1;
  const at = current === null ? -1 : records.indexOf(current);
  if (at !== -1) return records[(at + delta + records.length) % records.length]!;
  if (direction === 'next') return records.find((r) => boxOf(r).bottom > 0) ?? records[0]!;
  return records.findLast((r) => boxOf(r).top < viewportHeight) ?? records[records.length - 1]!;
}
