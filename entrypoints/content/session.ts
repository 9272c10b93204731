import type { CardLang, MatchEntry } from '../../data/schema';
import type { MarkStyle, Settings } from '../../core/settings';
import type { PageTerm } from '../../utils/messages';
import { setUpAnnotation, type Annotation } from './annotation-setup';
import type { CardStore } from './card-store';
import { liveRange, termAtPoint } from './hit-test';
import { watchHover } from './hover-intent';
import { watchMutations } from './mutation-watch';
import { watchParagraphHover } from './paragraph-hover';
import { watchUpgrades } from './shadow-roots';
import { createShadowStyler } from './shadow-styles';
import { stepTarget, type StepDirection } from './term-steps';
import { createPainter, paintedEntries, type TermRecord } from './painter';
import { createPopover } from './popover';

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
  /** Repaints the terms in the reader's new mark style, at once. */
  setMarkStyle(style: MarkStyle): void;
  /**
   * The keyboard command: moves to the next or previous painted term in reading order
   * (shadow roots included), scrolls it into view, marks it and opens its card with focus
   * inside. False when there is no term.
   */
  step(direction: StepDirection): boolean;
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
  /** The distinct entries painted now, after each scan. */
  onTermsChanged: (entryIds: string[]) => void;
  signal: AbortSignal;
}

/**
 * One annotation session for a page: everything it creates (highlights, observers,
 * listeners, the UI host) is torn down by aborting `signal`.
 */
export function startSession(deps: SessionDeps): Session {
  const { window: win, kb, cards, settings, signal } = deps;
  const doc = win.document;
  const painter = createPainter(win, settings.density);
  painter.setMarkStyle(settings.markStyle);
  signal.addEventListener('abort', () => painter.clear());
  /** The open shadow roots text was found in: hit-testing must be told about them. */
  const shadowRoots = new Set<ShadowRoot>();
  const styleShadowRoot = createShadowStyler(doc);

  const reportTerms = () => deps.onTermsChanged(paintedEntries(painter));
  // Everything that needs the matcher waits for its compile (a stopped session: nothing runs).
  const compiled = setUpAnnotation({
    window: win,
    kb,
    muted: new Set(settings.muted),
    painter,
    signal,
    onPainted: reportTerms,
    onShadowRoot: (root) => {
      styleShadowRoot(root);
      if (shadowRoots.has(root)) return;
      shadowRoots.add(root);
      mutations.observe(root);
    },
    onUndefinedElements: (elements) => watchForUpgrade(elements),
  });
  const whenCompiled = (work: (annotation: Annotation) => Promise<void> | void): Promise<void> =>
    compiled.then(work, () => undefined);

  let openRecord: TermRecord | null = null;
  /** The term the keyboard command last moved to. */
  let stepped: TermRecord | null = null;
  const liveShadowRoots = () => {
    for (const root of shadowRoots) if (!root.host.isConnected) shadowRoots.delete(root);
    return [...shadowRoots];
  };
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
      const hit = termAtPoint(doc, painter, x, y, liveShadowRoots());
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

  watchParagraphHover({
    document: doc,
    isActive: () => painter.markStyle === 'hover',
    onBlock: (block) => painter.setHoveredBlock(block),
    signal,
  });

  const rescanChanged = ({ roots, removals }: { roots: readonly Node[]; removals: boolean }) =>
    void tracked(
      whenCompiled(async ({ annotator }) => {
        if (removals) annotator.forget(null);
        for (const root of roots) annotator.forget(root);
        if (roots.length) await annotator.scan(roots);
        reportTerms();
      }),
    );
  const body = doc.body ?? doc.documentElement;
  // Observe before the first scan, so content that arrives during it is not missed.
  const mutations = watchMutations({ root: body, isOwnNode: (node) => popover.contains(node), signal, onChange: rescanChanged });
  // A custom element defined late may attach a shadow root that no mutation reveals.
  const watchForUpgrade = watchUpgrades({ onDefined: (el) => rescanChanged({ roots: [el], removals: false }), signal });
  const ready = tracked(whenCompiled(({ scanPage }) => scanPage()));

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
    setMarkStyle: (style) => painter.setMarkStyle(style),
    pageTerms: () => painter.all().map((r) => ({ entryId: r.entryId, text: r.text })),
    reveal(entryId) {
      const matches = painter.all().filter((r) => r.entryId === entryId);
      if (!matches.length) return false;
      const index = (revealCursor.get(entryId) ?? -1) + 1;
      const record = matches[index % matches.length]!;
      revealCursor.set(entryId, index % matches.length);
      showWithFocus(record);
      return true;
    },
    step(direction) {
      const current = popover.openEntryId !== null && openRecord ? openRecord : stepped;
      const record = stepTarget(painter.all(), current, direction, (r) => liveRange(doc, r).getBoundingClientRect(), win.innerHeight);
      if (!record) return false;
      stepped = record;
      showWithFocus(record);
      return true;
    },
  };

  /** Scrolls to a term, marks it and opens its card pinned, with focus inside. */
  function showWithFocus(record: TermRecord) {
    record.nodes[0]!.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    openRecord = record;
    // The same entry at another occurrence keeps the card open: mark the new one at once.
    if (popover.openEntryId === record.entryId) painter.setActive(record);
    popover.open(record.entryId, liveRange(doc, record), { pinned: true, focus: true });
  }
}
