import { browser, defineBackground } from '#imports';
import { BackgroundRequest, isOwnSender } from '../utils/messages';
import { showTermCount } from '../utils/badge';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const parsed = BackgroundRequest.safeParse(raw);
    if (!parsed.success || sender.tab?.id === undefined) return undefined;
    void showTermCount(sender.tab.id, parsed.data.distinct);
    return undefined;
  });
});
