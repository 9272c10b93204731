/**
 * The matcher's growable typed arrays, in one place. Tables (trie, typo filters, alias
 * records) and scratch arrays (an alias's words, a cursor's symbols) start small and
 * double when full, so compiling and scanning allocate nothing per word once warm.
 *
 * Scratch buffers are module-level or per instance and reused across calls: each user
 * reads what it needs before anything else can reset them, and nothing in the matcher
 * calls back into other code, so no buffer is ever in use by two calls at once.
 */

/** A copy of `old` with `size` elements, the new ones set to `fill`. */
export function grown<T extends Uint8Array | Uint16Array | Int32Array | Uint32Array>(old: T, size: number, fill = 0): T {
  const next = new (old.constructor as new (n: number) => T)(size);
  next.set(old);
  if (fill !== 0) next.fill(fill, old.length);
  return next;
}

/** `old` at twice its length (at least one element), new elements zero. */
export function doubled<T extends Uint8Array | Uint16Array | Int32Array | Uint32Array>(old: T): T {
  return grown(old, Math.max(1, old.length * 2));
}
