import { browser } from '#imports';
import type { RevealResponse } from '../../utils/messages';
import type { TargetTab } from './target-tab';

/**
 * Asks the tab's content script to scroll to the entry's next mention and open its card,
 * in the frame that paints it (0: the top page), then shows that tab: from the toolbar the popup closes out of the way; opened as a page
 * (context-menu lookup), it switches to the article. False when the term is gone.
 */
export async function revealOnPage(tab: TargetTab, entryId: string, frameId = 0): Promise<boolean> {
  const request = { type: 'reveal-term', entryId, toFrame: true } as const;
  const answer = (await browser.tabs.sendMessage(tab.id, request, { frameId }).catch(() => null)) as RevealResponse | null;
  if (!answer?.revealed) return false;
  if (tab.fromParameter) await browser.tabs.update(tab.id, { active: true });
  else window.close();
  return true;
}
