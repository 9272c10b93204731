import { browser } from '#imports';

/**
 * WXT's content-script context listens to two plain DOM events: "a newer copy of this
 * script started" (on `document`; it stops the old copy) and `wxt:locationchange` (on
 * `window`). A page can dispatch events with the same names, so without this guard a
 * hostile page could switch Kontekst off or make its handlers throw. A capture listener
 * on `window` runs before WXT's, and drops the events that cannot be genuine:
 * - a newer copy of the script only starts once this copy's extension context is gone
 *   (update, reload), so while it is alive a "started" event is forged;
 * - WXT's own location events carry `newUrl`, a URL made in this script's world, which
 *   a page-made event cannot carry across the isolated-world boundary.
 */
export function ignoreForgedWxtEvents(win: Window, signal: AbortSignal): void {
  // WXT's names for them (its `getUniqueEventName`, which it does not export).
  const prefix = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:`;
  const started = `${prefix}wxt:content-script-started`;
  const locationChange = `${prefix}wxt:locationchange`;
  // Once the extension is reloaded or updated, this copy's `runtime.id` is gone.
  const isExtensionAlive = () => browser.runtime?.id !== undefined;
  const options = { capture: true, signal };
  win.addEventListener(
    started,
    (event) => {
      if (isExtensionAlive()) event.stopImmediatePropagation();
    },
    options,
  );
  win.addEventListener(
    locationChange,
    (event) => {
      if (!((event as Event & { newUrl?: unknown }).newUrl instanceof URL)) event.stopImmediatePropagation();
    },
    options,
  );
}
