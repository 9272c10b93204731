import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';
// Kept apart from harness.ts, which the demo and the benchmark import outside vitest.

/**
 * Starts the fixture server and Chromium with Kontekst before a test file's tests and
 * closes both after them; `assign` receives the two once they are up.
 */
export function withExtensionBrowser(
  assign: (started: { ext: ExtensionBrowser; server: FixtureServer }) => void,
  options?: Parameters<typeof launchWithExtension>[0],
): void {
  let started: { ext: ExtensionBrowser; server: FixtureServer } | undefined;
  beforeAll(async () => {
    const server = await serveFixtures();
    started = { server, ext: await launchWithExtension(options) };
    assign(started);
  });
  afterAll(async () => {
    await started?.ext.close();
    await started?.server.close();
  });
}
