import { compileMatcherSteps, type PreparedPage } from '../../core/matcher';
import type { MatchEntry } from '../../data/schema';
import { createAnnotator, type Annotator } from './annotator';
import { leadText, viewportBlock } from './page-context';
import type { Painter } from './painter';
import { UI_HOST_TAG } from './ui-host';
import { runInSlices, yieldToPage } from './yield';

export interface AnnotationSetupDeps {
  window: Window & typeof globalThis;
  /** What matching needs of every entry. */
  kb: readonly MatchEntry[];
  muted: ReadonlySet<string>;
  painter: Painter;
  signal: AbortSignal;
  /** Gives the page a turn between slices of work; the bench passes an instrumented one. */
  yieldToPage?: () => Promise<void>;
  /** Called when the matcher is compiled, before the page is read (the bench times the compile). */
  onCompiled?: () => void;
  onPainted?: () => void;
  onShadowRoot?: (root: ShadowRoot) => void;
  onUndefinedElements?: (elements: readonly Element[]) => void;
}

export interface Annotation {
  annotator: Annotator;
  /** Reads the page's title and lead again (after SPA navigation). */
  rereadPage(): void;
  /** The first pass over the whole page, the blocks around the viewport first. */
  scanPage(): Promise<void>;
}

/**
 * A page's annotation as a session runs it, and as the bench measures it: the matcher
 * compiled in short slices (a page's first compile runs on a cold JIT, 20 to 30 ms), the
 * page's context (title, lead), and an annotator painting through `painter`. Rejects when
 * `signal` aborts before the compile is done.
 */
export async function setUpAnnotation(deps: AnnotationSetupDeps): Promise<Annotation> {
  const { window: win, signal } = deps;
  const doc = win.document;
  const yieldFn = deps.yieldToPage ?? yieldToPage;
  const matcher = await runInSlices(compileMatcherSteps(deps.kb, { muted: deps.muted }), signal, yieldFn);
  deps.onCompiled?.();
  const readPage = (): PreparedPage => matcher.preparePage({ title: doc.title, lead: leadText(doc) });
  let page = readPage();
  const annotator = createAnnotator({
    matcher,
    page: () => page,
    painter: deps.painter,
    uiHostTag: UI_HOST_TAG,
    signal,
    yieldToPage: yieldFn,
    onPainted: deps.onPainted,
    onShadowRoot: deps.onShadowRoot,
    onUndefinedElements: deps.onUndefinedElements,
  });
  return {
    annotator,
    rereadPage: () => void (page = readPage()),
    scanPage: () => annotator.scan([doc.body ?? doc.documentElement], viewportBlock(doc, win)),
  };
}
