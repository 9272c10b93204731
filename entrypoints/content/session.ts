import type { CardLang, MatchEntry } from '../../data/schema';
import { compileMatcherSteps, type PreparedPage } from '../../core/matcher';
import type { Settings } from '../../core/settings';
import type { PageTerm } from '../../utils/messages';
import { createAnnotator, type Annotator } from './annotator';
import type { CardStore } from './card-store';
import { liveRange, termAtPoint } from './hit-test';
import { watchHover } from './hover-intent';
import { watchMutations } from './mutation-watch';
import { createPainter, type TermRecord } from './painter';
import { createPopover, UI_HOST_TAG } from './popover';
import { leadText, viewportBlock } from './page-context';
import { runInSlices } from './yield';

export interface Session {
  pageTerms(): PageTerm[];
  /** Scrolls to the next painted occurrence of `entryId`, marks it and opens its card. */
  reveal(entryId: string): boolean;
  /** Resolves when the first full scan is done. */
  ready: Promise<void>;
  /** True while any scan (first pass or a mutation batch) is running. */
  isScanning(): boolean;
  /** Re-reads the page context (title, lead) and the whole page, e.g. after SPA navigation. */
  rescan(): Promise<void>;
  /** Cards opened from now on are in `lang`; an open card closes. */
  setCardLang(lang: CardLang): void;
}

export interface SessionDeps {
  window: Window & typeof globalThis;
  /** What matching needs of every entry; card text comes from `cards`. */
  kb: readonly MatchEntry[];
  cards: CardStore;
  settings: Settings;
  siteLabel: string;
  onMute: (entryId: string) => void;
  onDisableSite: () => void;
  onTermsChanged: (distinctEntries: number) => void;
  signal: AbortSignal;
}

/**
 * One annotation session for a page: everything it creates (highlights, observers,
 * listeners, the UI host) is torn down by aborting `signal`.
 */
export function startSession(deps: SessionDeps): Session {
  const { window: win, kb, cards, settings, signal } = deps;
  const doc = win.document;
  const painter = createPainter(win);
  painter.setDensity(settings.density);
  signal.addEventListener('abort', () => painter.clear());

  const reportTerms = () => deps.onTermsChanged(new Set(painter.all().map((r) => r.entryId)).size);
  // A page's first compile runs on a cold JIT (20 to 30 ms): it is spread over short tasks,
  // and everything that needs the matcher waits for it (a stopped session: nothing runs).
  const compiled = runInSlices(compileMatcherSteps(kb, { muted: new Set(settings.muted) }), signal).then((matcher) => {
    const readPage = (): PreparedPage => matcher.preparePage({ title: doc.title, lead: leadText(doc) });
    let page = readPage();
    const annotator = createAnnotator({ matcher, page: () => page, painter, uiHostTag: UI_HOST_TAG, signal, onPainted: reportTerms });
    return { annotator, rereadPage: () => void (page = readPage()) };
  });
  type Compiled = Awaited<typeof compiled>;
  const whenCompiled = (work: (c: Compiled) => Promise<void> | void): Promise<void> =>
    compiled.then(work, () => undefined);

  let openRecord: TermRecord | null = null;
  const popover = createPopover({
    document: doc,
    cards,
    onMute: deps.onMute,
    onDisableSite: deps.onDisableSite,
    siteLabel: deps.siteLabel,
    theme: settings.theme,
    onOpenChange: (entryId) => painter.setActive(entryId && openRecord?.entryId === entryId ? openRecord : null),
    signal,
  });

  watchHover({
    document: doc,
    hitTest: (x, y) => {
      const hit = termAtPoint(doc, painter, x, y);
      if (!hit) return null;
      // Ask for the card's text as the pointer arrives, so it is there when the dwell ends.
      void cards.load(hit.record.entryId);
      openRecord = hit.record;
      return { entryId: hit.record.entryId, anchor: hit.range };
    },
    popover,
    signal,
  });

  let scansRunning = 0;
  const tracked = async (scan: Promise<void>) => {
    scansRunning++;
    try {
      await scan;
    } finally {
      scansRunning--;
    }
  };

  const body = doc.body ?? doc.documentElement;
  // Observe before the first scan, so content that arrives during it is not missed.
  watchMutations({
    root: body,
    isOwnNode: (node) => popover.contains(node),
    signal,
    onChange: ({ roots, removals }) =>
      void tracked(
        whenCompiled(async ({ annotator }) => {
          if (removals) annotator.forget(null);
          for (const root of roots) annotator.forget(root);
          if (roots.length) await annotator.scan(roots);
          reportTerms();
        }),
      ),
  });
  const ready = tracked(whenCompiled(({ annotator }) => annotator.scan([body], viewportBlock(doc, win))));

  const revealCursor = new Map<string, number>();
  return {
    ready,
    isScanning: () => scansRunning > 0,
    rescan() {
      return tracked(
        whenCompiled(async ({ annotator, rereadPage }) => {
          rereadPage();
          annotator.forget(body);
          await annotator.scan([body]);
          reportTerms();
        }),
      );
    },
    setCardLang(lang) {
      if (lang === cards.lang) return;
      popover.close('api');
      cards.setLang(lang);
    },
    pageTerms: () => painter.all().map((r) => ({ entryId: r.entryId, text: r.text })),
    reveal(entryId) {
      const matches = painter.all().filter((r) => r.entryId === entryId);
      if (!matches.length) return false;
      const index = (revealCursor.get(entryId) ?? -1) + 1;
      const record = matches[index % matches.length]!;
      revealCursor.set(entryId, index % matches.length);
      const range = liveRange(doc, record);
      record.nodes[0]!.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      openRecord = record;
      popover.open(entryId, range, { pinned: true, focus: true });
      return true;
    },
  };
}
