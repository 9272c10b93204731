/**
 * The matcher and search as they ship: bundled with esbuild into one ESM file and
 * imported from there. Running them straight from source under vite-node would time
 * Vite's module wrappers too (every imported call becomes a property load on a module
 * object), which made the matcher several times slower than the bundled code.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type CoreModules = typeof import('./node-entry');

export async function loadBundledCore(): Promise<CoreModules> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kontekst-bench-'));
  try {
    const outfile = path.join(dir, 'core.mjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'node-entry.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      minify: true,
      outfile,
      logLevel: 'error',
    });
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    return (await import(pathToFileURL(outfile).href)) as CoreModules;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
