/** What the Node half of the benchmark runs, bundled by node-modules.ts. */
export { compileMatcher, syntheticKb } from '../../core/matcher';
export { createSearchIndex } from '../../core/search';
export { syntheticSearchEntries } from '../synthetic/search-entries';
