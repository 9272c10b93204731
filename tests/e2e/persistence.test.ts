import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchWithExtension,
  openPopup,
  paintedCount,
  serveFixtures,
  tabIdOf,
  waitForIdle,
  waitForPainted,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let profile: string;
beforeAll(async () => {
  server = await serveFixtures();
  profile = mkdtempSync(path.join(tmpdir(), 'kontekst-restart-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

it('a site switched off in the popup stays off after the browser restarts', async () => {
  const first = await launchWithExtension({ userDataDir: profile });
  try {
    const page = await first.context.newPage();
    await page.goto(server.url('/four-terms.html'));
    await waitForPainted(page, 4);
    const popup = await openPopup(first, await tabIdOf(first, page));
    const toggle = popup.getByRole('switch', { name: /Annotate on 127\.0\.0\.1/ });
    await toggle.click();
    await waitForPainted(page, 0);
  } finally {
    await first.close();
  }

  const second = await launchWithExtension({ userDataDir: profile });
  try {
    const page = await second.context.newPage();
    await page.goto(server.url('/four-terms.html'));
    expect((await waitForIdle(second, page)).state).toBe('off');
    expect(await paintedCount(page)).toBe(0);
  } finally {
    await second.close();
  }
});
