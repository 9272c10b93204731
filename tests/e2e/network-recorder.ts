import type { CDPSession, Page, Request } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

export interface RecordedRequest {
  url: string;
  /** Where it was seen: a page's URL, or `service worker`. */
  from: string;
  /** Made by Kontekst: its service worker, one of its pages, or its content script in a page. */
  byExtension: boolean;
}

interface Initiator {
  url?: string;
  stack?: { callFrames: Array<{ url: string }>; parent?: Initiator['stack'] };
}

const isExtensionUrl = (url: string | undefined) => url?.startsWith('chrome-extension://') ?? false;

function stackUrls(stack: Initiator['stack']): string[] {
  return stack ? [...stack.callFrames.map((frame) => frame.url), ...stackUrls(stack.parent)] : [];
}

/**
 * Records every request made in the browser with the extension from its creation on: pages
 * and extension pages (Playwright's `request` event), the service worker (Playwright reports
 * its requests in Chromium), and, for pages passed to `watchPage`, which requests Kontekst's
 * content script initiated (CDP initiator stacks name the script's `chrome-extension://`
 * file). The worker's start-up, before any recorder exists, only registers listeners.
 */
export class NetworkRecorder {
  readonly requests: RecordedRequest[] = [];
  readonly #sessions: CDPSession[] = [];

  constructor(private readonly ext: ExtensionBrowser) {
    ext.context.on('request', this.#onRequest);
  }

  #onRequest = (request: Request) => {
    const worker = request.serviceWorker();
    const from = worker ? 'service worker' : request.frame().url();
    this.requests.push({ url: request.url(), from, byExtension: worker !== null || isExtensionUrl(from) });
  };

  /** Attributes the requests of `page` (call before `goto`) to the page or to the content script. */
  async watchPage(page: Page): Promise<void> {
    const session = await this.ext.context.newCDPSession(page);
    session.on('Network.requestWillBeSent', (event: { request: { url: string }; documentURL: string; initiator: Initiator }) => {
      const byExtension = [event.initiator.url, ...stackUrls(event.initiator.stack)].some(isExtensionUrl);
      this.requests.push({ url: event.request.url, from: event.documentURL, byExtension });
    });
    await session.send('Network.enable');
    this.#sessions.push(session);
  }

  /**
   * Requests that break "Kontekst makes no network request": any request to something other
   * than the fixture server, the extension's own files, `data:` or `blob:`; and any request
   * Kontekst made to anything but its own files.
   */
  violations(fixtureOrigin: string): RecordedRequest[] {
    const ownFiles = `chrome-extension://${this.ext.extensionId}/`;
    const local = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(ownFiles);
    return this.requests.filter(({ url, byExtension }) => !local(url) && (byExtension || !url.startsWith(`${fixtureOrigin}/`)));
  }

  async stop(): Promise<void> {
    this.ext.context.off('request', this.#onRequest);
    // A closed page has already detached its session.
    for (const session of this.#sessions.splice(0)) await session.detach().catch(() => undefined);
  }
}
