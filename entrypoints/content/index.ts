import './highlight.css';
import { browser, defineContentScript } from '#imports';
import encodedIndex from 'virtual:kontekst-match-index';
import { decodeMatchIndex } from '../../core/match-index';
import { isEnabledFor, siteKeyFromUrl, withSiteEnabled } from '../../core/site-key';
import type { Settings } from '../../core/settings';
import type { CardLang } from '../../data/schema';
import { browserUiLang } from '../../utils/ui-lang';
import { isOwnSender, parseContentRequest } from '../../utils/message-guards';
import type { AnnotationStateResponse, EntryCardsResponse, PageTermsResponse, RevealResponse } from '../../utils/messages';
import { readSettings, updateSettings, watchSettings } from '../../utils/storage';
import { ignoreForgedWxtEvents } from './page-isolation';
import { createCardStore } from './card-store';
import { startSession, type Session } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // Tell the page nothing: WXT would otherwise post a "script started" message to it.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    ignoreForgedWxtEvents(window, ctx.signal);
    let settings: Settings = await readSettings();
    let session: Session | null = null;
    let sessionAbort: AbortController | null = null;
    const matchIndex = decodeMatchIndex(encodedIndex);
    const cards = createCardStore({
      lang: cardLangOf(settings),
      request: async (entryId, lang) => {
        const answer = (await browser.runtime.sendMessage({ type: 'entry-cards', entryId, lang })) as EntryCardsResponse | undefined;
        return answer ?? { cards: [], strings: {} };
      },
    });

    const reportCount = (distinct: number | null) =>
      browser.runtime.sendMessage({ type: 'term-count', distinct }).catch(() => {
        // The background may be restarting; the next change reports again.
      });

    const stop = () => {
      sessionAbort?.abort();
      sessionAbort = null;
      session = null;
    };

    const start = () => {
      stop();
      if (!isEnabledFor(location.href, settings)) return void reportCount(null);
      sessionAbort = new AbortController();
      session = startSession({
        window,
        kb: matchIndex,
        cards,
        settings,
        siteLabel: siteKeyFromUrl(location.href) ?? location.host,
        onMute: (entryId) => void updateSettings((s) => ({ ...s, muted: [...s.muted, entryId] })),
        onDisableSite: () => {
          const key = siteKeyFromUrl(location.href);
          if (key) void updateSettings((s) => withSiteEnabled(s, key, false));
        },
        onTermsChanged: reportCount,
        signal: sessionAbort.signal,
      });
    };

    ctx.onInvalidated(stop);
    ctx.onInvalidated(
      watchSettings((next) => {
        const changed = sessionShape(next) !== sessionShape(settings);
        settings = next;
        // Applied at once, without reload, whichever part of Kontekst changed them.
        const lang = cardLangOf(next);
        if (session && !changed) return session.setCardLang(lang);
        cards.setLang(lang);
        if (changed) start();
      }),
    );

    // SPA navigations: re-check the site setting; the same site gets a rescan with the new
    // title, once the page has rendered its new article (the event can fire before that).
    let lastUrl = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      const previous = lastUrl;
      lastUrl = newUrl.href;
      // Same document, new fragment (an in-page link): nothing new to read.
      if (withoutHash(newUrl.href) === withoutHash(previous)) return;
      if (isEnabledFor(newUrl.href, settings) !== (session !== null)) return start();
      ctx.setTimeout(() => void session?.rescan(), 50);
    });

    browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<unknown> | undefined => {
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      const request = parseContentRequest(raw);
      if (!request) return undefined;
      if (request.type === 'page-terms') {
        const answer: PageTermsResponse = { terms: session?.pageTerms() ?? [], url: location.href };
        return Promise.resolve(answer);
      }
      if (request.type === 'annotation-state') {
        const answer: AnnotationStateResponse = session
          ? { state: session.isScanning() ? 'scanning' : 'idle', painted: session.pageTerms().length }
          : { state: 'off', painted: 0 };
        return Promise.resolve(answer);
      }
      const answer: RevealResponse = { revealed: session?.reveal(request.entryId) ?? false };
      return Promise.resolve(answer);
    });

    start();
  },
});

/** The language cards are shown in: the reader's choice, or the browser's. */
function cardLangOf(settings: Settings): CardLang {
  return settings.cardLanguage === 'auto' ? browserUiLang() : settings.cardLanguage;
}

/** The parts of the settings a running session depends on, for this page (not the card language: see setCardLang). */
function sessionShape(settings: Settings): string {
  const { density, muted, theme } = settings;
  return JSON.stringify([isEnabledFor(location.href, settings), density, [...muted].sort(), theme]);
}

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}
