declare module 'virtual:kontekst-kb' {
  import type { KbEntry } from '../data/schema';
  /** The knowledge base, validated at build time (see wxt.config.ts). */
  const kb: readonly KbEntry[];
  export default kb;
}

declare module 'virtual:kontekst-match-index' {
  import type { EncodedEntry } from '../core/match-index';
  /** Ids, aliases and context rules of every entry, encoded (see core/match-index.ts): what the content script matches with. */
  const index: readonly EncodedEntry[];
  export default index;
}
