import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings, type SettingsEdit } from '../../core/settings';
import { applySettingsEdit } from '../../core/settings-edits';
import { editSettings } from '../../utils/settings-owner';
import { readSettings, updateSettings, writeSettings } from '../../utils/storage';

const start: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['other.org'] };
/** A card hides a term while the popup switches a site off. */
const hideTerm: SettingsEdit = { kind: 'mute', entryId: 'nato', muted: true };
const siteOff: SettingsEdit = { kind: 'site', key: 'example.com', enabled: false };

/** The background's answer to `edit-settings`, as entrypoints/background.ts wires it. */
function runOwner(): void {
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const { type, edit } = message as { type: string; edit: SettingsEdit };
    if (type !== 'edit-settings') return undefined;
    void editSettings(edit).then(sendResponse);
    return true;
  });
}

describe('settings edits from two contexts at once', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await writeSettings(start);
  });

  it('the race is real: two unserialised read-change-writes lose one change', async () => {
    const naive = async (edit: SettingsEdit) => writeSettings(applySettingsEdit(await readSettings(), edit));
    await Promise.all([naive(hideTerm), naive(siteOff)]);
    const after = await readSettings();
    expect(after.muted.includes('nato') && after.disabledSites.includes('example.com')).toBe(false);
  });

  it('through the settings owner both changes survive', async () => {
    await Promise.all([editSettings(hideTerm), editSettings(siteOff)]);
    expect(await readSettings()).toEqual({ ...start, muted: ['nato'], disabledSites: ['other.org', 'example.com'] });
  });

  it('updateSettings from any page goes through the owner: many edits at once, none lost', async () => {
    runOwner();
    const ids = Array.from({ length: 12 }, (_, i) => `entry-${i}`);
    const sites = Array.from({ length: 12 }, (_, i) => `site-${i}.example`);
    const answers = await Promise.all([
      ...ids.map((entryId) => updateSettings({ kind: 'mute', entryId, muted: true })),
      ...sites.map((key) => updateSettings({ kind: 'site', key, enabled: false })),
      updateSettings({ kind: 'choose', choices: { theme: 'dark' } }),
    ]);
    const after = await readSettings();
    expect(after.muted).toEqual(ids);
    expect(after.disabledSites).toEqual(['other.org', ...sites]);
    expect(after.theme).toBe('dark');
    expect(answers.at(-1)).toEqual(after);
  });

  it('a failed edit does not block the ones after it', async () => {
    const broken = { kind: 'mute', entryId: 'x', muted: true } as SettingsEdit;
    const failing = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('quota'));
    await expect(editSettings(broken)).rejects.toThrow('quota');
    fakeBrowser.storage.local.set = failing;
    await editSettings(siteOff);
    expect((await readSettings()).disabledSites).toEqual(['other.org', 'example.com']);
  });
});
