import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, pageTerms, waitForIdle, type ExtensionBrowser, type FixtureServer, type PageTerm } from './harness';
import { withExtensionBrowser } from './lifecycle';

/**
 * Held-out real text (issue 14): paragraphs taken verbatim from the seeds and the saved
 * corpus pages, labelled from the KB entries before the matcher ever ran on them (see the
 * commit history of tests/e2e/held-out/labels.json). Each source becomes one page, its
 * paragraphs in their original order under the source's own title, and the built extension
 * reads it as a reader's browser would. Do not edit the labels to fit the matcher.
 */

interface Label {
  entryId: string;
  phrase: string;
  alsoOk?: string[];
  inWord?: boolean;
}
interface Paragraph {
  id: string;
  index: number;
  text: string;
  expect: Label[];
  forbid: string[];
}
interface Source {
  file: string;
  lang: string;
  title: string;
  headlineIsFirstParagraph: boolean;
  paragraphs: Paragraph[];
}

const LABELS: { sources: Source[] } = JSON.parse(readFileSync(path.join(ROOT, 'tests/e2e/held-out/labels.json'), 'utf8'));

/**
 * Floors from the first honest run, on main at faeeb6e (before the matcher merge): recall
 * 144/160 = 0.9000, rounded down to 0.90, so losing a single mention (143/160 = 0.894) fails.
 * Wrong cards: the issue's goal, 0. That first run showed one (Escalation on “the escalation of
 * tariffs” in a trade-war article). After the matcher merge (a7581fb): recall 151/160 = 0.944,
 * wrong cards 7 (that one, and Sanctions-against-Russia on six Sudan-sanctions paragraphs), so
 * this test failed until the matcher stopped them. Since concepts need their cue in their own
 * paragraph (72d40d3): recall 151/160 = 0.944, wrong cards 0; the floor is raised to 0.94 (a
 * single lost mention, 150/160 = 0.9375, fails). Raise it when recall rises; never lower it.
 */
const RECALL_FLOOR = 0.94;

let ext: ExtensionBrowser;
let server: FixtureServer;
withExtensionBrowser((started) => ({ ext, server } = started));

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageOf(source: Source): string {
  const blocks = source.paragraphs.map((p, i) => {
    const tag = source.headlineIsFirstParagraph && i === 0 ? 'h1' : 'p';
    return `<${tag} data-ho="${p.id}">${escapeHtml(p.text)}</${tag}>`;
  });
  return `<!doctype html><html lang="${source.lang}"><head><meta charset="utf-8"><title>${escapeHtml(source.title)}</title></head><body><article>${blocks.join('\n')}</article></body></html>`;
}

/** A painted span, placed in its paragraph. */
interface Span {
  pid: string;
  start: number;
  end: number;
  text: string;
  entryId: string;
}

/** The painted ranges in document order, each with its paragraph and character offsets. */
async function paintedRanges(page: import('playwright-core').Page): Promise<Omit<Span, 'entryId'>[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('kontekst');
    const out: Array<{ pid: string; order: number; start: number; end: number; text: string }> = [];
    const blocks = [...document.querySelectorAll('[data-ho]')];
    for (const r of highlight ?? []) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const block = (r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement)?.closest('[data-ho]');
      if (!block) continue; // painted outside the paragraphs (none expected)
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEnd(r.startContainer, r.startOffset);
      const start = before.toString().length;
      const text = range.toString();
      out.push({ pid: block.getAttribute('data-ho')!, order: blocks.indexOf(block), start, end: start + text.length, text });
    }
    out.sort((a, b) => a.order - b.order || a.start - b.start);
    return out.map(({ pid, start, end, text }) => ({ pid, start, end, text }));
  });
}

/** Pairs page-terms (document order, entry ids) with the painted ranges (document order, positions). */
function pair(terms: PageTerm[], ranges: Omit<Span, 'entryId'>[]): Span[] {
  if (terms.length !== ranges.length) throw new Error(`page-terms lists ${terms.length} spans, the highlight holds ${ranges.length}`);
  const spans: Span[] = [];
  for (let i = 0; i < ranges.length; ) {
    // Spans that start at the same place may come in either order: pair them by their text.
    let j = i + 1;
    while (j < ranges.length && ranges[j]!.pid === ranges[i]!.pid && ranges[j]!.start === ranges[i]!.start) j++;
    const group = terms.slice(i, j);
    for (const range of ranges.slice(i, j)) {
      const k = group.findIndex((t) => t.text === range.text);
      if (k === -1) throw new Error(`No page-terms span for painted text “${range.text}” in ${range.pid}`);
      spans.push({ ...range, entryId: group.splice(k, 1)[0]!.entryId });
    }
    i = j;
  }
  return spans;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The labelled mentions of a paragraph: every occurrence of each phrase, minus those inside a longer labelled phrase. */
function mentionsOf(p: Paragraph): Array<Label & { start: number; end: number }> {
  const all: Array<Label & { start: number; end: number }> = [];
  for (const label of p.expect) {
    for (let at = p.text.indexOf(label.phrase); at !== -1; at = p.text.indexOf(label.phrase, at + 1)) {
      const end = at + label.phrase.length;
      if (!label.inWord && (isWordChar(p.text[at - 1]) || isWordChar(p.text[end]))) continue;
      all.push({ ...label, start: at, end });
    }
  }
  return all.filter((m) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('held-out real text (issue 14)', () => {
  it('finds the labelled mentions with the right card and shows no wrong card', async () => {
    const spans = new Map<string, Span[]>();
    for (const [i, source] of LABELS.sources.entries()) {
      const page = await ext.context.newPage();
      const url = server.url(`/held-out-${i}.html`);
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageOf(source) }));
      await page.goto(url);
      await waitForIdle(ext, page);
      for (const span of pair(await pageTerms(ext, page), await paintedRanges(page)))
        spans.set(span.pid, [...(spans.get(span.pid) ?? []), span]);
      await page.close();
    }

    let mentions = 0;
    let found = 0;
    const wrong: string[] = [];
    const report: string[] = [];
    const perSource: string[] = [];
    for (const source of LABELS.sources) {
      let sourceMentions = 0;
      let sourceFound = 0;
      for (const p of source.paragraphs) {
        const painted = spans.get(p.id) ?? [];
        const ms = mentionsOf(p);
        const lines: string[] = [];
        for (const m of ms) {
          mentions++;
          sourceMentions++;
          const hit = painted.some((s) => s.entryId === m.entryId && overlaps(s, m));
          if (hit) {
            found++;
            sourceFound++;
          } else {
            const other = painted.filter((s) => overlaps(s, m)).map((s) => `${s.entryId} on “${s.text}”`);
            lines.push(`  miss ${m.entryId} “${m.phrase}”${other.length ? ` (painted: ${other.join(', ')})` : ''}`);
          }
        }
        for (const s of painted) {
          const why = p.forbid.includes(s.entryId)
            ? 'forbidden here'
            : ms.some((m) => overlaps(s, m) && m.entryId !== s.entryId && !(m.alsoOk ?? []).includes(s.entryId) && !ms.some((o) => o.entryId === s.entryId && overlaps(s, o)))
              ? 'on a phrase labelled for another entry'
              : null;
          if (why) {
            wrong.push(`${p.id}: ${s.entryId} on “${s.text}” (${why})`);
            lines.push(`  WRONG ${s.entryId} on “${s.text}” (${why})`);
          } else if (!ms.some((m) => m.entryId === s.entryId && overlaps(s, m)) && !ms.some((m) => overlaps(s, m)))
            lines.push(`  unlabelled ${s.entryId} on “${s.text}”`);
        }
        if (lines.length) report.push(`${p.id} (${source.file}#${p.index})\n${lines.join('\n')}`);
      }
      perSource.push(`  ${source.file}: ${sourceFound}/${sourceMentions}`);
    }
    const paragraphs = LABELS.sources.reduce((n, s) => n + s.paragraphs.length, 0);
    const traps = LABELS.sources.reduce((n, s) => n + s.paragraphs.filter((p) => p.forbid.length).length, 0);
    const recall = mentions ? found / mentions : 1;
    console.log(
      [
        `held-out: ${paragraphs} paragraphs, ${traps} with forbidden entries, ${mentions} labelled mentions`,
        `recall ${found}/${mentions} = ${recall.toFixed(4)} (floor ${RECALL_FLOOR}); wrong cards ${wrong.length} (must be 0)`,
        'per source:',
        ...perSource,
        '',
        ...report,
      ].join('\n'),
    );
    expect(wrong).toEqual([]); // no wrong card, ever
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
