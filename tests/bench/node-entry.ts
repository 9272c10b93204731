/** What the Node half of the benchmark runs, bundled by node-modules.ts. */
export { compileMatcher, syntheticKb } from '../../core/matcher';
export { createSearchIndex, syntheticSearchEntries } from '../../core/search';
