import { browser } from '#imports';
import { t } from './i18n';

const ON_COLOUR = '#8a5a00';
const OFF_COLOUR = '#6b7280';

/** Toolbar badge: distinct terms on the page, or "off" where Kontekst is switched off. */
export async function showTermCount(tabId: number, distinct: number | null): Promise<void> {
  // Both stores get MV3 (wxt.config.ts), where the toolbar button is always `action`.
  const { action } = browser;
  const text = distinct === null ? t('badge.off') : distinct > 0 ? String(Math.min(distinct, 999)) : '';
  try {
    await action.setBadgeText({ tabId, text });
    await action.setBadgeBackgroundColor({ tabId, color: distinct === null ? OFF_COLOUR : ON_COLOUR });
  } catch {
    // The tab closed between the message and the update: nothing to show.
  }
}
