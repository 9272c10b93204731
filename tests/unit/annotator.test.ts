// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Matcher, PreparedPage, TermSpan } from '../../core/matcher';
import { createAnnotator } from '../../entrypoints/content/annotator';
import type { Painter, TermRecord } from '../../entrypoints/content/painter';

// happy-dom has no StaticRange: a plain record of the four boundary fields stands in.
if (typeof globalThis.StaticRange !== 'function') {
  globalThis.StaticRange = class {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
  } as unknown as typeof StaticRange;
}

/** A matcher that finds every "NATO" and records the texts it was asked about. */
function fakeMatcher() {
  const asked: string[] = [];
  const matcher = {
    preparePage: () => ({ cueText: '' }),
    findTermSpans(text: string): TermSpan[] {
      asked.push(text);
      return [...text.matchAll(/NATO/g)].map((m) => ({ entryId: 'nato', start: m.index, end: m.index + 4 }) as TermSpan);
    },
  } as unknown as Matcher;
  return { matcher, asked };
}

function fakePainter() {
  const painted: TermRecord[] = [];
  const painter = { add: (records: readonly TermRecord[]) => painted.push(...records) } as unknown as Painter;
  return { painter, painted };
}

/** checkVisibility as the page's style has it: false inside `.gone`; counts its calls. */
function stubVisibility() {
  const checked: Element[] = [];
  const check = vi.fn(function (this: Element) {
    checked.push(this);
    return !this.closest('.gone');
  });
  Object.defineProperty(Element.prototype, 'checkVisibility', { value: check, configurable: true, writable: true });
  return checked;
}

afterEach(() => {
  delete (Element.prototype as { checkVisibility?: unknown }).checkVisibility;
});

function annotate() {
  const { matcher, asked } = fakeMatcher();
  const { painter, painted } = fakePainter();
  const annotator = createAnnotator({
    matcher,
    page: () => ({ cueText: '' }) as PreparedPage,
    painter,
    uiHostTag: 'kontekst-ui',
    signal: new AbortController().signal,
  });
  return { annotator, asked, painted };
}

describe('createAnnotator', () => {
  it('never paints text the page hides, and checks visibility only for blocks with a term', async () => {
    const checked = stubVisibility();
    document.body.innerHTML =
      '<p id="a">NATO summit</p><p>No term here</p><div class="gone"><p id="b">NATO hidden</p></div><p id="c">More NATO</p>';
    const { annotator, painted } = annotate();
    await annotator.scan([document.body]);
    expect(painted.map((r) => r.block.id)).toEqual(['a', 'c']);
    expect(checked.map((el) => el.id)).toEqual(['a', 'b', 'c']);
  });

  it('scans the priority block first and reads none of its text twice', async () => {
    document.body.innerHTML =
      '<p>NATO before</p><article id="prio"><p>NATO one</p><p>two <em>NATO</em></p></article><p>after NATO</p>';
    const { annotator, asked, painted } = annotate();
    await annotator.scan([document.body], document.getElementById('prio'));
    expect(asked).toEqual(['NATO one', 'two NATO', 'NATO before', 'after NATO']);
    expect(painted.map((r) => r.text)).toEqual(['NATO', 'NATO', 'NATO', 'NATO']);
  });

  it('reads a run that starts before an inline priority element in full', async () => {
    document.body.innerHTML = '<p>Budapest <a id="prio">NATO</a> text</p>';
    const { annotator, asked } = annotate();
    await annotator.scan([document.body], document.getElementById('prio'));
    expect(asked).toEqual(['NATO', 'Budapest NATO text']);
  });

  it('skips a root inside the priority block', async () => {
    document.body.innerHTML = '<article id="prio"><p id="inner">NATO</p></article>';
    const { annotator, asked } = annotate();
    await annotator.scan([document.getElementById('inner')!], document.getElementById('prio'));
    expect(asked).toEqual(['NATO']);
  });
});
