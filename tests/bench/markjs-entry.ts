/**
 * mark.js inside a page (bundled with mark.js itself by tests/bench/bundle.ts), exposed as
 * `window.__markjsBench`. `Mark#mark(list)` handles its keywords one after another,
 * longest first, each a full pass over the DOM; so handing it the same sorted list in
 * consecutive chunks does exactly the same work, and lets us check a deadline between
 * chunks instead of blocking the renderer for minutes on a slow page.
 */
import Mark from 'mark.js';
import type { MarkjsBench, MarkjsResult } from './types';

function run(aliases: readonly string[], deadlineMs: number, chunk: number): MarkjsResult {
  // mark.js's own order (stable sort by length, longest first) over the whole list.
  const keywords = [...new Set(aliases.filter((a) => a.trim()))].sort((a, b) => b.length - a.length);
  const instance = new Mark(document.body ?? document.documentElement);
  let matches = 0;
  let aliasesDone = 0;
  const start = performance.now();
  for (let i = 0; i < keywords.length; i += chunk) {
    const part = keywords.slice(i, i + chunk);
    instance.mark(part, {
      separateWordSearch: false,
      accuracy: 'exactly',
      done: (total: number) => void (matches += total),
    });
    aliasesDone += part.length;
    const elapsed = performance.now() - start;
    if (elapsed > deadlineMs && aliasesDone < keywords.length)
      return { ms: null, elapsedMs: elapsed, aliasesDone, aliasesTotal: keywords.length, matches };
  }
  const ms = performance.now() - start;
  return { ms, elapsedMs: ms, aliasesDone, aliasesTotal: keywords.length, matches };
}

const api: MarkjsBench = { run };
(window as unknown as { __markjsBench: MarkjsBench }).__markjsBench = api;
