import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './browser';

/**
 * Runs `wxt build <args>` as `npm run build` does, with NODE_ENV=production whatever this
 * process runs under: vitest sets NODE_ENV=test and vite-node "development", and Vite then
 * keeps development-only code in the bundles, so e2e tests, the demo and the bench would
 * not run, and the bench would not measure, the code that ships.
 */
export function buildExtension(args: readonly string[], output: 'quiet' | 'inherit' = 'quiet'): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: output === 'quiet' ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
}
