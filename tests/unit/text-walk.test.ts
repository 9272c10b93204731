// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { locate, walkTextRuns, type TextRun } from '../../entrypoints/content/text-walk';
import { referenceRuns } from './fixtures/reference-walk';

function runsOf(html: string) {
  document.body.innerHTML = html;
  return [...walkTextRuns(document.body, 'kontekst-ui')];
}

const texts = (runs: Iterable<TextRun>) => [...runs].map((r) => r.text);

describe('walkTextRuns', () => {
  it('joins the text of one block across inline tags', () => {
    const runs = runsOf('<p>The <em>Budapest</em> <a href="#">Memorandum</a> of 1994.</p>');
    expect(runs.map((r) => r.text)).toEqual(['The Budapest Memorandum of 1994.']);
    expect(runs[0]?.nodes).toHaveLength(5);
    expect(runs[0]?.block).toBe(document.querySelector('p'));
  });

  it('breaks runs at block boundaries and <br>', () => {
    const runs = runsOf('<div>Before<p>Inside</p>After<br>Line two</div>');
    expect(runs.map((r) => r.text)).toEqual(['Before', 'Inside', 'After', 'Line two']);
  });

  it('breaks a run at any non-inline element between two texts of one block, even an empty one', () => {
    expect(texts(runsOf('<p>one<img>two<span><br></span>three<b><i></i></b>four</p>'))).toEqual(['one', 'two', 'threefour']);
    expect(texts(runsOf('<div>one<section><span></span></section>two</div>'))).toEqual(['one', 'two']);
  });

  it('lets a run continue across skipped subtrees, which break nothing', () => {
    expect(texts(runsOf('<p>NA<code>x</code>TO <span hidden>y<br></span>pact<script>z</script>!</p>'))).toEqual(['NATO pact!']);
  });

  it('skips scripts, styles, code, form fields, editable and hidden subtrees and its own UI', () => {
    const runs = runsOf(
      '<p>Seen</p><script>NATO</script><style>.x{}</style><pre>NATO</pre><code>NATO</code>' +
        '<textarea>NATO</textarea><div contenteditable="true">NATO</div><div hidden>NATO</div>' +
        '<div aria-hidden="true">NATO</div><kontekst-ui>NATO</kontekst-ui><svg><text>NATO</text></svg><p>Also seen</p>',
    );
    expect(runs.map((r) => r.text)).toEqual(['Seen', 'Also seen']);
  });

  it('reads contenteditable="false" and aria-hidden="false" subtrees', () => {
    expect(texts(runsOf('<div contenteditable="false">one</div><div aria-hidden="false">two</div><div contenteditable>x</div>'))).toEqual([
      'one',
      'two',
    ]);
  });

  it('leaves out a skipped subtree nested deep inside another', () => {
    expect(texts(runsOf('<div hidden><p>a<span aria-hidden="true">b</span></p><p>c</p></div><p>d</p>'))).toEqual(['d']);
  });

  it('walks a single added subtree', () => {
    document.body.innerHTML = '<article><p>One</p><p>Two <b>bold</b></p></article>';
    const second = document.querySelectorAll('p')[1]!;
    expect([...walkTextRuns(second, 'KONTEKST-UI')].map((r) => r.text)).toEqual(['Two bold']);
  });

  it('walks a root whose ancestor is hidden, but not a root that is skipped itself', () => {
    document.body.innerHTML = '<div hidden><p id="in">Inside</p></div><pre id="pre">Code</pre>';
    expect(texts(walkTextRuns(document.getElementById('in')!, 'kontekst-ui'))).toEqual(['Inside']);
    expect(texts(walkTextRuns(document.getElementById('pre')!, 'kontekst-ui'))).toEqual([]);
  });

  it('takes an inline root’s block from outside the root', () => {
    document.body.innerHTML = '<p>A <em id="e">Budapest <b>Memorandum</b></em> text</p>';
    const runs = [...walkTextRuns(document.getElementById('e')!, 'kontekst-ui')];
    expect(texts(runs)).toEqual(['Budapest Memorandum']);
    expect(runs[0]!.block).toBe(document.querySelector('p'));
  });

  it('walks a text node root alone', () => {
    document.body.innerHTML = '<p>Alone <b>not this</b></p>';
    const text = document.querySelector('p')!.firstChild!;
    expect(texts(walkTextRuns(text, 'kontekst-ui'))).toEqual(['Alone ']);
  });

  it('leaves out the runs inside a block `exclude`, which still ends the runs around it', () => {
    document.body.innerHTML = '<div>Before<section id="x"><p>In one</p>in two</section>After</div>';
    const exclude = document.getElementById('x')!;
    expect(texts(walkTextRuns(document.body, 'kontekst-ui', exclude))).toEqual(['Before', 'After']);
    expect(texts(walkTextRuns(exclude, 'kontekst-ui', exclude))).toEqual([]);
  });

  it('keeps a run that starts before an inline `exclude` and drops the runs that start inside it', () => {
    document.body.innerHTML = '<p>Budapest <a id="x">Memorandum</a></p><p><a id="y">NATO <div>inner</div>tail</a></p>';
    const x = document.getElementById('x')!;
    expect(texts(walkTextRuns(document.body, 'kontekst-ui', x))).toEqual(['Budapest Memorandum', 'NATO ', 'inner', 'tail']);
    const y = document.getElementById('y')!;
    expect(texts(walkTextRuns(document.body, 'kontekst-ui', y))).toEqual(['Budapest Memorandum']);
  });

  it('classifies tags whatever their case: XHTML documents and SVG inside HTML', () => {
    // In an XML document tag names keep their case: lower-case here.
    const xml = document.implementation.createDocument(null, 'root');
    const body = xml.createElementNS(null, 'body');
    const el = (tag: string, ...children: (Node | string)[]) => {
      const node = xml.createElementNS(null, tag);
      node.append(...children);
      return node;
    };
    body.append(el('p', 'The ', el('em', 'Budapest'), ' Memorandum', el('br'), 'next'), el('script', 'x'), el('KBD', 'y'));
    expect(body.firstElementChild!.tagName).toBe('p');
    expect(texts(walkTextRuns(body, 'kontekst-ui'))).toEqual(['The Budapest Memorandum', 'next']);
    expect(texts(runsOf('<p>a <svg><a><text>b</text></a></svg> c <math><mi>d</mi></math></p>'))).toEqual(['a  c ']);
  });

  it('matches a full element-by-element walk on mixed markup', () => {
    for (let seed = 1; seed <= 60; seed++) {
      document.body.innerHTML = randomMarkup(seed);
      const roots: Node[] = [document.body, ...document.body.querySelectorAll('*')].filter((_, i) => i % 5 === 0);
      for (const root of roots) {
        const expected = referenceRuns(root, 'kontekst-ui');
        expect(shape([...walkTextRuns(root, 'kontekst-ui')]), `seed ${seed}`).toEqual(shape(expected));
        for (const exclude of document.body.querySelectorAll('div, span, em, p')) {
          const kept = expected.filter((run) => !exclude.contains(run.nodes[0]!));
          expect(shape([...walkTextRuns(root, 'kontekst-ui', exclude)]), `seed ${seed} exclude`).toEqual(shape(kept));
        }
      }
    }
  });
});

describe('locate', () => {
  it('maps run offsets to text nodes, preferring the earlier node for an end offset', () => {
    const [run] = runsOf('<p>The <em>Budapest</em> Memorandum</p>');
    expect(run).toBeDefined();
    const start = locate(run!, 4, false);
    expect(start.node.data).toBe('Budapest');
    expect(start.offset).toBe(0);
    const end = locate(run!, 12, true);
    expect(end.node.data).toBe('Budapest');
    expect(end.offset).toBe(8);
    const last = locate(run!, 23, true);
    expect(last.node.data).toBe(' Memorandum');
    expect(last.offset).toBe(11);
  });
});

/** A comparable picture of runs: block, nodes and text. */
function shape(runs: readonly TextRun[]) {
  return runs.map((run) => ({ block: run.block, nodes: run.nodes, starts: run.starts, text: run.text }));
}

/** Deterministic random markup mixing blocks, inline tags, voids, skipped subtrees and empty text. */
function randomMarkup(seed: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const tags = ['p', 'div', 'li', 'em', 'a', 'span', 'b', 'section', 'code', 'td'];
  const leaves = ['word', ' ', 'NATO', '<br>', '<img>', '<wbr>', '<input>', '<!-- c -->', '<span></span>', '<div></div>'];
  const attrs = ['', '', '', '', ' hidden', ' aria-hidden="true"', ' contenteditable="false"', ' contenteditable'];
  const build = (depth: number): string => {
    let html = '';
    const count = 1 + next(4);
    for (let i = 0; i < count; i++) {
      if (depth > 4 || next(3) === 0) html += leaves[next(leaves.length)];
      else {
        const tag = tags[next(tags.length)]!;
        html += `<${tag}${attrs[next(attrs.length)]}>${build(depth + 1)}</${tag}>`;
      }
    }
    return html;
  };
  return build(0);
}
