import { storage } from '#imports';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  migrateSettingsV1toV2,
  settingsFromStored,
  type Settings,
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

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsFromStored(settings));
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = settingsFromStored(change(await readSettings()));
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with valid settings whenever any part of the extension changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(settingsFromStored(value)));
}
