import './highlight.css';
import { browser, defineContentScript } from '#imports';
import encodedIndex from 'virtual:kontekst-match-index';
import { decodeMatchIndex } from '../../core/match-index';
import { isEnabledFor, siteKeyFromUrl } from '../../core/site-key';
import type { Settings } from '../../core/settings';
import type { CardLang } from '../../data/schema';
import { browserUiLang } from '../../utils/ui-lang';
import { isOwnSender, parseContentRequest } from '../../utils/message-guards';
import type {
  AnnotationStateResponse,
  ContentRequest,
  EntryCardsResponse,
  PageTermsResponse,
  RevealResponse,
  StepResponse,
} from '../../utils/messages';
import { readSettings, updateSettings, watchSettings } from '../../utils/storage';
import { ignoreForgedWxtEvents } from './page-isolation';
import { createCardStore } from './card-store';
import { frameSiteOf, readerSiteUrl, type FrameSite } from './frame-site';
import { startSession, type Session } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // Every frame reads its own text (live blogs and embeds live in iframes); about:blank and
  // srcdoc frames that a matching page creates too. Each frame paints and shows cards itself.
  allFrames: true,
  matchAboutBlank: true,
  // Tell the page nothing: WXT would otherwise post a "script started" message to it.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    ignoreForgedWxtEvents(window, ctx.signal);
    let settings: Settings = await readSettings();
    const isTop = window === window.top;
    let site: FrameSite = frameSiteOf(window);
    const enabledHere = (s: Settings) => isEnabledFor(site.own, s) && (site.top === null || isEnabledFor(site.top, s));
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

    const reportCount = (entryIds: string[] | null) =>
      browser.runtime.sendMessage({ type: 'term-count', distinct: entryIds?.length ?? null, entryIds: entryIds ?? undefined }).catch(() => {
        // The background may be restarting; the next change reports again.
      });

    const stop = () => {
      sessionAbort?.abort();
      sessionAbort = null;
      session = null;
    };

    const start = () => {
      stop();
      if (!enabledHere(settings)) return void reportCount(null);
      sessionAbort = new AbortController();
      session = startSession({
        window,
        kb: matchIndex,
        cards,
        settings,
        siteLabel: siteKeyFromUrl(readerSiteUrl(site)) ?? location.host,
        onMute: (entryId) => void updateSettings({ kind: 'mute', entryId, muted: true }),
        onDisableSite: () => {
          const key = siteKeyFromUrl(readerSiteUrl(site));
          if (key) void updateSettings({ kind: 'site', key, enabled: false });
        },
        onTermsChanged: reportCount,
        signal: sessionAbort.signal,
      });
    };

    ctx.onInvalidated(stop);
    ctx.onInvalidated(
      watchSettings((next) => {
        const changed = sessionShape(next, enabledHere(next)) !== sessionShape(settings, enabledHere(settings));
        settings = next;
        // Applied at once, without reload, whichever part of Kontekst changed them.
        const lang = cardLangOf(next);
        if (session && !changed) {
          session.setMarkStyle(next.markStyle);
          return session.setCardLang(lang);
        }
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
      site = frameSiteOf(window);
      if (enabledHere(settings) !== (session !== null)) return start();
      ctx.setTimeout(() => void session?.rescan(), 50);
    });

    browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<unknown> | undefined => {
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      const request = parseContentRequest(raw);
      // A request to the whole tab is the top frame's to answer (see ContentRequest).
      if (!request || (!isTop && !request.toFrame)) return undefined;
      return Promise.resolve(answer(request));
    });

    const answer = (request: ContentRequest): unknown => {
      switch (request.type) {
        case 'page-terms':
          return { terms: session?.pageTerms() ?? [], url: location.href } satisfies PageTermsResponse;
        case 'annotation-state':
          return (
            session
              ? { state: session.isScanning() ? 'scanning' : 'idle', painted: session.pageTerms().length }
              : { state: 'off', painted: 0 }
          ) satisfies AnnotationStateResponse;
        case 'reveal-term':
          return { revealed: session?.reveal(request.entryId) ?? false } satisfies RevealResponse;
        case 'step-term':
          return { moved: session?.step(request.direction) ?? false } satisfies StepResponse;
      }
    };

    start();
  },
});

/** The language cards are shown in: the reader's choice, or the browser's. */
function cardLangOf(settings: Settings): CardLang {
  return settings.cardLanguage === 'auto' ? browserUiLang() : settings.cardLanguage;
}

/** The parts of the settings a running session depends on, for this page (not the card language or mark style: set live). */
function sessionShape(settings: Settings, enabled: boolean): string {
  const { density, muted, theme } = settings;
  return JSON.stringify([enabled, density, [...muted].sort(), theme]);
}

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}
