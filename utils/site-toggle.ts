import { browser } from '#imports';
import { isSiteDisabled, siteKeyFromUrl } from '../core/site-key';
import { editSettings } from './settings-owner';
import { stepInTab } from './tab-frames';

/** The command in wxt.config.ts whose shortcut (Alt+Shift+K by default) toggles the site. */
export const TOGGLE_SITE_COMMAND = 'toggle-site';
/** The commands that move to the next / previous marked term (Alt+Shift+. and Alt+Shift+, by default). */
export const STEP_COMMANDS = { 'next-term': 'next', 'previous-term': 'previous' } as const;

/**
 * Flips annotation for the site of `url`. Resolves to the new state (true: on), or null
 * when the page has no site Kontekst could run on. Content scripts apply it through the
 * storage watch, at once. Runs in the background, the settings' writer.
 */
export async function toggleSiteOf(url: string | undefined): Promise<boolean | null> {
  const key = url === undefined ? null : siteKeyFromUrl(url);
  if (key === null) return null;
  const next = await editSettings({ kind: 'toggle-site', key });
  return !isSiteDisabled(key, next.disabledSites);
}

/** The shortcut the reader has for `command` ("" when none is set), as the browser shows it. */
export async function shortcutOf(command: string): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === command)?.shortcut ?? '';
}

/**
 * The keyboard-command handler. `tab` is the tab the browser passes with the command
 * (its URL is readable: a shortcut grants activeTab); without it, the active tab.
 * Toggle: the site's new state. Steps: whether a term was reached. Null: not ours.
 */
export async function runCommand(command: string, tab?: { id?: number; url?: string }): Promise<boolean | null> {
  const step = Object.hasOwn(STEP_COMMANDS, command) ? STEP_COMMANDS[command as keyof typeof STEP_COMMANDS] : null;
  if (command !== TOGGLE_SITE_COMMAND && !step) return null;
  const target = tab?.url !== undefined || tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (step) return target?.id === undefined ? false : stepInTab(target.id, step);
  return toggleSiteOf(target?.url);
}
