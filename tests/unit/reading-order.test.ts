// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compareReadingOrder, containsComposed } from '../../entrypoints/content/flat-order';
import { stepTarget } from '../../entrypoints/content/term-steps';

describe('reading order across shadow trees', () => {
  it('reads a shadow tree where its host stands: after what precedes the host, before what follows', () => {
    document.body.innerHTML = '<p id="before">before</p><div id="host"><span id="light">light child</span></div><p id="after">after</p>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>shadow</p><div id="inner-host"></div>';
    const innerRoot = root.getElementById('inner-host')!.attachShadow({ mode: 'open' });
    innerRoot.innerHTML = '<p>nested</p>';
    const text = (el: Element | null) => el!.firstChild!;
    const before = text(document.getElementById('before'));
    const shadow = text(root.querySelector('p'));
    const nested = text(innerRoot.querySelector('p'));
    const light = text(document.getElementById('light'));
    const after = text(document.getElementById('after'));
    const shuffled = [after, nested, light, before, shadow];
    expect(shuffled.sort(compareReadingOrder)).toEqual([before, shadow, nested, light, after]);
    expect(containsComposed(host, nested)).toBe(true);
    expect(containsComposed(document.getElementById('after')!, nested)).toBe(false);
  });
});

describe('the next/previous-term step', () => {
  const boxes = new Map([
    ['a', { top: -300, bottom: -280 }],
    ['b', { top: 100, bottom: 120 }],
    ['c', { top: 900, bottom: 920 }],
  ]);
  const step = (current: string | null, direction: 'next' | 'previous') =>
    stepTarget(['a', 'b', 'c'], current, direction, (r) => boxes.get(r)!, 800);

  it('moves one on from the current term and wraps at either end', () => {
    expect(step('a', 'next')).toBe('b');
    expect(step('c', 'next')).toBe('a');
    expect(step('a', 'previous')).toBe('c');
  });

  it('starts where the reader is: the first term in or below the viewport, or the last above its bottom', () => {
    expect(step(null, 'next')).toBe('b');
    expect(step(null, 'previous')).toBe('b');
    expect(stepTarget([], null, 'next', () => ({ top: 0, bottom: 0 }), 800)).toBeNull();
  });
});
