/**
 * `npm run demo`: builds Kontekst, opens the bundled demo article in Chromium with the
 * extension loaded (headless when there is no display), hovers a term, and writes
 * screenshots plus the page's found terms to demo-output/ (git-ignored). The screenshots
 * are 1280×800, the store size; `npm run demo -- --docs` also copies them to docs/store/
 * for the store listings.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  expectCard,
  hoverText,
  launchWithExtension,
  openPopup,
  serveFixtures,
  tabIdOf,
  waitForPainted,
  waitForTerms,
} from '../tests/e2e/harness';
import { buildExtension } from '../tests/e2e/build';

const OUT = path.join(ROOT, 'demo-output');
const STORE = path.join(ROOT, 'docs/store');
/** demo-output file → its name in docs/store (the store screenshots are 1280×800). */
const STORE_COPIES: Array<[string, string]> = [
  ['page.png', 'screenshot-1-annotated-article-1280x800.png'],
  ['popover.png', 'screenshot-2-card-1280x800.png'],
  ['popup.png', 'popup.png'],
];
const HOVER = { text: 'Budapest Memorandum', entryId: 'budapest-memorandum' };
const WRITE_DOCS = process.argv.includes('--docs');

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension…');
    // The e2e harness drives a test build (see tests/e2e/global-setup.ts).
    buildExtension(['--mode', 'test'], 'inherit');
  }
  mkdirSync(OUT, { recursive: true });
  const server = await serveFixtures();
  const ext = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await ext.context.newPage();
    await page.goto(server.url('/demo-article.html'));
    await waitForPainted(page, 10);
    const terms = await waitForTerms(ext, page, (t) => t.length >= 10);
    await page.screenshot({ path: path.join(OUT, 'page.png') });

    await hoverText(page, HOVER.text);
    const card = await expectCard(page, HOVER.entryId);
    // Let the card's fade-in finish so the screenshot shows what a reader sees.
    await card.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await page.screenshot({ path: path.join(OUT, 'popover.png') });

    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await popup.waitForLoadState('domcontentloaded');
    await popup.locator('[data-testid="on-this-page"] li, [data-testid="on-this-page"] button').first().waitFor({ timeout: 10_000 }).catch(() => {
      // The popup may still be listing; the screenshot shows whatever it shows.
    });
    await popup.screenshot({ path: path.join(OUT, 'popup.png') });

    writeFileSync(path.join(OUT, 'terms.json'), `${JSON.stringify({ terms }, null, 2)}\n`);
    // Tracked files change only when asked: a plain run leaves `git status` as it was.
    if (WRITE_DOCS) {
      mkdirSync(STORE, { recursive: true });
      for (const [from, to] of STORE_COPIES) copyFileSync(path.join(OUT, from), path.join(STORE, to));
    }
    printSummary(terms);
  } finally {
    await ext.close();
    await server.close();
  }
}

function printSummary(terms: Array<{ entryId: string; text: string }>): void {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term.entryId, (counts.get(term.entryId) ?? 0) + 1);
  console.log(`\nKontekst demo: ${terms.length} term occurrences, ${counts.size} distinct entries on the demo article.`);
  for (const [entryId, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(3)} × ${entryId}`);
  console.log(`\nWrote demo-output/page.png, popover.png, popup.png and terms.json (hovered “${HOVER.text}”).`);
  if (WRITE_DOCS) console.log(`Copied the screenshots to docs/store/: ${STORE_COPIES.map(([, to]) => to).join(', ')}.`);
  else console.log('Run `npm run demo -- --docs` to copy them to docs/store/ as well.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
