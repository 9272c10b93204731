import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCard, hoverText, launchWithExtension, serveFixtures, waitForTerms, type ExtensionBrowser, type FixtureServer } from './harness';

let ext: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('smoke', () => {
  it('finds four terms', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/four-terms.html'));
    const terms = await waitForTerms(ext, page, (t) => t.length >= 4);
    console.log(terms);
    await hoverText(page, 'peacekeepers');
    await expectCard(page, 'peacekeepers');
    await page.screenshot({ path: '/tmp/smoke.png' });
    expect(terms.map((t) => t.entryId)).toContain('weimar-triangle');
  });
});
