import * as z from 'zod/mini';
import type { CardEntry } from '../core/localise';
import { SettingsEdit } from '../core/settings-schema';

/**
 * Messages the content script answers (sent raw with `browser.tabs.sendMessage`). The
 * content script checks them with `parseContentRequest` (message-guards.ts), which keeps
 * zod out of every page and is held equal to this schema by a property test.
 */
export const ContentRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-terms'), toFrame: z.optional(z.boolean()) }),
  /** Scroll to the next occurrence of an entry, mark it and open its card. */
  z.object({ type: z.literal('reveal-term'), entryId: z.string(), toFrame: z.optional(z.boolean()) }),
  /** Whether annotation is off, still scanning, or done: tests and the benchmark wait on it; test builds only (message-guards.ts). */
  z.object({ type: z.literal('annotation-state'), toFrame: z.optional(z.boolean()) }),
  /** The keyboard command: move to the next or previous painted term, open its card, focus it. */
  z.object({ type: z.literal('step-term'), direction: z.enum(['next', 'previous']), toFrame: z.optional(z.boolean()) }),
]);
/**
 * `toFrame`: the request was sent to one frame (`{ frameId }`). Sent to a whole tab, every
 * frame's content script hears it but only the top frame answers, so a request without a
 * frame id keeps meaning "the page" (the contract in ARCHITECTURE.md).
 */
export type ContentRequest = z.infer<typeof ContentRequest>;

export interface PageTerm {
  entryId: string;
  text: string;
}
export interface PageTermsResponse {
  terms: PageTerm[];
  /** The page's address: extension pages opened for a tab cannot read it without the tabs permission. */
  url?: string;
}
export interface RevealResponse {
  revealed: boolean;
}
export interface StepResponse {
  /** False when this frame has no painted term to move to. */
  moved: boolean;
}
export type AnnotationState = 'off' | 'scanning' | 'idle';
export interface AnnotationStateResponse {
  state: AnnotationState;
  painted: number;
}

/** Messages the background answers. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  /** The content script reports how many distinct terms a tab shows (null: off there). */
  z.object({
    type: z.literal('term-count'),
    distinct: z.nullable(z.number()),
    /** The distinct entries themselves, so the badge counts each once across a tab's frames. */
    entryIds: z.optional(z.array(z.string())),
  }),
  /** A card's text, asked for when the reader opens it: the entry and the entries it links to. */
  z.object({ type: z.literal('entry-cards'), entryId: z.string(), lang: z.enum(['en', 'uk']) }),
  /** A change to the settings, applied by the background, their one writer (utils/settings-owner.ts); answered with the settings after it. */
  z.object({ type: z.literal('edit-settings'), edit: SettingsEdit }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;


export interface EntryCardsResponse {
  cards: CardEntry[];
  /** The card's own labels in the same language, flattened as browser.i18n names them ("card_whyNow"). */
  strings: Record<string, string>;
}
