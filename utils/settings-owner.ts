import type { Settings, SettingsEdit } from '../core/settings';
import { applySettingsEdit } from '../core/settings-edits';
import { createSerialQueue } from './serial-queue';
import { readSettings, writeSettings } from './storage';

/**
 * The background is the settings' one writer. Storage has no compare-and-set, so two
 * contexts that each read, change and write the whole settings object at the same time (a
 * term hidden from a card while the popup switches a site off) would lose one change. Every
 * other context sends its edit here (`updateSettings` in storage.ts), and edits are applied
 * one after another, each to what the one before it wrote.
 */
const serially = createSerialQueue();

/** Applies `edit` after every edit asked for before it; resolves to the settings it wrote. */
export function editSettings(edit: SettingsEdit): Promise<Settings> {
  return serially(async () => writeSettings(applySettingsEdit(await readSettings(), edit)));
}
