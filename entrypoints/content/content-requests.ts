import { browser } from '#imports';
import { isOwnSender, parseContentRequest } from '../../utils/message-guards';
import type {
  AnnotationStateResponse,
  ContentRequest,
  PageTermsResponse,
  RevealResponse,
  StepResponse,
} from '../../utils/messages';
import type { Session } from './session';

export interface ContentRequestDeps {
  window: Window;
  /** The frame's running session (null: off here). */
  session: () => Session | null;
  signal: AbortSignal;
}

/**
 * Answers the extension's requests to this frame (see ContentRequest in utils/messages.ts)
 * until `signal` aborts. Only Kontekst's own pages and worker are heard; a request sent to
 * the whole tab is the top frame's to answer.
 */
export function answerContentRequests(deps: ContentRequestDeps): void {
  const isTop = deps.window === deps.window.top;
  const listener = (raw: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const request = parseContentRequest(raw);
    if (!request || (!isTop && !request.toFrame)) return undefined;
    return Promise.resolve(answer(request, deps.session(), deps.window.location.href));
  };
  browser.runtime.onMessage.addListener(listener);
  deps.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

function answer(request: ContentRequest, session: Session | null, url: string): unknown {
  switch (request.type) {
    case 'page-terms':
      return { terms: session?.pageTerms() ?? [], url } satisfies PageTermsResponse;
    case 'reveal-term':
      return { revealed: session?.reveal(request.entryId) ?? false } satisfies RevealResponse;
    case 'step-term':
      return { moved: session?.step(request.direction) ?? false } satisfies StepResponse;
    default:
      // 'annotation-state', which only a test build parses (see message-guards.ts).
      return import.meta.env.MODE === 'test' ? annotationState(session) : undefined;
  }
}

function annotationState(session: Session | null): AnnotationStateResponse {
  if (!session) return { state: 'off', painted: 0 };
  return { state: session.isScanning() ? 'scanning' : 'idle', painted: session.pageTerms().length };
}
