declare module 'virtual:kontekst-kb' {
  import type { KbEntry } from '../data/schema';
  /** The knowledge base, validated at build time (see wxt.config.ts). */
  const kb: readonly KbEntry[];
  export default kb;
}

declare module 'virtual:kontekst-match-index' {
  import type { MatchEntry } from '../data/schema';
  /** Ids, aliases and context rules of every entry: what the content script matches with. */
  const index: readonly MatchEntry[];
  export default index;
}
