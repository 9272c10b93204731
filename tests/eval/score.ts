/**
 * Scores the real matcher on labelled paragraphs, the way the content script runs it: one
 * prepared page per paragraph (title and lead as page context), then the paragraph.
 */
import type { KbEntry } from '../../data/schema';
import { matchIndexOf } from '../../core/match-index-build';
import { compileMatcher, type Matcher } from '../../core/matcher';
import type { EvalCase } from './types';

export interface Tally {
  /** Labels whose entry is in the KB, and how many of them a span of that entry covers. */
  labels: number;
  found: number;
  /** Labels whose entry is not in the KB yet. */
  pending: number;
  /** Forbidden entries that appeared (one per paragraph and entry). */
  wrong: number;
  paragraphs: number;
  traps: number;
}

export interface CaseResult {
  case: EvalCase;
  spans: Array<{ entryId: string; text: string; start: number; end: number }>;
  misses: EvalCase['expect'];
  wrong: string[];
  /** Spans that cover no label (neither expected nor forbidden): worth a look, not scored. */
  extras: Array<{ entryId: string; text: string }>;
  pending: number;
}

export interface EvalReport {
  total: Tally;
  byLang: Map<string, Tally>;
  byEntry: Map<string, Tally>;
  results: CaseResult[];
  /** Labels that are not substrings of their paragraph: a labelling error, reported apart. */
  badLabels: string[];
}

const emptyTally = (): Tally => ({ labels: 0, found: 0, pending: 0, wrong: 0, paragraphs: 0, traps: 0 });

export const recall = (t: Tally): number => (t.labels === 0 ? 1 : t.found / t.labels);

function covered(spans: CaseResult['spans'], entryId: string, text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
    if (spans.some((s) => s.entryId === entryId && s.start <= at && s.end >= at + phrase.length)) return true;
  return false;
}

export function scoreCase(matcher: Matcher, known: ReadonlySet<string>, c: EvalCase): CaseResult {
  const page = matcher.preparePage(c.page ?? {});
  const spans = matcher.findTermSpans(c.text, page).map((s) => ({ ...s, text: c.text.slice(s.start, s.end) }));
  const live = c.expect.filter((e) => known.has(e.entryId));
  const misses = live.filter((e) => !covered(spans, e.entryId, c.text, e.phrase));
  const present = new Set(spans.map((s) => s.entryId));
  const wrong = c.forbid.filter((id) => known.has(id) && present.has(id));
  const labelled = (s: CaseResult['spans'][number]) =>
    c.expect.some((e) => e.entryId === s.entryId) ||
    c.forbid.includes(s.entryId) ||
    c.expect.some((e) => {
      const at = c.text.indexOf(e.phrase);
      return at >= 0 && s.start < at + e.phrase.length && s.end > at;
    });
  const extras = spans.filter((s) => !labelled(s)).map(({ entryId, text }) => ({ entryId, text }));
  return { case: c, spans, misses, wrong, extras, pending: c.expect.length - live.length };
}

/** Scores `cases`; the matcher is compiled from the KB's matching index, as the content script's is. */
export function runEval(kb: readonly KbEntry[], cases: readonly EvalCase[], matcher: Matcher = compileMatcher(matchIndexOf(kb))): EvalReport {
  const known = new Set(kb.map((e) => e.id));
  const total = emptyTally();
  const byLang = new Map<string, Tally>();
  const byEntry = new Map<string, Tally>();
  const tallyOf = (map: Map<string, Tally>, key: string) => map.get(key) ?? map.set(key, emptyTally()).get(key)!;
  const badLabels: string[] = [];
  const results = cases.map((c) => {
    for (const e of c.expect) if (!c.text.includes(e.phrase)) badLabels.push(`${c.id}: "${e.phrase}" is not in the text`);
    const r = scoreCase(matcher, known, c);
    const lang = tallyOf(byLang, c.lang);
    for (const t of [total, lang]) {
      t.paragraphs++;
      if (c.trap) t.traps++;
      t.labels += c.expect.length - r.pending;
      t.found += c.expect.length - r.pending - r.misses.length;
      t.pending += r.pending;
      t.wrong += r.wrong.length;
    }
    for (const e of c.expect) {
      const t = tallyOf(byEntry, e.entryId);
      if (!known.has(e.entryId)) t.pending++;
      else {
        t.labels++;
        if (!r.misses.includes(e)) t.found++;
      }
    }
    for (const id of r.wrong) tallyOf(byEntry, id).wrong++;
    return r;
  });
  return { total, byLang, byEntry, results, badLabels };
}
