import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { applySettingsEdit, withEntryMuted, withSiteListed } from '../../core/settings-edits';

const base = { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'other.org'], muted: ['nato'] };

describe('settings edits', () => {
  it('the options list adds and removes exactly the entry named, parents untouched', () => {
    expect(withSiteListed(base, 'news.example.com', true).disabledSites).toEqual(['example.com', 'other.org', 'news.example.com']);
    expect(withSiteListed(base, 'example.com', true)).toBe(base);
    expect(withSiteListed(base, 'example.com', false).disabledSites).toEqual(['other.org']);
  });

  it('muting adds an id once; unmuting removes it', () => {
    expect(withEntryMuted(base, 'article-5', true).muted).toEqual(['nato', 'article-5']);
    expect(withEntryMuted(base, 'nato', true)).toBe(base);
    expect(withEntryMuted(base, 'nato', false).muted).toEqual([]);
  });

  it('a choice changes only the fields chosen', () => {
    expect(applySettingsEdit(base, { kind: 'choose', choices: { theme: 'dark', paused: undefined } })).toEqual({ ...base, theme: 'dark' });
  });

  it('each kind of edit goes to its function', () => {
    expect(applySettingsEdit(base, { kind: 'site', key: 'news.example.com', enabled: true }).disabledSites).toEqual(['other.org']);
    expect(applySettingsEdit(base, { kind: 'toggle-site', key: 'other.org' }).disabledSites).toEqual(['example.com']);
    expect(applySettingsEdit(base, { kind: 'list-site', key: 'a.org', listed: true }).disabledSites).toEqual([...base.disabledSites, 'a.org']);
    expect(applySettingsEdit(base, { kind: 'mute', entryId: 'nato', muted: false }).muted).toEqual([]);
    expect(applySettingsEdit(base, { kind: 'replace', settings: DEFAULT_SETTINGS })).toEqual(DEFAULT_SETTINGS);
  });
});
