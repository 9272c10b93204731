import './highlight.css';
import { defineContentScript } from '#imports';
import encodedIndex from 'virtual:kontekst-match-index';
import { decodeMatchIndex } from '../../core/match-index';
import { readSettings, watchSettings } from '../../utils/storage';
import { createCardStore } from './card-store';
import { answerContentRequests } from './content-requests';
import { cardLangOf, createPageAnnotation } from './page-annotation';
import { ignoreForgedWxtEvents } from './page-isolation';
import { followSpaNavigation } from './spa-navigation';
import { reportTermCount, requestCards } from './to-background';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // Every frame reads its own text (live blogs and embeds live in iframes); about:blank and
  // srcdoc frames that a matching page creates too. Each frame paints and shows cards itself.
  allFrames: true,
  matchAboutBlank: true,
  // Tell the page nothing: WXT would otherwise post a "script started" message to it.
  noScriptStartedPostMessage: true,
  // Everything below ends with ctx.signal: when the extension reloads or updates, this
  // context is invalidated and its listeners, session and UI go with it.
  async main(ctx) {
    ignoreForgedWxtEvents(window, ctx.signal);
    const settings = await readSettings();
    const cards = createCardStore({ lang: cardLangOf(settings), request: requestCards });
    const page = createPageAnnotation({
      window,
      kb: decodeMatchIndex(encodedIndex),
      cards,
      settings,
      onTermsChanged: reportTermCount,
      signal: ctx.signal,
    });
    // Settings changed anywhere in Kontekst apply here at once, without a reload.
    ctx.onInvalidated(watchSettings(page.applySettings));
    followSpaNavigation(ctx, window, page);
    answerContentRequests({ window, session: () => page.session, signal: ctx.signal });
    page.start();
  },
});
