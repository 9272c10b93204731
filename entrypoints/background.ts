import { browser, defineBackground } from '#imports';
import { isOwnSender } from '../utils/message-guards';
import { BackgroundRequest } from '../utils/messages';
import { showTermCount } from '../utils/badge';
import { createLookupMenu, listenForLookups } from '../utils/lookup-menu';
import { runCommand } from '../utils/site-toggle';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const parsed = BackgroundRequest.safeParse(raw);
    if (!parsed.success || sender.tab?.id === undefined) return undefined;
    void showTermCount(sender.tab.id, parsed.data.distinct);
    return undefined;
  });

  // Menus persist across restarts of the worker: created per install/update, retitled per browser start.
  browser.runtime.onInstalled.addListener(createLookupMenu);
  browser.runtime.onStartup.addListener(createLookupMenu);
  listenForLookups();

  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
  // Headless Chromium cannot press browser shortcuts: e2e tests call the same handler here.
  Object.assign(globalThis, { kontekstRunCommand: runCommand });
});
