import * as z from 'zod/mini';
import { siteKeyFromInput } from './site-input';

/** Current version of the stored settings shape; bump it and add a migration below. */
export const SETTINGS_VERSION = 2;

const DENSITIES = ['all', 'first'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;
export const Density = z.enum(DENSITIES);
export const Theme = z.enum(THEMES);

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

/** A stored site key exactly as `siteKeyFromInput` would produce it ("example.com", not a URL). */
const isSiteKey = (value: string) => {
  const parsed = siteKeyFromInput(value);
  return parsed.ok && parsed.key === value;
};

/** Validates an imported settings file strictly: a bad file changes nothing. */
export const SettingsImport = z.object({
  kontekst: z.literal('settings', { error: 'is not a Kontekst settings file (no "kontekst": "settings" marker)' }),
  version: z.number({ error: 'has no settings version number' }),
  settings: z.strictObject(
    {
      paused: z.optional(z.boolean({ error: 'must be true or false' })),
      disabledSites: z.optional(
        z.array(
          z.string().check(z.refine(isSiteKey, { error: 'is not a site (expected a host such as example.com)' })),
          { error: 'must be a list of sites' },
        ),
      ),
      density: z.optional(z.enum(DENSITIES, { error: 'must be "all" or "first"' })),
      muted: z.optional(z.array(z.string({ error: 'must be an entry id' }), { error: 'must be a list of entry ids' })),
      theme: z.optional(z.enum(THEMES, { error: 'must be "auto", "light" or "dark"' })),
    },
    { error: 'must be an object of settings' },
  ),
});

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

/** Reads an exported settings file; on any problem, says which field and why. */
export function parseSettingsImport(json: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `This file is not JSON (${(error as Error).message}).` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: 'This file is not a Kontekst settings file.' };
  const result = SettingsImport.safeParse(raw);
  if (!result.success) return { ok: false, error: describeIssue(result.error.issues[0]) };
  return { ok: true, settings: settingsFromStored(result.data.settings) };
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'This file is not a Kontekst settings file.';
  if (issue.code === 'unrecognized_keys')
    return `This file has settings Kontekst does not know: ${issue.keys.join(', ')}.`;
  if (issue.path[0] !== 'settings') return `This file ${issue.message}.`;
  // "settings.disabledSites.2" reads as "disabledSites item 3" to a person.
  const where = issue.path
    .slice(1)
    .map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part)))
    .join(' ');
  return `Not imported: ${where || 'settings'} ${issue.message}.`;
}

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ kontekst: 'settings', version: SETTINGS_VERSION, settings }, null, 2);
}
