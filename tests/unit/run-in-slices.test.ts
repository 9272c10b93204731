import { describe, expect, it } from 'vitest';
import { compileMatcher, compileMatcherSteps } from '../../core/matcher';
import { KB } from '../../data/kb';
import { SLICE_MS, runInSlices } from '../../entrypoints/content/yield';

/** A generator of `count` steps that each advance a fake clock by `stepMs`. */
function* steps(count: number, clock: { t: number }, stepMs: number): Generator<void, string, void> {
  for (let i = 0; i < count; i++) {
    clock.t += stepMs;
    yield;
  }
  return 'done';
}

describe('runInSlices', () => {
  it('gives the page a turn each time a slice is used up, and returns the result', async () => {
    const clock = { t: 0 };
    let turns = 0;
    const result = await runInSlices(steps(40, clock, 1), new AbortController().signal, async () => void turns++, () => clock.t);
    expect(result).toBe('done');
    // 40 ms of 1 ms steps in slices of just over SLICE_MS.
    expect(turns).toBe(Math.floor(40 / (SLICE_MS + 1)));
  });

  it('never yields for work that fits in one slice', async () => {
    const clock = { t: 0 };
    let turns = 0;
    await runInSlices(steps(SLICE_MS, clock, 1), new AbortController().signal, async () => void turns++, () => clock.t);
    expect(turns).toBe(0);
  });

  it('stops between steps once the session is aborted', async () => {
    const clock = { t: 0 };
    const abort = new AbortController();
    const run = runInSlices(steps(100, clock, 5), abort.signal, async () => abort.abort(new Error('stopped')), () => clock.t);
    await expect(run).rejects.toThrow('stopped');
    expect(clock.t).toBeLessThan(100 * 5);
  });
});

describe('compileMatcherSteps', () => {
  it('pauses once per KB entry and builds the same matcher as compileMatcher', () => {
    const compile = compileMatcherSteps(KB);
    let pauses = 0;
    let step = compile.next();
    while (!step.done) {
      pauses++;
      step = compile.next();
    }
    expect(pauses).toBe(KB.length);
    const text = 'The Budapest Memorandum, NATO’s Article 5 and the Weimar Triangle; миротворці та Будапештський меморандум.';
    expect(step.value.findTermSpans(text)).toEqual(compileMatcher(KB).findTermSpans(text));
    expect(step.value.findTermSpans(text).length).toBeGreaterThanOrEqual(4);
  });
});
