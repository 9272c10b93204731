// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { locate, walkTextRuns } from '../../entrypoints/content/text-walk';

function runsOf(html: string) {
  document.body.innerHTML = html;
  return [...walkTextRuns(document.body, 'kontekst-ui')];
}

describe('walkTextRuns', () => {
  it('joins the text of one block across inline tags', () => {
    const runs = runsOf('<p>The <em>Budapest</em> <a href="#">Memorandum</a> of 1994.</p>');
    expect(runs.map((r) => r.text)).toEqual(['The Budapest Memorandum of 1994.']);
    expect(runs[0]?.nodes).toHaveLength(5);
  });

  it('breaks runs at block boundaries and <br>', () => {
    const runs = runsOf('<div>Before<p>Inside</p>After<br>Line two</div>');
    expect(runs.map((r) => r.text)).toEqual(['Before', 'Inside', 'After', 'Line two']);
  });

  it('skips scripts, styles, code, form fields, editable and hidden subtrees and its own UI', () => {
    const runs = runsOf(
      '<p>Seen</p><script>NATO</script><style>.x{}</style><pre>NATO</pre><code>NATO</code>' +
        '<textarea>NATO</textarea><div contenteditable="true">NATO</div><div hidden>NATO</div>' +
        '<div aria-hidden="true">NATO</div><kontekst-ui>NATO</kontekst-ui><svg><text>NATO</text></svg><p>Also seen</p>',
    );
    expect(runs.map((r) => r.text)).toEqual(['Seen', 'Also seen']);
  });

  it('walks a single added subtree', () => {
    document.body.innerHTML = '<article><p>One</p><p>Two <b>bold</b></p></article>';
    const second = document.querySelectorAll('p')[1]!;
    expect([...walkTextRuns(second, 'KONTEKST-UI')].map((r) => r.text)).toEqual(['Two bold']);
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
