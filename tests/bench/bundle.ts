/**
 * Bundles the in-page benchmark code with esbuild: page-entry.ts with the real content
 * modules (the matching index served exactly like the build's `virtual:kontekst-match-index`:
 * a JSON.parse of what the content script ships) and markjs-entry.ts with mark.js. Minified
 * like the shipped build.
 */
import { build, type Plugin } from 'esbuild';
import path from 'node:path';
import { encodeMatchIndex } from '../../core/match-index';
import type { MatchEntry } from '../../data/schema';

const HERE = import.meta.dirname;
const KB_MODULE = 'virtual:kontekst-match-index';

/**
 * `replace` maps a source file (relative to the repo root) to another file bundled in its
 * place, to bench a candidate change against the current code (`--replace a.ts=b.ts`).
 */
function benchPlugin(kb: readonly MatchEntry[], replace: Readonly<Record<string, string>>): Plugin {
  const root = path.resolve(HERE, '../..');
  const swaps = new Map(Object.entries(replace).map(([from, to]) => [path.resolve(root, from), path.resolve(to)]));
  return {
    name: 'kontekst-bench',
    setup(b) {
      if (swaps.size)
        b.onResolve({ filter: /^\./ }, (args) => {
          const resolved = path.resolve(args.resolveDir, args.path);
          const swap = swaps.get(resolved) ?? swaps.get(`${resolved}.ts`);
          return swap && args.importer !== swap ? { path: swap } : undefined;
        });
      b.onResolve({ filter: /^virtual:kontekst-match-index$/ }, () => ({ path: KB_MODULE, namespace: 'kontekst-kb' }));
      b.onLoad({ filter: /.*/, namespace: 'kontekst-kb' }, () => ({
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(encodeMatchIndex(kb)))});`,
        loader: 'js',
      }));
      // ui-host.ts inlines the card CSS (Vite `?inline`); the benchmark only needs its tag name.
      b.onResolve({ filter: /\?inline$/ }, (args) => ({ path: args.path, namespace: 'inline-css' }));
      b.onLoad({ filter: /.*/, namespace: 'inline-css' }, () => ({ contents: 'export default "";', loader: 'js' }));
    },
  };
}

async function bundle(entry: string, plugins: Plugin[]): Promise<string> {
  const result = await build({
    entryPoints: [path.join(HERE, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'error',
    plugins,
  });
  return result.outputFiles[0]!.text;
}

export async function buildPageBundles(
  /** The matching index (core/match-index-build.ts `matchIndexOf`), derived aliases included. */
  kb: readonly MatchEntry[],
  replace: Readonly<Record<string, string>> = {},
): Promise<{ kontekst: string; markjs: string }> {
  const [kontekst, markjs] = await Promise.all([
    bundle('page-entry.ts', [benchPlugin(kb, replace)]),
    bundle('markjs-entry.ts', []),
  ]);
  return { kontekst, markjs };
}
