import { browser, storage } from '#imports';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  migrateSettingsV1toV2,
  settingsFromStored,
  type Settings,
  type SettingsEdit,
} from '../core/settings';

/** The only storage item Kontekst keeps: the reader's settings, locally. */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1toV2 },
});

export async function readSettings(): Promise<Settings> {
  try {
    return settingsFromStored(await settingsItem.getValue());
  } catch (error) {
    // A failed migration or an unreadable value must not take the extension down.
    console.warn('[Kontekst] settings unreadable, using defaults:', error);
    return { ...DEFAULT_SETTINGS };
  }
}

/** Overwrites the stored settings; resolves to what was stored. Only the settings' owner writes (settings-owner.ts). */
export async function writeSettings(settings: Settings): Promise<Settings> {
  const valid = settingsFromStored(settings);
  await settingsItem.setValue(valid);
  return valid;
}

/**
 * Asks the settings' one writer, the background (settings-owner.ts), to apply `edit`, so
 * edits made at once from different pages and tabs all survive; resolves to the settings
 * after it. The background itself calls `editSettings` directly.
 */
export async function updateSettings(edit: SettingsEdit): Promise<Settings> {
  const answer: unknown = await browser.runtime.sendMessage({ type: 'edit-settings', edit });
  if (answer === undefined) throw new Error(`[Kontekst] settings edit not applied: ${edit.kind}`);
  return settingsFromStored(answer);
}

/** Calls `onChange` with valid settings whenever any part of the extension changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(settingsFromStored(value)));
}
