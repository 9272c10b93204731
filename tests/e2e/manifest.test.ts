import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './browser';
import { FIREFOX_EXTENSION_DIR } from './firefox';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  browser_specific_settings?: unknown;
};

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const builds: Array<[string, string]> = [
  ['chrome-mv3', EXTENSION_DIR],
  ['firefox-mv3', FIREFOX_EXTENSION_DIR],
];

/** Each permission and why, as the README's "Privacy" section explains them. */
const PERMISSIONS = ['storage', 'activeTab', 'contextMenus'];
const CONTENT_SCRIPT_MATCHES = ['file:///*', 'http://*/*', 'https://*/*'];
/** Keys that would widen what Kontekst can reach; none has a documented reason yet. */
const UNDOCUMENTED_REACH = [
  'host_permissions',
  'optional_permissions',
  'optional_host_permissions',
  'web_accessible_resources',
  'externally_connectable',
  'content_security_policy',
  'update_url',
];

describe.each(builds)('the built %s manifest', (_name, dir) => {
  const manifest = readJson<Manifest>(path.join(dir, 'manifest.json'));

  it('asks for least privilege: exactly the documented permissions and content-script hosts', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(PERMISSIONS);
    expect(manifest.content_scripts?.map((script) => [...script.matches].sort())).toEqual([CONTENT_SCRIPT_MATCHES]);
    expect(UNDOCUMENTED_REACH.filter((key) => key in manifest)).toEqual([]);
  });

  it('carries the version from package.json', () => {
    expect(manifest.version).toBe(readJson<{ version: string }>(path.join(ROOT, 'package.json')).version);
  });
});

describe('the Firefox manifest', () => {
  it('has a fixed add-on id, Firefox 140+ (Highlight API) and declares no data collection', () => {
    const manifest = readJson<Manifest>(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'));
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'kontekst@kontekst.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
});

describe('the README', () => {
  it('gives a reason for every permission', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const privacy = readme.slice(readme.indexOf('## Privacy'));
    expect(PERMISSIONS.filter((permission) => !privacy.includes(`\`${permission}\``))).toEqual([]);
  });
});
