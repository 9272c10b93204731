/**
 * Which addresses decide whether Kontekst runs in this frame. A frame is annotated only
 * where the reader has Kontekst on for the page they see (the top frame's site) and for
 * the frame's own site, so switching a site off clears the frames it embeds too, and a
 * site the reader switched off stays off when another page embeds it.
 */
export interface FrameSite {
  /** This document's address; an about:blank or srcdoc frame has its creator's (`baseURI`). */
  own: string;
  /** The top page's address, or its origin; null when the browser will not say (see below). */
  top: string | null;
}

export function frameSiteOf(win: Window): FrameSite {
  const own = win.location.protocol === 'about:' ? win.document.baseURI : win.location.href;
  if (win === win.top) return { own, top: own };
  return { own, top: topAddress(win) };
}

/**
 * Same-origin: the top's URL itself. Cross-origin: Chromium's `location.ancestorOrigins`
 * (the last is the top's origin, enough for a site key). Firefox has neither for a
 * cross-origin frame; its own site then decides alone.
 */
function topAddress(win: Window): string | null {
  try {
    const href = win.top?.location.href;
    if (href) return href;
  } catch {
    // cross-origin: reading the top's location throws
  }
  const ancestors = win.location.ancestorOrigins;
  return ancestors && ancestors.length ? ancestors[ancestors.length - 1]! : null;
}

/** The site's address a card's "turn off on this site" acts on: the page the reader sees. */
export function readerSiteUrl(site: FrameSite): string {
  return site.top ?? site.own;
}
