import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { CardStore } from '../../entrypoints/content/card-store';
import { createPageAnnotation } from '../../entrypoints/content/page-annotation';
import type { SessionDeps } from '../../entrypoints/content/session';

const started: SessionDeps[] = [];
vi.mock('../../entrypoints/content/session', () => ({
  startSession: (deps: SessionDeps) => {
    started.push(deps);
    return { setMarkStyle: () => {}, setCardLang: () => {}, rescan: async () => {} };
  },
}));

const win = { location: { href: 'https://example.com/a', protocol: 'https:', host: 'example.com' }, document: { baseURI: '' } } as unknown as Window &
  typeof globalThis;
(win as { top: Window }).top = win;
const cards = { lang: 'en', setLang: () => {} } as unknown as CardStore;

function annotate(signal: AbortSignal, onTermsChanged = () => {}) {
  return createPageAnnotation({ window: win, kb: [], cards, settings: DEFAULT_SETTINGS, onTermsChanged, signal });
}

describe('a page’s annotation', () => {
  it('ends its session when the content script context is invalidated: one teardown tree', () => {
    const context = new AbortController();
    const page = annotate(context.signal);
    page.start();
    const { signal } = started.at(-1)!;
    expect(signal.aborted).toBe(false);
    context.abort();
    expect(signal.aborted).toBe(true);
    expect(page.session).toBeNull();
  });

  it('replaces its session when a setting it was built with changes, and keeps it for a live one', () => {
    const page = annotate(new AbortController().signal);
    page.start();
    const first = started.at(-1)!;
    page.applySettings({ ...DEFAULT_SETTINGS, markStyle: 'underline' });
    expect(started.at(-1)).toBe(first);
    page.applySettings({ ...DEFAULT_SETTINGS, density: 'first' });
    expect(first.signal.aborted).toBe(true);
    expect(started.at(-1)).not.toBe(first);
  });

  it('reports "off" and runs nothing where the site is switched off', () => {
    const reports: Array<string[] | null> = [];
    const page = createPageAnnotation({
      window: win,
      kb: [],
      cards,
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] },
      onTermsChanged: (ids) => reports.push(ids),
      signal: new AbortController().signal,
    });
    const before = started.length;
    page.start();
    expect(started.length).toBe(before);
    expect(page.session).toBeNull();
    expect(reports).toEqual([null]);
  });
});
