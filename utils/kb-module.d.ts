declare module 'virtual:kontekst-kb' {
  import type { KbEntry } from '../data/schema';
  /** The knowledge base, validated at build time (see wxt.config.ts). */
  const kb: readonly KbEntry[];
  export default kb;
}
