import { browser } from '#imports';
import type { StepResponse } from './messages';
import { createSerialQueue } from './serial-queue';

/**
 * The frames of each tab whose content script runs, and the entries each one paints,
 * learnt from the `term-count` reports every frame sends after a scan (the sender names
 * its frame). This replaces `webNavigation.getAllFrames`, whose permission warns about
 * browsing history. Kept in `storage.session` (memory, cleared with the browser, readable
 * by the popup, not by pages or content scripts) because the service worker is stopped
 * when idle.
 */
type TabFrames = Record<string, string[] | null>;

const keyOf = (tabId: number) => `frames:${tabId}`;
/** Reports from many frames arrive together: one read-modify-write at a time. */
const serially = createSerialQueue();

async function read(tabId: number): Promise<TabFrames> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  return (stored[keyOf(tabId)] as TabFrames | undefined) ?? {};
}

/** Records what `frameId` paints (null: annotation is off there); resolves to the tab's frames. */
export function recordFrame(tabId: number, frameId: number, entryIds: string[] | null): Promise<TabFrames> {
  return serially(async () => {
    const frames = { ...(await read(tabId)), [frameId]: entryIds };
    await browser.storage.session.set({ [keyOf(tabId)]: frames });
    return frames;
  });
}

/** A new page in the tab (or the tab closed): its frames are gone. */
export function forgetTab(tabId: number): Promise<void> {
  return serially(() => browser.storage.session.remove(keyOf(tabId)));
}

/** The tab's known frame ids, the top frame (0) first. */
export async function framesOf(tabId: number): Promise<number[]> {
  const ids = Object.keys(await read(tabId)).map(Number);
  return [0, ...ids.filter((id) => id !== 0).sort((a, b) => a - b)];
}

/** Distinct entries over the tab's frames; null when the top frame is off. */
export function distinctOverFrames(frames: TabFrames): number | null {
  if (frames[0] === null) return null;
  return new Set(Object.values(frames).flatMap((ids) => ids ?? [])).size;
}

/**
 * The next/previous-term command: the top frame moves through its terms; a tab whose
 * top frame has none (an article inside an iframe) moves in the first frame that has.
 */
export async function stepInTab(tabId: number, direction: 'next' | 'previous'): Promise<boolean> {
  for (const frameId of await framesOf(tabId)) {
    const answer = (await browser.tabs
      .sendMessage(tabId, { type: 'step-term', direction, toFrame: true }, { frameId })
      .catch(() => null)) as StepResponse | null;
    if (answer?.moved) return true;
  }
  return false;
}
