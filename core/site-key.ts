import type { Settings } from './settings';

/**
 * The key a site is remembered by when the reader switches Kontekst off for it.
 *
 * - http(s): the host name, lower-case, without a leading `www.`; the port is ignored
 *   (a site is its host, whatever port serves it).
 * - IDN hosts are kept in their ASCII (punycode) form, exactly as URL parsing gives them,
 *   so the key never depends on how the address was typed.
 * - IP hosts are kept as they are (`127.0.0.1`, `[::1]`).
 * - `file:` URLs all share one key, `file://`.
 * - Anything else (about:, chrome:, extension pages, data:, malformed) has no key: Kontekst
 *   never runs there.
 */
export function siteKeyFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // not a URL: nowhere to annotate
  }
  if (parsed.protocol === 'file:') return 'file://';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  return host.startsWith('www.') && host.length > 4 ? host.slice(4) : host;
}

/** A disabled key covers its own host and every subdomain of it. */
export function isSiteDisabled(key: string, disabledSites: readonly string[]): boolean {
  return disabledSites.some((site) => key === site || key.endsWith(`.${site}`));
}

/** Whether Kontekst annotates `url` under `settings`. */
export function isEnabledFor(url: string, settings: Pick<Settings, 'paused' | 'disabledSites'>): boolean {
  if (settings.paused) return false;
  const key = siteKeyFromUrl(url);
  return key !== null && !isSiteDisabled(key, settings.disabledSites);
}
