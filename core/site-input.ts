import { message, type Message } from './i18n';
import { siteKeyFromUrl } from './site-key';

export type SiteInputResult = { ok: true; key: string } | { ok: false; error: Message };

/** A scheme followed by `//`, or one of the schemes that never have it. */
const HAS_SCHEME = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?:about|data|javascript|blob|mailto):)/i;

/**
 * What a site key may look like: host labels, a bracketed IPv6 address, or `file://`.
 * URL parsers differ on junk (Chromium turns "not a site" into the host "not%20a%20site"),
 * so the key itself is checked too.
 */
const SITE_KEY = /^(?:file:\/\/|\[[0-9a-f:.]+\]|[a-z0-9_-]+(?:\.[a-z0-9_-]+)*)$/;

/**
 * The site key for what a reader types into the options page: a full address
 * ("https://www.example.com/news") or a bare host ("example.com", "localhost:8080").
 * Goes through `siteKeyFromUrl`, so a typed site and a visited page get the same key.
 */
export function siteKeyFromInput(input: string): SiteInputResult {
  const text = input.trim();
  if (!text) return { ok: false, error: message('siteInput.empty') };
  const key = siteKeyFromUrl(HAS_SCHEME.test(text) ? text : `https://${text}`);
  if (key === null || !SITE_KEY.test(key)) return { ok: false, error: message('siteInput.invalid', text) };
  return { ok: true, key };
}
