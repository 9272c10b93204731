/** What the Node half of the benchmark runs, bundled by node-modules.ts. */
export { compileMatcher } from '../../core/matcher';
export { syntheticKb } from '../synthetic/match-kb';
export { createSearchIndex } from '../../core/search';
export { syntheticSearchEntries } from '../synthetic/search-entries';
