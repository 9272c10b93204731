/** Picks the card's theme so that it sits naturally on the page it annotates. */

export type CardTheme = 'light' | 'dark';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Below this relative luminance a background reads as dark (0.4 ≈ #aaaaaa). */
const DARK_BELOW = 0.4;

/** Less opaque than this, a background lets its parent show through and is looked past. */
const VISIBLE_ALPHA = 0.5;

const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i;

/** Parses the rgb()/rgba() forms getComputedStyle returns; other syntaxes give null. */
export function parseRgb(value: string): Rgba | null {
  const match = RGB.exec(value.trim());
  if (!match) return null;
  const [, r, g, b, alpha] = match;
  const a = alpha === undefined ? 1 : alpha.endsWith('%') ? Number.parseFloat(alpha) / 100 : Number(alpha);
  return { r: Number(r), g: Number(g), b: Number(b), a };
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The first background colour, from `start` upwards, that actually hides what is behind it. */
function effectiveBackground(start: Element | null, win: Window): Rgba | null {
  for (let el = start; el; el = el.parentElement) {
    const colour = parseRgb(win.getComputedStyle(el).backgroundColor);
    if (colour && colour.a >= VISIBLE_ALPHA) return colour;
  }
  return null;
}

/**
 * Dark when the background behind `start` is dark. When every ancestor is
 * transparent the browser canvas shows, and that canvas is only dark if the page
 * opted into dark schemes and the reader prefers dark.
 */
export function pageTheme(start: Element | null, win: Window): CardTheme {
  const background = effectiveBackground(start, win);
  if (background) return relativeLuminance(background) < DARK_BELOW ? 'dark' : 'light';
  const prefersDark = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const root = win.document.documentElement;
  const pageAllowsDark = /\bdark\b/.test(win.getComputedStyle(root).colorScheme ?? '');
  return prefersDark && pageAllowsDark ? 'dark' : 'light';
}
