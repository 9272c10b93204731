import { parseKb, type KbEntry } from './schema';
import budapestMemorandum from './entries/budapest-memorandum';
import natoArticle5 from './entries/nato-article-5';
import peacekeepers from './entries/peacekeepers';
import weimarTriangle from './entries/weimar-triangle';

/**
 * The knowledge base, validated once at module load. A malformed entry throws here
 * with the entry id and field in the message, so a bad edit fails every test and build.
 * To add an entry: create `entries/<id>.ts` and list it below (see docs/adding-an-entry.md).
 */
export const KB: readonly KbEntry[] = parseKb([budapestMemorandum, natoArticle5, peacekeepers, weimarTriangle]);

export const KB_BY_ID: ReadonlyMap<string, KbEntry> = new Map(KB.map((entry) => [entry.id, entry]));
