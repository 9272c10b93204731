/**
 * Span-for-span fingerprints of the matcher's output on a large varied sample, recorded
 * before the compile was optimised: any change to what is matched changes a hash. If a
 * change to matching is intended, re-record the values (the test prints the new ones).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher';
import { syntheticKb } from '../../synthetic/match-kb';
import { KB } from '../../../data/kb';
import { matchIndexOf } from '../../../core/match-index-build';
import { aliasBlocks, caseBlocks, corpusBlocks, fingerprint, spanLines } from './sample';

const corpus = corpusBlocks();
const synthetic = syntheticKb(10_000);

const EXPECTED = {
  cases: { spans: 201, hash: '3444f1ad' },
  shippedAliases: { spans: 5285, hash: '4f8ebb3b' },
  syntheticAliases: { spans: 3765, hash: '34e3791d' },
  corpus: { spans: 190, hash: '26d7afb6' },
  syntheticCorpus: { spans: 61, hash: '1f3ab6e5' },
};

describe('matcher output fingerprints', () => {
  const shipped = compileMatcher(matchIndexOf(KB));
  const big = compileMatcher(synthetic);
  const actual = {
    cases: () => fingerprint(spanLines(shipped, caseBlocks())),
    shippedAliases: () => fingerprint(spanLines(shipped, aliasBlocks(KB, 4000))),
    syntheticAliases: () => fingerprint(spanLines(big, aliasBlocks(synthetic, 2000))),
    corpus: () => fingerprint(spanLines(shipped, corpus)),
    syntheticCorpus: () => fingerprint(spanLines(big, corpus)),
  };

  for (const name of Object.keys(EXPECTED) as Array<keyof typeof EXPECTED>) {
    // The corpus lives next to the repository (../shared); without it those two are skipped, and say why.
    const noCorpus = name.includes('orpus') && corpus.length === 0;
    it.skipIf(noCorpus)(noCorpus ? `${name} (skipped: no ../shared/corpus or ../shared/seeds)` : name, () => {
      const found = actual[name]();
      if (found.hash !== EXPECTED[name].hash) console.log(name, JSON.stringify(found));
      expect(found).toEqual(EXPECTED[name]);
    }, 30_000);
  }
});
