/**
 * Bundles the in-page benchmark code with esbuild: page-entry.ts with the real content
 * modules (the KB served exactly like the build's `virtual:kontekst-kb`: a JSON.parse of
 * the validated KB) and markjs-entry.ts with mark.js. Minified like the shipped build.
 */
import { build, type Plugin } from 'esbuild';
import path from 'node:path';
import type { KbEntry } from '../../data/schema';

const HERE = import.meta.dirname;
const KB_MODULE = 'virtual:kontekst-kb';

function benchPlugin(kb: readonly KbEntry[]): Plugin {
  return {
    name: 'kontekst-bench',
    setup(b) {
      b.onResolve({ filter: /^virtual:kontekst-kb$/ }, () => ({ path: KB_MODULE, namespace: 'kontekst-kb' }));
      b.onLoad({ filter: /.*/, namespace: 'kontekst-kb' }, () => ({
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(kb))});`,
        loader: 'js',
      }));
      // ui-host.ts inlines the card CSS (Vite `?inline`); the benchmark only needs its tag name.
      b.onResolve({ filter: /\?inline$/ }, (args) => ({ path: args.path, namespace: 'inline-css' }));
      b.onLoad({ filter: /.*/, namespace: 'inline-css' }, () => ({ contents: 'export default "";', loader: 'js' }));
      // The annotator's yield goes through the probe, which forwards to the real one.
      b.onResolve({ filter: /^\.\/yield$/ }, (args) =>
        args.importer.endsWith(path.join('entrypoints', 'content', 'annotator.ts'))
          ? { path: path.join(HERE, 'yield-probe.ts') }
          : undefined,
      );
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
    write: false,
    logLevel: 'error',
    plugins,
  });
  return result.outputFiles[0]!.text;
}

export async function buildPageBundles(kb: readonly KbEntry[]): Promise<{ kontekst: string; markjs: string }> {
  const [kontekst, markjs] = await Promise.all([
    bundle('page-entry.ts', [benchPlugin(kb)]),
    bundle('markjs-entry.ts', []),
  ]);
  return { kontekst, markjs };
}
