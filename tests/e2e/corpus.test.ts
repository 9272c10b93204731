import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  CORPUS_DIR,
  pageTerms,
  recordMutationsFromStart,
  recordedMutations,
  setSettings,
  waitForIdle,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { withExtensionBrowser } from './lifecycle';

/**
 * Every saved real-world page: Kontekst on must leave the page exactly as Kontekst off
 * does — same DOM (only its own UI host may be added), same text, no new errors.
 */
const pages = readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.html')).sort();

let ext: ExtensionBrowser;
let server: FixtureServer;

withExtensionBrowser((started) => ({ ext, server } = started));

interface Visit {
  innerText: string;
  errors: string[];
  mutations: string[];
  terms: Array<{ entryId: string; text: string }>;
  /** Time from navigation to the snapshot. */
  ms: number;
}

/**
 * Loads a corpus page and snapshots it once Kontekst is idle, but never sooner than
 * `atLeastMs` after navigation: the page's own timers must get the same time in both
 * runs, or a late timer of the page would look like a change made by Kontekst.
 */
async function visit(file: string, atLeastMs = 0): Promise<Visit> {
  const page: Page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The corpus is offline: block every non-local request so pages behave the same each run.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await recordMutationsFromStart(page);
  const started = Date.now();
  await page.goto(server.url(`/corpus/${file}`), { waitUntil: 'load', timeout: 45_000 });
  await waitForIdle(ext, page, 45_000);
  const remaining = atLeastMs - (Date.now() - started);
  if (remaining > 0) await page.waitForTimeout(remaining); // equal exposure to page timers, not a wait for a result
  const result: Visit = {
    ms: Date.now() - started,
    innerText: await page.evaluate(() => document.body?.innerText ?? ''),
    errors,
    mutations: await recordedMutations(page),
    terms: await pageTerms(ext, page),
  };
  await page.close();
  return result;
}

/** What Kontekst-on did that none of the Kontekst-off visits did: an empty list is a pass. */
function differences(offs: readonly Visit[], on: Visit): string[] {
  const found: string[] = [];
  if (!offs.some((off) => off.innerText === on.innerText))
    found.push(`innerText differs (${offs.map((o) => o.innerText.length).join('/')} vs ${on.innerText.length} chars)`);
  const newErrors = on.errors.filter((e) => !offs.some((off) => off.errors.includes(e)));
  if (newErrors.length) found.push(`new page errors: ${newErrors.join(' | ')}`);
  const newMutations = on.mutations.filter((m) => !offs.some((off) => off.mutations.includes(m)));
  if (newMutations.length) found.push(`new mutations: ${newMutations.slice(0, 5).join(' | ')}`);
  return found;
}

/**
 * Off, on, off: a page whose own scripts race (they append nodes in some loads and not
 * in others) shows its variants in the off visits around the on visit.
 */
async function compareOffOn(file: string): Promise<{ on: Visit; diffs: string[] }> {
  await setSettings(ext, { disabledSites: ['127.0.0.1'] });
  const offBefore = await visit(file);
  await setSettings(ext, { disabledSites: [] });
  const on = await visit(file);
  await setSettings(ext, { disabledSites: ['127.0.0.1'] });
  const offAfter = await visit(file, on.ms);
  return { on, diffs: differences([offBefore, offAfter], on) };
}

describe.each(pages)('corpus page %s', (file) => {
  it('is annotated without changing its DOM, text or errors', async () => {
    let { on, diffs } = await compareOffOn(file);
    // Some saved pages are not deterministic on their own (lazy loaders, script races while
    // offline); a difference Kontekst causes shows up every time, a page's own race does not.
    for (let attempt = 1; diffs.length && attempt < 3; attempt++) ({ on, diffs } = await compareOffOn(file));
    expect(diffs).toEqual([]);
    expect(on.mutations.filter((m) => m.includes('kontekst-ui'))).toEqual([]);
    for (const term of on.terms) expect(term.text.trim().length).toBeGreaterThan(0);
  });
});
