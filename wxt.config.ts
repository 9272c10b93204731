import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
// Importing the KB here validates it: a malformed entry fails the build, naming its id and field.
import { KB } from './data/kb';
import { encodeMatchIndex } from './core/match-index';
import { matchIndexOf } from './core/match-index-build';

/**
 * The validated KB as plain data, so zod's runtime stays out of the bundles: the whole KB
 * for the background, popup and options; only what matching needs for the content script,
 * which gets a card's text from the background when the reader opens it.
 */
const KB_MODULES: Record<string, unknown> = {
  'virtual:kontekst-kb': KB,
  'virtual:kontekst-match-index': encodeMatchIndex(matchIndexOf(KB)),
};

/**
 * esbuild's minifier writes every non-ASCII character of a string or regex as \uXXXX, six
 * bytes for each Cyrillic or Polish letter of the index. Written as themselves they are
 * the same JavaScript and 7% less gzip. Only letters and typographic marks are restored:
 * never U+2028/2029 (line breaks in older parsers), surrogates or an escape preceded by an
 * odd number of backslashes (a literal "\\u…" in the source).
 */
function utf8Letters(): Plugin {
  const ESCAPE = /(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})/g;
  const isLetterOrMark = (code: number) =>
    (code >= 0xa0 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f) || (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e);
  return {
    name: 'kontekst-utf8-letters',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          chunk.code = chunk.code.replace(ESCAPE, (all, slashes: string, hex: string) => {
            const code = parseInt(hex, 16);
            return isLetterOrMark(code) ? slashes + String.fromCharCode(code) : all;
          });
    },
  };
}

function kontekstKb(): Plugin {
  return {
    name: 'kontekst-kb',
    resolveId: (id) => (id in KB_MODULES ? `\0${id}` : undefined),
    load: (id) => {
      const data = id.startsWith('\0') ? KB_MODULES[id.slice(1)] : undefined;
      return data === undefined ? undefined : `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}

/**
 * Firefox only: a fixed add-on id (MV3 requires one), 140 as the floor (the CSS Custom
 * Highlight API and `data_collection_permissions` arrive there), and the declaration that
 * Kontekst collects no data. See README, "Privacy".
 */
const FIREFOX_MANIFEST = {
  browser_specific_settings: {
    gecko: {
      id: 'kontekst@kontekst.app',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android reads `data_collection_permissions` from 142 on.
    gecko_android: { strict_min_version: '142.0' },
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  // Lets parallel builds (e2e runs, the benchmark) use their own folder.
  outDir: process.env.KONTEKST_OUT_DIR ?? '.output',
  // Firefox too gets MV3 (WXT would default it to MV2): one manifest shape for both stores.
  manifestVersion: 3,
  // UI strings come from locales/*.json (see utils/i18n.ts); the module writes _locales/ and their types.
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact(), kontekstKb(), utf8Letters()],
  }),
  manifest: ({ browser }) => ({
    name: 'Kontekst',
    default_locale: 'en',
    description: '__MSG_manifest_description__',
    permissions: ['storage', 'activeTab', 'contextMenus'],
    commands: {
      // Must match TOGGLE_SITE_COMMAND in utils/site-toggle.ts.
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_manifest_toggleSiteCommand__',
      },
      // Must match STEP_COMMANDS in utils/site-toggle.ts. Rebindable at chrome://extensions/shortcuts
      // and in Firefox's add-on manager; a browser may refuse a default key it already uses.
      'next-term': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_manifest_nextTermCommand__',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_manifest_previousTermCommand__',
      },
    },
    ...(browser === 'firefox' ? FIREFOX_MANIFEST : {}),
  }),
});
