/** Checks on incoming messages that the content script runs: no zod in the page (see messages.ts). */
import type { ContentRequest } from './messages';

/** Only our own extension's pages and scripts may talk to us. */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === ownId;
}

/** The request as `ContentRequest` parses it (unknown fields dropped), or null when it is not one. */
export function parseContentRequest(raw: unknown): ContentRequest | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { type, entryId, direction, toFrame } = raw as Record<string, unknown>;
  if (toFrame !== undefined && typeof toFrame !== 'boolean') return null;
  const frame = toFrame === undefined ? {} : { toFrame };
  if (type === 'page-terms') return { type, ...frame };
  // What tests and the bench wait on: test builds only (`wxt build --mode test`); a store build neither parses nor answers it.
  if (import.meta.env.MODE === 'test' && type === 'annotation-state') return { type, ...frame };
  if (type === 'reveal-term' && typeof entryId === 'string') return { type, entryId, ...frame };
  if (type === 'step-term' && (direction === 'next' || direction === 'previous')) return { type, direction, ...frame };
  return null;
}
