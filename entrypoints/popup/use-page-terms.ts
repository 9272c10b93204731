import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { isOwnSender } from '../../utils/message-guards';
import { BackgroundRequest, type PageTerm, type PageTermsResponse } from '../../utils/messages';
import { framesOf } from '../../utils/tab-frames';

/** What the content script of the target tab says: its terms, or that it is not there. */
export type PageTermsState =
  | { status: 'loading' }
  | { status: 'unreachable' }
  | { status: 'ready'; terms: FramedTerm[]; url: string | undefined };

/** A painted term and the frame it is painted in (0: the top page). */
export type FramedTerm = PageTerm & { frameId: number };

/**
 * Asks every frame of the tab for its terms, one by one (`frameId`), and joins them in frame
 * order. A frame that does not answer (gone, or a page Kontekst cannot run in) adds nothing.
 * Null when no frame answers.
 */
async function termsOfFrames(tabId: number, frameIds: number[]): Promise<{ terms: FramedTerm[]; url: string | undefined } | null> {
  const answers = await Promise.all(
    frameIds.map((frameId) =>
      browser.tabs.sendMessage(tabId, { type: 'page-terms', toFrame: true }, { frameId }).then(
        (answer: PageTermsResponse | undefined) => (answer ? { frameId, answer } : null),
        () => null,
      ),
    ),
  );
  const answered = answers.filter((a) => a !== null);
  if (!answered.length) return null;
  return {
    terms: answered.flatMap(({ frameId, answer }) => answer.terms.map((term) => ({ ...term, frameId }))),
    url: answered.find((a) => a.frameId === 0)?.answer.url,
  };
}

/**
 * The painted terms of `tabId`, over all its frames, refreshed whenever one of the tab's
 * content scripts reports a change (each tells the background after every scan; extension
 * pages hear it too), so the list follows a site switched on or off and a live page.
 */
export function usePageTerms(tabId: number | null): PageTermsState {
  const [state, setState] = useState<PageTermsState>({ status: 'loading' });
  useEffect(() => {
    if (tabId === null) return setState({ status: 'unreachable' });
    let live = true;
    // Frames heard from while open: the background may not have stored a new one yet.
    const heard = new Set<number>();
    // Answers can arrive out of order; only the latest request's answer is shown.
    let latest = 0;
    const refresh = async () => {
      const asked = ++latest;
      const known = await framesOf(tabId).catch(() => [0]);
      const found = await termsOfFrames(tabId, [...new Set([...known, ...heard])]);
      if (!live || asked !== latest) return;
      // No content script: a browser page, or a tab opened before Kontekst was installed.
      setState(found ? { status: 'ready', ...found } : { status: 'unreachable' });
    };
    const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => {
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      // Only a frame's new term count changes the list (not a card request or a settings edit).
      const request = BackgroundRequest.safeParse(raw);
      if (sender.tab?.id !== tabId || !request.success || request.data.type !== 'term-count') return undefined;
      if (sender.frameId !== undefined) heard.add(sender.frameId);
      void refresh();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    void refresh();
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);
  return state;
}
