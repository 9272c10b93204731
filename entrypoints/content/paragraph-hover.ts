import { blockOf, isInlineElement } from './text-walk';

/**
 * For the 'hover' mark style: tells which block (paragraph, list item…) the pointer is
 * over, at most once a frame, through shadow roots (the composed path's first element).
 */
export function watchParagraphHover(deps: {
  document: Document;
  isActive: () => boolean;
  onBlock: (block: Element | null) => void;
  signal: AbortSignal;
}): void {
  let frame = 0;
  let target: Element | null = null;
  const evaluate = () => {
    frame = 0;
    if (!deps.isActive()) return deps.onBlock(null);
    deps.onBlock(target && (isInlineElement(target) ? blockOf(target) : target));
  };
  deps.document.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted) return;
      // Only the 'hover' mark style needs the paragraph under the pointer; otherwise clear once and stop.
      if (!deps.isActive()) {
        if (target !== null) {
          target = null;
          frame ||= requestAnimationFrame(evaluate);
        }
        return;
      }
      const first = event.composedPath()[0];
      target = first instanceof Element ? first : null;
      frame ||= requestAnimationFrame(evaluate);
    },
    { passive: true, signal: deps.signal },
  );
  deps.signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
}
