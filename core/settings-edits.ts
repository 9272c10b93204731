/**
 * Every change to the settings, as pure functions: the one place the disabled-site list and
 * the muted list are edited. Callers describe an edit as data (`SettingsEdit`) and the
 * settings' one writer applies it with `applySettingsEdit`, so edits made at the same time
 * in different parts of Kontekst cannot overwrite each other (see utils/settings-owner.ts).
 */
import type { Settings, SettingsEdit } from './settings';
import { isSiteDisabled } from './site-key';

type Sites = Pick<Settings, 'disabledSites'>;

/**
 * The site switch: off adds `key`; on removes `key` and every listed parent that covered it
 * (switching news.example.com on lifts an "example.com" rule).
 */
export function withSiteEnabled<S extends Sites>(settings: S, key: string, enabled: boolean): S {
  const rest = settings.disabledSites.filter((site) => !isSiteDisabled(key, [site]));
  return { ...settings, disabledSites: enabled ? rest : [...rest, key] };
}

/** Settings with the site of `key` flipped: on where it was off, off where it was on. */
export function toggleSite<S extends Sites>(settings: S, key: string): S {
  return withSiteEnabled(settings, key, isSiteDisabled(key, settings.disabledSites));
}

/** The options page's list: exactly `key` added (once) or removed, other entries untouched. */
export function withSiteListed<S extends Sites>(settings: S, key: string, listed: boolean): S {
  const { disabledSites } = settings;
  if (listed) return disabledSites.includes(key) ? settings : { ...settings, disabledSites: [...disabledSites, key] };
  return { ...settings, disabledSites: disabledSites.filter((site) => site !== key) };
}

/** Settings with `entryId` hidden from pages, or shown again. */
export function withEntryMuted<S extends Pick<Settings, 'muted'>>(settings: S, entryId: string, muted: boolean): S {
  if (muted) return settings.muted.includes(entryId) ? settings : { ...settings, muted: [...settings.muted, entryId] };
  return { ...settings, muted: settings.muted.filter((id) => id !== entryId) };
}

export function applySettingsEdit(settings: Settings, edit: SettingsEdit): Settings {
  switch (edit.kind) {
    case 'site':
      return withSiteEnabled(settings, edit.key, edit.enabled);
    case 'toggle-site':
      return toggleSite(settings, edit.key);
    case 'list-site':
      return withSiteListed(settings, edit.key, edit.listed);
    case 'mute':
      return withEntryMuted(settings, edit.entryId, edit.muted);
    case 'choose':
      // Only the choices made: an absent (or undefined) field keeps its value.
      return { ...settings, ...Object.fromEntries(Object.entries(edit.choices).filter(([, value]) => value !== undefined)) };
    case 'replace':
      return edit.settings;
  }
}
