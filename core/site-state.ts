import type { Settings } from './settings';
import { isSiteDisabled, siteKeyFromUrl } from './site-key';

/** What the popup's site switch shows for a tab. */
export type SiteState =
  | { kind: 'unsupported' }
  | { kind: 'site'; key: string; siteEnabled: boolean; paused: boolean; active: boolean };

/**
 * The switch state for `url` (undefined when the browser does not tell us the address):
 * pages without a site key (browser pages, extension pages, about:blank) cannot be annotated.
 */
export function siteStateFor(url: string | undefined, settings: Pick<Settings, 'paused' | 'disabledSites'>): SiteState {
  const key = url === undefined ? null : siteKeyFromUrl(url);
  if (key === null) return { kind: 'unsupported' };
  const siteEnabled = !isSiteDisabled(key, settings.disabledSites);
  return { kind: 'site', key, siteEnabled, paused: settings.paused, active: siteEnabled && !settings.paused };
}
