/**
 * The reader's settings as the extension uses them. The schema (the contract, and the
 * source of the `Settings` type) is zod's, in settings-schema.ts; this module has no zod,
 * because the content script, which runs in every page, reads settings through it and
 * zod would be a sixth of its size. A property test (tests/unit/settings.test.ts) holds
 * `settingsFromStored` equal to the schema's parse on arbitrary stored values.
 */
import type * as z from 'zod/mini';
import type { CardLang } from '../data/schema';
import { CARD_LANGUAGES, DENSITIES, MARK_STYLES, THEMES } from './settings-choices';
import type {
  Density as DensitySchema,
  Settings as SettingsSchema,
  SettingsChoices as SettingsChoicesSchema,
  SettingsEdit as SettingsEditSchema,
} from './settings-schema';

/** Current version of the stored settings shape; bump it and add a migration below. */
export const SETTINGS_VERSION = 2;

export type Settings = z.infer<typeof SettingsSchema>;
export type Density = z.infer<typeof DensitySchema>;
export type SettingsChoices = z.infer<typeof SettingsChoicesSchema>;
export type SettingsEdit = z.infer<typeof SettingsEditSchema>;
export type MarkStyle = Settings['markStyle'];

/** The language cards are shown in: the reader's choice, or for 'auto' the browser's (`uiLang`). */
export function cardLanguageOf(choice: Settings['cardLanguage'], uiLang: CardLang): CardLang {
  return choice === 'auto' ? uiLang : choice;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  paused: false,
  disabledSites: [],
  density: 'all',
  muted: [],
  theme: 'auto',
  cardLanguage: 'auto',
  markStyle: 'background',
}) as Settings;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list of strings, de-duplicated; null when `value` is anything else (holes included). */
function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return null;
  return [...new Set(value as string[])];
}

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/**
 * Any stored value, however broken, becomes valid settings; each corrupt or missing
 * field falls back to its default alone, unknown fields are dropped.
 */
export function settingsFromStored(value: unknown): Settings {
  if (!isRecord(value)) return { ...DEFAULT_SETTINGS };
  const { paused, disabledSites, density, muted, theme, cardLanguage, markStyle } = value;
  return {
    paused: typeof paused === 'boolean' ? paused : DEFAULT_SETTINGS.paused,
    disabledSites: stringList(disabledSites) ?? [],
    density: oneOf(DENSITIES, density, DEFAULT_SETTINGS.density),
    muted: stringList(muted) ?? [],
    theme: oneOf(THEMES, theme, DEFAULT_SETTINGS.theme),
    cardLanguage: oneOf(CARD_LANGUAGES, cardLanguage, DEFAULT_SETTINGS.cardLanguage),
    markStyle: oneOf(MARK_STYLES, markStyle, DEFAULT_SETTINGS.markStyle),
  };
}

/**
 * v1 stored `{ enabled: boolean, disabledHosts: string[] }`; v2 renamed them.
 * Kept as a pure function so the migration is tested without storage.
 */
export function migrateSettingsV1toV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null) return old;
  const { enabled, disabledHosts, ...rest } = old as Record<string, unknown>;
  return {
    ...rest,
    ...(typeof enabled === 'boolean' ? { paused: !enabled } : {}),
    ...(Array.isArray(disabledHosts) ? { disabledSites: disabledHosts } : {}),
  };
}

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ kontekst: 'settings', version: SETTINGS_VERSION, settings }, null, 2);
}
