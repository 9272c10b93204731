/**
 * The eval's floors (npm run eval prints the full report): over every labelled paragraph,
 * the matcher finds at least 95% of the labelled mentions whose entry is in the KB and
 * shows no forbidden card. A regression in either fails CI.
 */
import { describe, expect, it } from 'vitest';
import { KB } from '../../data/kb';
import { EVAL_CASES } from '../eval/cases';
import { recall, runEval } from '../eval/score';

const MIN_RECALL = 0.95;

describe('eval floors over the labelled paragraphs', () => {
  const report = runEval(KB, EVAL_CASES);

  it('has unique ids and labels that occur in their paragraph', () => {
    const ids = EVAL_CASES.map((c) => c.id);
    expect(ids.length).toBe(new Set(ids).size);
    expect(report.badLabels).toEqual([]);
  });

  it(`finds at least ${MIN_RECALL * 100}% of the labelled mentions in every language`, () => {
    const misses = report.results.flatMap((r) => r.misses.map((m) => `${r.case.id}: ${m.entryId} "${m.phrase}"`));
    for (const [lang, tally] of report.byLang) expect(recall(tally), `${lang}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('shows no wrong card', () => {
    expect(report.results.flatMap((r) => r.wrong.map((id) => `${r.case.id}: ${id}`))).toEqual([]);
  });
});
