import { compileMatcherSteps, type PreparedPage } from '../../core/matcher';
import type { MatchEntry } from '../../data/schema';
import { createAnnotator, type Annotator, type AnnotatorDeps } from './annotator';
import { leadText, viewportBlock } from './page-context';
import { UI_HOST_TAG } from './ui-host';
import { runInSlices, yieldToPage } from './yield';

/** The annotator's own options (painter, signal, callbacks, yield), plus what the matcher is compiled from. */
export interface AnnotationSetupDeps extends Omit<AnnotatorDeps, 'matcher' | 'page' | 'uiHostTag'> {
  window: Window & typeof globalThis;
  /** What matching needs of every entry. */
  kb: readonly MatchEntry[];
  muted: ReadonlySet<string>;
  /** Called when the matcher is compiled, before the page is read (the bench times the compile). */
  onCompiled?: () => void;
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
  const annotator = createAnnotator({ ...deps, matcher, page: () => page, uiHostTag: UI_HOST_TAG, yieldToPage: yieldFn });
  return {
    annotator,
    rereadPage: () => void (page = readPage()),
    scanPage: () => annotator.scan([doc.body ?? doc.documentElement], viewportBlock(doc, win)),
  };
}
