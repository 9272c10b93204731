/** A copy of `old` with `size` elements, the new ones set to `fill`: the growth step of the matcher's typed-array tables. */
export function grown<T extends Uint8Array | Int32Array>(old: T, size: number, fill = 0): T {
  const next = new (old.constructor as new (n: number) => T)(size);
  next.set(old);
  if (fill !== 0) next.fill(fill, old.length);
  return next;
}
