import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { isOwnSender } from '../../utils/message-guards';
import { BackgroundRequest, type PageTerm, type PageTermsResponse } from '../../utils/messages';

/** What the content script of the target tab says: its terms, or that it is not there. */
export type PageTermsState =
  | { status: 'loading' }
  | { status: 'unreachable' }
  | { status: 'ready'; terms: PageTerm[]; url: string | undefined };

/**
 * The painted terms of `tabId`, refreshed whenever that tab's content script reports a
 * change (it tells the background after every scan; extension pages hear it too), so
 * the list follows a site switched on or off and a live page.
 */
export function usePageTerms(tabId: number | null): PageTermsState {
  const [state, setState] = useState<PageTermsState>({ status: 'loading' });
  useEffect(() => {
    if (tabId === null) return setState({ status: 'unreachable' });
    let live = true;
    const refresh = () =>
      browser.tabs.sendMessage(tabId, { type: 'page-terms' }).then(
        (answer: PageTermsResponse | undefined) =>
          live && setState({ status: 'ready', terms: answer?.terms ?? [], url: answer?.url }),
        // No content script: a browser page, or a tab opened before Kontekst was installed.
        () => live && setState({ status: 'unreachable' }),
      );
    const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      if (sender.tab?.id === tabId && BackgroundRequest.safeParse(raw).success) void refresh();
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
