import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';

export interface TargetTab {
  id: number;
  /** Undefined when the browser does not reveal the address (no permission for that page). */
  url: string | undefined;
  /** True when the popup was opened as a page for a given tab (`popup.html?tab=<id>`). */
  fromParameter: boolean;
}

/**
 * The tab the popup acts on: the `tab` query parameter when the popup is opened as a page
 * (tests, the context-menu lookup), else the active tab of the current window.
 */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id) || id < 0) return null;
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url, fromParameter: true };
    } catch {
      return null; // the tab was closed
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, fromParameter: false };
}

/** `findTargetTab` as state: undefined while looking, null when there is no tab to act on. */
export function useTargetTab(search: string): TargetTab | null | undefined {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void findTargetTab(search).then((found) => live && setTab(found));
    return () => {
      live = false;
    };
  }, [search]);
  return tab;
}
