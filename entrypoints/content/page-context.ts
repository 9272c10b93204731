import { blockOf } from './text-walk';

/** The block around the middle of the viewport, to paint what the reader sees first. */
export function viewportBlock(doc: Document, win: Window): Element | null {
  const el = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 3);
  if (!el || el === doc.body || el === doc.documentElement) return null;
  // A few levels up covers the visible stretch of the article, not just one line.
  let block: Element | null = blockOf(el.firstChild ?? el) ?? el;
  for (let i = 0; i < 3 && block?.parentElement && block.parentElement !== doc.body; i++) block = block.parentElement;
  return block;
}

/** The page's lead: its description meta or first paragraph, for disambiguation cues. */
export function leadText(doc: Document): string {
  const meta = doc.querySelector('meta[name="description"], meta[property="og:description"]');
  const content = meta?.getAttribute('content');
  if (content) return content.slice(0, 500);
  return (doc.querySelector('article p, main p, p')?.textContent ?? '').slice(0, 500);
}
