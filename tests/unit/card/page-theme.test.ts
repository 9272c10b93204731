// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageTheme, parseRgb, relativeLuminance } from '../../../entrypoints/content/page-theme';
import { lineRect, pickLineIndex } from '../../../entrypoints/content/popover-placement';

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('parseRgb', () => {
  it.each([
    ['rgb(255, 255, 255)', { r: 255, g: 255, b: 255, a: 1 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['rgb(10 20 30 / 50%)', { r: 10, g: 20, b: 30, a: 0.5 }],
    ['oklch(0.5 0.1 200)', null],
    ['transparent', null],
  ])('parses %s', (input, expected) => {
    expect(parseRgb(input)).toEqual(expected);
  });
});

describe('relativeLuminance', () => {
  it('spans 0 for black to 1 for white, with #aaa near the 0.4 threshold', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0, a: 1 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1);
    expect(relativeLuminance({ r: 170, g: 170, b: 170, a: 1 })).toBeCloseTo(0.402, 2);
  });
});

describe('pageTheme', () => {
  it('is dark over a dark ancestor background and light over a light one', () => {
    const section = document.createElement('section');
    const p = document.createElement('p');
    section.append(p);
    document.body.append(section);
    section.style.backgroundColor = 'rgb(20, 22, 26)';
    expect(pageTheme(p, window)).toBe('dark');
    section.style.backgroundColor = 'rgb(250, 248, 240)';
    expect(pageTheme(p, window)).toBe('light');
  });

  it('looks past a nearly transparent background to the opaque one behind it', () => {
    const p = document.createElement('p');
    p.style.backgroundColor = 'rgba(255, 255, 255, 0.1)';
    document.body.append(p);
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(pageTheme(p, window)).toBe('dark');
  });
});

describe('pageTheme over a page with no background at all', () => {
  /** A window whose every element is transparent, with the given system preference and root color-scheme. */
  const transparentWindow = (prefersDark: boolean, colorScheme: string) =>
    ({
      document,
      getComputedStyle: () => ({ backgroundColor: 'rgba(0, 0, 0, 0)', colorScheme }),
      matchMedia: (query: string) => ({ matches: prefersDark && query === '(prefers-color-scheme: dark)' }),
    }) as unknown as Window;

  it('is dark when the reader prefers dark and the page allows a dark canvas', () => {
    expect(pageTheme(document.body, transparentWindow(true, 'light dark'))).toBe('dark');
  });

  it('stays light when the page never opted into dark: its canvas is white', () => {
    expect(pageTheme(document.body, transparentWindow(true, 'normal'))).toBe('light');
  });

  it('is light when the reader prefers light', () => {
    expect(pageTheme(document.body, transparentWindow(false, 'light dark'))).toBe('light');
  });
});

describe('line choice for a wrapped term', () => {
  const rect = (x: number, y: number, w: number, h = 20) => new DOMRect(x, y, w, h);
  const wrapped = [rect(500, 100, 90), rect(10, 124, 120)];

  it('anchors to the line under the pointer, else the first', () => {
    expect(pickLineIndex(wrapped, { x: 50, y: 130 })).toBe(1);
    expect(pickLineIndex(wrapped, { x: 520, y: 110 })).toBe(0);
    expect(pickLineIndex(wrapped, { x: 300, y: 300 })).toBe(0);
    expect(pickLineIndex(wrapped)).toBe(0);
  });

  it('joins the pieces of a term split across inline elements on one line', () => {
    const pieces = [rect(10, 100, 60), rect(70, 101, 100, 18), rect(10, 124, 40)];
    expect(lineRect(pieces, 1)).toMatchObject({ left: 10, right: 170, top: 100, bottom: 120 });
    expect(lineRect(pieces, 2)).toMatchObject({ left: 10, right: 50, top: 124 });
    expect(lineRect([], 0)).toBeNull();
  });
});
