import * as z from 'zod/mini';

/** Current version of the stored settings shape; bump it and add a migration below. */
export const SETTINGS_VERSION = 2;

export const Density = z.enum(['all', 'first']);
export const Theme = z.enum(['auto', 'light', 'dark']);

/**
 * Every field falls back on its own, so one corrupt field never costs the reader the
 * rest of their settings (e.g. a bad `theme` keeps their disabled-site list).
 */
export const Settings = z.object({
  /** Global pause: no annotation anywhere. */
  paused: z.catch(z._default(z.boolean(), false), false),
  /** Site keys (see core/site-key.ts) where annotation is off. */
  disabledSites: z.catch(z._default(z.array(z.string()), []), []),
  /** Paint every mention, or only the first mention of each term per page. */
  density: z.catch(z._default(Density, 'all'), 'all'),
  /** Entry ids the reader chose to hide. */
  muted: z.catch(z._default(z.array(z.string()), []), []),
  theme: z.catch(z._default(Theme, 'auto'), 'auto'),
});
export type Settings = z.infer<typeof Settings>;
export type Density = z.infer<typeof Density>;

export const DEFAULT_SETTINGS: Settings = Object.freeze(Settings.parse({})) as Settings;

/** Any stored value, however broken, becomes valid settings. */
export function settingsFromStored(value: unknown): Settings {
  const result = Settings.safeParse(value);
  return result.success ? dedupe(result.data) : { ...DEFAULT_SETTINGS };
}

function dedupe(s: Settings): Settings {
  return { ...s, disabledSites: [...new Set(s.disabledSites)], muted: [...new Set(s.muted)] };
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

/** Validates an imported settings file strictly: a bad file changes nothing. */
export const SettingsImport = z.object({
  kontekst: z.literal('settings'),
  version: z.number(),
  settings: z.strictObject({
    paused: z.optional(z.boolean()),
    disabledSites: z.optional(z.array(z.string())),
    density: z.optional(Density),
    muted: z.optional(z.array(z.string())),
    theme: z.optional(Theme),
  }),
});

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

export function parseSettingsImport(json: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `Not a JSON file: ${(error as Error).message}` };
  }
  const result = SettingsImport.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    return { ok: false, error: `Not a Kontekst settings file (${where}: ${issue?.message ?? 'invalid'})` };
  }
  return { ok: true, settings: settingsFromStored(result.data.settings) };
}

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ kontekst: 'settings', version: SETTINGS_VERSION, settings }, null, 2);
}
