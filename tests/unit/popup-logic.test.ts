import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { groupPageTerms, keyEntries } from '../../core/entry-lists';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { siteStateFor, toggleSite } from '../../core/site-state';
import { KB as KB_SOURCE } from '../../data/kb';
import { localiseEntry } from '../../core/localise';
import { lookupUrl } from '../../utils/lookup-menu';
import { runCommand, toggleSiteOf } from '../../utils/site-toggle';
import { readSettings, writeSettings } from '../../utils/storage';

describe('site state for the popup switch', () => {
  it('pages without a site key get no switch', () => {
    for (const url of [undefined, 'chrome://extensions/', 'about:blank', 'chrome-extension://abc/popup.html'])
      expect(siteStateFor(url, DEFAULT_SETTINGS)).toEqual({ kind: 'unsupported' });
  });

  it('reports the site key, the site setting and the global pause separately', () => {
    expect(siteStateFor('https://www.example.com/a', DEFAULT_SETTINGS)).toEqual({
      kind: 'site',
      key: 'example.com',
      siteEnabled: true,
      paused: false,
      active: true,
    });
    const off = { ...DEFAULT_SETTINGS, paused: true, disabledSites: ['example.com'] };
    expect(siteStateFor('https://news.example.com/', off)).toMatchObject({ siteEnabled: false, paused: true, active: false });
  });

  it('toggleSite flips a site off and back on', () => {
    const off = toggleSite(DEFAULT_SETTINGS, 'example.com');
    expect(off.disabledSites).toEqual(['example.com']);
    expect(toggleSite(off, 'example.com').disabledSites).toEqual([]);
  });
});

// The popup lists entries as the reader's card language shows them.
const KB = KB_SOURCE.map((entry) => localiseEntry(entry, 'en'));
const KB_BY_ID = new Map(KB.map((entry) => [entry.id, entry]));

describe('popup lists', () => {
  it('groups page terms by entry, most mentioned first, skipping unknown ids', () => {
    const terms = ['nato', 'weimar-triangle', 'nato', 'gone-entry', 'budapest-memorandum', 'nato'].map((entryId) => ({ entryId }));
    expect(groupPageTerms(terms, (id) => KB_BY_ID.get(id))).toEqual([
      { entryId: 'nato', title: KB_BY_ID.get('nato')!.title, count: 3 },
      { entryId: 'budapest-memorandum', title: 'Budapest Memorandum', count: 1 },
      { entryId: 'weimar-triangle', title: 'Weimar Triangle', count: 1 },
    ]);
  });

  it('key entries are the most referenced ones, without those excluded', () => {
    const keys = keyEntries(KB, 5).map((e) => e.id);
    expect(keys).toHaveLength(5);
    const inbound = (id: string) => KB.filter((entry) => entry.related.includes(id)).length;
    const rest = KB.filter((entry) => !keys.includes(entry.id));
    expect(Math.min(...keys.map(inbound))).toBeGreaterThanOrEqual(Math.max(...rest.map((e) => inbound(e.id))));
    expect(keyEntries(KB, 5, new Set([keys[0]!])).map((e) => e.id)).not.toContain(keys[0]);
  });
});

describe('shortcut command and context-menu lookup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the toggle-site command switches the site of the tab off, then on', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, disabledSites: ['other.org'] });
    expect(await runCommand('toggle-site', { url: 'https://www.example.com/story' })).toBe(false);
    expect((await readSettings()).disabledSites).toEqual(['other.org', 'example.com']);
    expect(await runCommand('toggle-site', { url: 'https://example.com/' })).toBe(true);
    expect((await readSettings()).disabledSites).toEqual(['other.org']);
  });

  it('ignores other commands and pages without a site', async () => {
    expect(await runCommand('something-else', { url: 'https://example.com/' })).toBeNull();
    expect(await toggleSiteOf('chrome://settings')).toBeNull();
    expect(await toggleSiteOf(undefined)).toBeNull();
    expect((await readSettings()).disabledSites).toEqual([]);
  });

  it('opens the popup page with the selected text as the query, for the tab it came from', () => {
    const url = new URL(lookupUrl('  Budapest\n  Memorandum ', 12));
    expect(url.pathname).toBe('/popup.html');
    expect(url.searchParams.get('q')).toBe('Budapest Memorandum');
    expect(url.searchParams.get('tab')).toBe('12');
    expect(new URL(lookupUrl('x'.repeat(500), undefined)).searchParams.get('q')).toHaveLength(100);
    expect(new URL(lookupUrl('x', undefined)).searchParams.has('tab')).toBe(false);
  });
});
