import { cardLanguageOf, type Settings } from '../../core/settings';
import { isEnabledFor, siteKeyFromUrl } from '../../core/site-key';
import type { CardLang, MatchEntry } from '../../data/schema';
import { updateSettings } from '../../utils/storage';
import { browserUiLang } from '../../utils/ui-lang';
import type { CardStore } from './card-store';
import { frameSiteOf, readerSiteUrl, type FrameSite } from './frame-site';
import { startSession, type Session } from './session';

/**
 * Whether and how this frame is annotated, kept in line with the settings and the address:
 * a session runs while Kontekst is on here, and is replaced when something it was built
 * with changes. Every session ends with `signal` (the content script's context) or sooner,
 * so invalidating the context tears everything down.
 */
export interface PageAnnotation {
  /** The running session; null while Kontekst is off here. */
  readonly session: Session | null;
  /** Starts a session (replacing a running one) if Kontekst is on here; else reports "off". */
  start(): void;
  /** New settings, applied at once: live where the session can take them, else a new session. */
  applySettings(next: Settings): void;
  /** The address changed (SPA navigation). True when that switched annotation on or off here. */
  readdress(): boolean;
}

export interface PageAnnotationDeps {
  window: Window & typeof globalThis;
  /** What matching needs of every entry. */
  kb: readonly MatchEntry[];
  cards: CardStore;
  settings: Settings;
  /** Distinct entries painted after each scan; null when Kontekst is off here. */
  onTermsChanged: (entryIds: string[] | null) => void;
  signal: AbortSignal;
}

/** The language cards are shown in. */
export function cardLangOf(settings: Settings): CardLang {
  return cardLanguageOf(settings.cardLanguage, browserUiLang());
}

export function createPageAnnotation(deps: PageAnnotationDeps): PageAnnotation {
  const { window: win, cards } = deps;
  let settings = deps.settings;
  let site: FrameSite = frameSiteOf(win);
  let session: Session | null = null;
  let ended: AbortController | null = null;

  const enabledHere = (s: Settings) => isEnabledFor(site.own, s) && (site.top === null || isEnabledFor(site.top, s));
  const stop = () => {
    ended?.abort();
    ended = null;
    session = null;
  };
  deps.signal.addEventListener('abort', stop, { once: true });

  const start = () => {
    stop();
    if (deps.signal.aborted) return;
    if (!enabledHere(settings)) return deps.onTermsChanged(null);
    ended = new AbortController();
    session = startSession({
      window: win,
      kb: deps.kb,
      cards,
      settings,
      siteLabel: siteKeyFromUrl(readerSiteUrl(site)) ?? win.location.host,
      onMute: (entryId) => void updateSettings({ kind: 'mute', entryId, muted: true }).catch(reportEditFailure),
      onDisableSite: () => {
        const key = siteKeyFromUrl(readerSiteUrl(site));
        if (key) void updateSettings({ kind: 'site', key, enabled: false }).catch(reportEditFailure);
      },
      onTermsChanged: deps.onTermsChanged,
      // One teardown tree: the session ends with the content script's context, or on its own.
      signal: AbortSignal.any([deps.signal, ended.signal]),
    });
  };

  return {
    get session() {
      return session;
    },
    start,
    applySettings(next) {
      const changed = sessionShape(next, enabledHere(next)) !== sessionShape(settings, enabledHere(settings));
      settings = next;
      const lang = cardLangOf(next);
      if (session && !changed) {
        session.setMarkStyle(next.markStyle);
        return session.setCardLang(lang);
      }
      cards.setLang(lang);
      if (changed) start();
    },
    readdress() {
      site = frameSiteOf(win);
      if (enabledHere(settings) === (session !== null)) return false;
      start();
      return true;
    },
  };
}

/** The parts of the settings a running session is built with (not the card language or mark style: set live). */
function sessionShape(settings: Settings, enabled: boolean): string {
  const { density, muted, theme } = settings;
  return JSON.stringify([enabled, density, [...muted].sort(), theme]);
}

/**
 * An edit the extension could not apply (it was reloaded under this page): the reader's
 * click did nothing, which is said once in the console instead of an unhandled rejection.
 */
function reportEditFailure(error: unknown): void {
  console.warn('Kontekst: the setting could not be saved; reload the page and try again.', error);
}
