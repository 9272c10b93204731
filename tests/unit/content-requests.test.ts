import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerContentRequests } from '../../entrypoints/content/content-requests';
import type { Session } from '../../entrypoints/content/session';

const top = { location: { href: 'https://example.com/story' } } as unknown as Window;
(top as { top: Window }).top = top;

const session = {
  pageTerms: () => [{ entryId: 'nato', text: 'NATO' }],
  isScanning: () => false,
} as unknown as Session;

/** What the content script answers a request from Kontekst's own worker or pages. */
async function ask(message: unknown): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, () => {});
  return replies[0];
}

describe('the content script’s answers to the extension', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers page-terms with the painted terms and the page address', async () => {
    answerContentRequests({ window: top, session: () => session, signal: new AbortController().signal });
    expect(await ask({ type: 'page-terms' })).toEqual({ terms: [{ entryId: 'nato', text: 'NATO' }], url: 'https://example.com/story' });
  });

  it('stops listening when the content script context is invalidated (its signal aborts)', () => {
    const context = new AbortController();
    answerContentRequests({ window: top, session: () => session, signal: context.signal });
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    context.abort();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('answers annotation-state in test builds (unit tests run as one)', async () => {
    answerContentRequests({ window: top, session: () => null, signal: new AbortController().signal });
    expect(import.meta.env.MODE).toBe('test');
    expect(await ask({ type: 'annotation-state' })).toEqual({ state: 'off', painted: 0 });
  });
});
