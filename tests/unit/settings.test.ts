import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  exportSettings,
  migrateSettingsV1toV2,
  settingsFromStored,
  type Settings,
} from '../../core/settings';
import { Settings as SettingsSchema } from '../../core/settings-schema';
import { parseSettingsImport } from '../../core/settings-import';
import { tMessage } from '../../utils/i18n';

const custom: Settings = {
  paused: true,
  disabledSites: ['example.com', 'news.example.org'],
  density: 'first',
  muted: ['nato-article-5'],
  theme: 'dark',
  cardLanguage: 'uk',
  markStyle: 'hover',
};

describe('settings from storage', () => {
  it('the defaults annotate everywhere, every mention, following the system theme', () => {
    expect(DEFAULT_SETTINGS).toEqual({ paused: false, disabledSites: [], density: 'all', muted: [], theme: 'auto', cardLanguage: 'auto', markStyle: 'background' });
  });

  it.each([null, undefined, 'settings', 42, true, [], [custom]])('a stored %j gives the defaults', (stored) => {
    expect(settingsFromStored(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid settings as they are', () => {
    expect(settingsFromStored(custom)).toEqual(custom);
  });

  it.each<[keyof Settings, unknown]>([
    ['paused', 'yes'],
    ['paused', null],
    ['disabledSites', 'example.com'],
    ['disabledSites', ['example.com', 7]],
    ['density', 'some'],
    ['muted', { id: 'x' }],
    ['theme', 'blue'],
    ['markStyle', 'loud'],
  ])('a corrupt %s (%j) falls back alone; the other fields survive', (field, bad) => {
    const result = settingsFromStored({ ...custom, [field]: bad });
    expect(result[field]).toEqual(DEFAULT_SETTINGS[field]);
    for (const other of Object.keys(custom) as Array<keyof Settings>)
      if (other !== field) expect(result[other]).toEqual(custom[other]);
  });

  it('fills missing fields with defaults and drops unknown ones', () => {
    expect(settingsFromStored({ theme: 'light', somethingElse: 1 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('removes duplicate sites and muted ids', () => {
    const result = settingsFromStored({ disabledSites: ['a.com', 'a.com'], muted: ['x', 'x', 'y'] });
    expect(result.disabledSites).toEqual(['a.com']);
    expect(result.muted).toEqual(['x', 'y']);
  });
});

describe('the zod-free reader of stored settings', () => {
  /** What the schema says a stored value means: its parse, or the defaults when it fails. */
  const bySchema = (value: unknown): Settings => {
    const result = SettingsSchema.safeParse(value);
    if (!result.success) return { ...DEFAULT_SETTINGS };
    return { ...result.data, disabledSites: [...new Set(result.data.disabledSites)], muted: [...new Set(result.data.muted)] };
  };
  const fieldValue = fc.oneof(
    fc.anything(),
    fc.boolean(),
    fc.constantFrom('all', 'first', 'auto', 'light', 'dark', 'en', 'uk', 'underline', 'background', 'hover', 'some', ''),
    fc.array(fc.constantFrom('a.com', 'b.org', 'nato', 'a.com')),
    fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 4 }),
    fc.sparseArray(fc.string(), { maxLength: 4 }),
  );
  const storedShape = fc.record(
    {
      paused: fieldValue,
      disabledSites: fieldValue,
      density: fieldValue,
      muted: fieldValue,
      theme: fieldValue,
      cardLanguage: fieldValue,
      markStyle: fieldValue,
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  );

  it('gives exactly what the zod schema gives, for any stored value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), storedShape, fc.array(storedShape, { maxLength: 2 })), (stored) => {
        expect(settingsFromStored(stored)).toEqual(bySchema(stored));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('v1 → v2 migration', () => {
  it('turns enabled/disabledHosts into paused/disabledSites and keeps the rest', () => {
    const v2 = migrateSettingsV1toV2({ enabled: false, disabledHosts: ['example.com'], density: 'first' });
    expect(settingsFromStored(v2)).toEqual({ ...DEFAULT_SETTINGS, paused: true, disabledSites: ['example.com'], density: 'first' });
  });

  it('an enabled v1 install stays unpaused', () => {
    expect(settingsFromStored(migrateSettingsV1toV2({ enabled: true, disabledHosts: [] }))).toEqual(DEFAULT_SETTINGS);
  });

  it('a corrupt v1 value still ends as valid settings', () => {
    for (const old of [null, 'x', { enabled: 'no', disabledHosts: 'a.com' }])
      expect(settingsFromStored(migrateSettingsV1toV2(old))).toEqual(DEFAULT_SETTINGS);
  });
});

describe('export and import', () => {
  it('an export imports back to the same settings', () => {
    const file = exportSettings(custom);
    expect(JSON.parse(file)).toMatchObject({ kontekst: 'settings', version: SETTINGS_VERSION });
    expect(parseSettingsImport(file)).toEqual({ ok: true, settings: custom });
  });

  it('an import with some fields fills the others with defaults', () => {
    const file = JSON.stringify({ kontekst: 'settings', version: 2, settings: { theme: 'light' } });
    expect(parseSettingsImport(file)).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'light' } });
  });

  const wrap = (settings: unknown) => JSON.stringify({ kontekst: 'settings', version: 2, settings });
  it.each([
    ['not JSON', '{"kontekst": ', /not JSON/],
    ['empty file', '', /not JSON/],
    ['a JSON array', '[1, 2]', /not a Kontekst settings file/],
    ['JSON without the marker', '{"paused": true}', /not a Kontekst settings file/],
    ['no version', '{"kontekst": "settings", "settings": {}}', /version/],
    ['settings not an object', '{"kontekst": "settings", "version": 2, "settings": "all"}', /settings must be an object/],
    ['an unknown setting', wrap({ colour: 'red' }), /does not know: colour/],
    ['a wrong theme', wrap({ theme: 'blue' }), /theme must be "auto", "light" or "dark"/],
    ['a wrong density', wrap({ density: 'some' }), /density must be "all" or "first"/],
    ['a wrong mark style', wrap({ markStyle: 'loud' }), /markStyle must be "underline", "background" or "hover"/],
    ['paused not a boolean', wrap({ paused: 'yes' }), /paused must be true or false/],
    ['sites not a list', wrap({ disabledSites: 'example.com' }), /disabledSites must be a list of sites/],
    ['a URL instead of a site', wrap({ disabledSites: ['example.com', 'https://www.bbc.co.uk/news'] }), /disabledSites item 2 is not a site/],
    ['a muted id not a string', wrap({ muted: [5] }), /muted item 1 must be an entry id/],
  ])('rejects %s with a message', (_label, file, message) => {
    const result = parseSettingsImport(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(tMessage(result.error)).toMatch(message);
  });
});
