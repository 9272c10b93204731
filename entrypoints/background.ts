import { browser, defineBackground } from '#imports';
import kb from 'virtual:kontekst-kb';
import { cardBundle } from '../core/card-bundle';
import { isOwnSender } from '../utils/message-guards';
import { cardStringsFor } from '../utils/i18n';
import { BackgroundRequest, type EntryCardsResponse } from '../utils/messages';
import { showTermCount } from '../utils/badge';
import { createLookupMenu, listenForLookups } from '../utils/lookup-menu';
import { editSettings } from '../utils/settings-owner';
import { runCommand } from '../utils/site-toggle';
import { distinctOverFrames, forgetTab, recordFrame } from '../utils/tab-frames';

const KB_BY_ID = new Map(kb.map((entry) => [entry.id, entry]));

export default defineBackground(() => {
  // Registered first and synchronously, so a message that wakes the worker is answered.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const parsed = BackgroundRequest.safeParse(raw);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    if (request.type === 'entry-cards') {
      const answer: EntryCardsResponse = {
        cards: cardBundle(KB_BY_ID, request.entryId, request.lang),
        strings: cardStringsFor(request.lang),
      };
      return Promise.resolve(answer);
    }
    if (request.type === 'edit-settings') return editSettings(request.edit);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    // Each frame reports its own terms; the badge counts distinct entries over all of them.
    const entryIds = request.distinct === null ? null : (request.entryIds ?? []);
    void recordFrame(tabId, sender.frameId ?? 0, entryIds).then((frames) => showTermCount(tabId, distinctOverFrames(frames)));
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => void (change.status === 'loading' && forgetTab(tabId)));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  // Menus persist across restarts of the worker: created per install/update, retitled per browser start.
  browser.runtime.onInstalled.addListener(createLookupMenu);
  browser.runtime.onStartup.addListener(createLookupMenu);
  listenForLookups();

  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
  // Headless Chromium cannot press browser shortcuts: e2e tests call the same handler here.
  // Test builds only (`wxt build --mode test`); a store build drops this branch.
  if (import.meta.env.MODE === 'test') Object.assign(globalThis, { kontekstRunCommand: runCommand });
});
