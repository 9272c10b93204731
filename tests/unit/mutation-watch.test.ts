// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchMutations, type ChangedRegions } from '../../entrypoints/content/mutation-watch';

afterEach(() => vi.useRealTimers());

function setup() {
  document.body.innerHTML = '<main><article id="a"><p id="p1">One <em>two</em></p></article><div id="own"></div></main>';
  const changes: ChangedRegions[] = [];
  const abort = new AbortController();
  const own = document.getElementById('own')!;
  watchMutations({
    root: document.body,
    isOwnNode: (node) => own.contains(node),
    onChange: (change) => changes.push(change),
    signal: abort.signal,
  });
  return { changes, abort, own };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('watchMutations', () => {
  it('reports an added block itself and an added inline node as its whole block', async () => {
    const { changes, abort } = setup();
    const p2 = document.createElement('p');
    p2.textContent = 'New paragraph';
    document.getElementById('a')!.append(p2);
    document.querySelector('em')!.append(document.createTextNode(' three'));
    await settle();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.roots.map((n) => (n as Element).id || (n as Element).tagName)).toEqual(
      expect.arrayContaining(['p1', 'P']),
    );
    abort.abort();
  });

  it('merges nested changes into the outermost subtree and flags removals', async () => {
    const { changes, abort } = setup();
    const section = document.createElement('section');
    section.innerHTML = '<p>Inner</p>';
    document.body.append(section);
    section.querySelector('p')!.append(' more');
    document.getElementById('p1')!.remove();
    await settle();
    expect(changes[0]!.roots).toEqual([section]);
    expect(changes[0]!.removals).toBe(true);
    abort.abort();
  });

  it('ignores changes inside its own UI and stops on abort', async () => {
    const { changes, abort, own } = setup();
    own.append(document.createElement('span'));
    await settle();
    expect(changes).toEqual([]);
    abort.abort();
    document.body.append(document.createElement('p'));
    await settle();
    expect(changes).toEqual([]);
  });
});
