import { siteKeyFromUrl } from './site-key';

export type SiteInputResult = { ok: true; key: string } | { ok: false; error: string };

/** A scheme followed by `//`, or one of the schemes that never have it. */
const HAS_SCHEME = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?:about|data|javascript|blob|mailto):)/i;

/**
 * The site key for what a reader types into the options page: a full address
 * ("https://www.example.com/news") or a bare host ("example.com", "localhost:8080").
 * Goes through `siteKeyFromUrl`, so a typed site and a visited page get the same key.
 */
export function siteKeyFromInput(input: string): SiteInputResult {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Type a site, for example example.com.' };
  const key = siteKeyFromUrl(HAS_SCHEME.test(text) ? text : `https://${text}`);
  if (key === null) return { ok: false, error: `“${text}” is not a web address Kontekst can run on.` };
  return { ok: true, key };
}
