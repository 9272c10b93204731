import highlightCss from './highlight.css?inline';
import { ACTIVE_HIGHLIGHT_NAME } from './painter';

/**
 * Makes Kontekst's `::highlight()` styles reach text inside the page's shadow roots.
 *
 * The document's Highlight registry paints ranges in any tree, but a `::highlight()` rule
 * only matches elements of its own tree. Chromium inherits highlight styles along the flat
 * tree (highlight inheritance), so the document-level rules of content.css already reach
 * shadow text and nothing is added. Firefox (153) does not: there the root gets a constructed
 * stylesheet, appended to its `adoptedStyleSheets`, holding only the `::highlight(kontekst…)`
 * rules. That changes no DOM node (no MutationObserver sees it) and no style of any page
 * element; a page reading `adoptedStyleSheets` can see one more sheet, which only styles
 * Kontekst's highlight names. Which engine needs it is measured, not guessed: the first
 * shadow root is asked for its computed `::highlight(kontekst-active)` background.
 */
export function createShadowStyler(doc: Document): (root: ShadowRoot) => void {
  const win = doc.defaultView;
  let needed: boolean | null = null;
  let sheet: CSSStyleSheet | null = null;
  const styled = new WeakSet<ShadowRoot>();
  return (root) => {
    if (styled.has(root) || !win) return;
    const probe = root.querySelector('*');
    if (!probe) return; // an empty root is styled when it is scanned with content
    styled.add(root);
    needed ??= !reachesShadowTree(win, probe);
    if (!needed) return;
    try {
      sheet ??= constructedSheet(win);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch (error) {
      // The terms are still found and hit-tested; only their marks stay unstyled there.
      console.debug('Kontekst: no highlight styles for a shadow root', error);
    }
  };
}

/** The style `::highlight(kontekst-active)` always has, as getComputedStyle reports it. */
const ACTIVE_BACKGROUND = 'rgba(255, 170, 0, 0.45)';

function reachesShadowTree(win: Window, el: Element): boolean {
  try {
    return win.getComputedStyle(el, `::highlight(${ACTIVE_HIGHLIGHT_NAME})`).backgroundColor === ACTIVE_BACKGROUND;
  } catch {
    return false; // an engine that cannot compute highlight styles: adopt, to be safe
  }
}

function constructedSheet(win: Window): CSSStyleSheet {
  const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(highlightCss);
  return sheet;
}
