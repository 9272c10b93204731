import { afterAll, beforeAll, expect, it } from 'vitest';
import { getStoredSettings, launchWithExtension, setSettings, type ExtensionBrowser } from './harness';
import { DEFAULTS } from './popup-helpers';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

/**
 * Two extension pages edit the settings at the same moment, as a card hiding a term and the
 * popup switching a site off would: every edit goes to the background, which applies them
 * one by one, so none overwrites another.
 */
it('edits sent from two pages at once all end up stored', async () => {
  await setSettings(ext, { ...DEFAULTS, disabledSites: ['other.org'] });
  const [popup, options] = await Promise.all([ext.context.newPage(), ext.context.newPage()]);
  await Promise.all([
    popup.goto(`chrome-extension://${ext.extensionId}/popup.html`),
    options.goto(`chrome-extension://${ext.extensionId}/options.html`),
  ]);
  const ids = Array.from({ length: 15 }, (_, i) => `entry-${i}`);
  const sites = Array.from({ length: 15 }, (_, i) => `site-${i}.example`);
  const send = (edits: unknown[]) => Promise.all(edits.map((edit) => chrome.runtime.sendMessage({ type: 'edit-settings', edit })));
  await Promise.all([
    popup.evaluate(send, ids.map((entryId) => ({ kind: 'mute', entryId, muted: true }))),
    options.evaluate(send, sites.map((key) => ({ kind: 'site', key, enabled: false }))),
  ]);
  const stored = await getStoredSettings(ext);
  expect([...(stored?.muted as string[])].sort()).toEqual([...ids].sort());
  expect([...(stored?.disabledSites as string[])].sort()).toEqual(['other.org', ...sites].sort());
});
