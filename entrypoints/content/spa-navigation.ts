import type { ContentScriptContext } from '#imports';
import type { PageAnnotation } from './page-annotation';

/**
 * How long after a route change the page is read again: frameworks render the new route in
 * the tasks right after `pushState`, and 50 ms covers that without a visible wait. What
 * arrives later is picked up by the mutation observer anyway.
 */
const RENDER_DELAY_MS = 50;

/**
 * SPA navigations, as WXT's `wxt:locationchange` reports them. A new fragment of the same
 * document (an in-page link) is nothing new to read. A new address re-checks the site
 * setting; where annotation stays on, the page (and its new title) is read again.
 */
export function followSpaNavigation(ctx: ContentScriptContext, win: Window, page: PageAnnotation): void {
  let lastUrl = win.location.href;
  ctx.addEventListener(win, 'wxt:locationchange', ({ newUrl }) => {
    const previous = lastUrl;
    lastUrl = newUrl.href;
    if (withoutHash(newUrl.href) === withoutHash(previous)) return;
    if (page.readdress()) return;
    ctx.setTimeout(() => void page.session?.rescan(), RENDER_DELAY_MS);
  });
}

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}
