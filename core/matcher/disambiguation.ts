/**
 * Context rules for ambiguous aliases. Cues are normalised whole-word prefixes ("annex"
 * matches "annexed"); `anyOf` may be met in the window or in the page title/lead,
 * `noneOf` only in the window. The matched text itself is not part of the window, so an
 * alias cannot cue itself.
 */
import type { Disambiguation } from '../../data/schema';
import { normalizeText } from '../normalize';
import { WORD, charClass } from './chars';

export interface PageContext {
  title?: string;
  lead?: string;
}

/** Page-level context, normalised once per page. */
export interface PreparedPage {
  readonly cueText: string;
}

export const EMPTY_PAGE: PreparedPage = { cueText: '' };

export function preparePage(page: PageContext): PreparedPage {
  return { cueText: normalizeText(`${page.title ?? ''} | ${page.lead ?? ''}`) };
}

export interface CueRule {
  anyOf: RegExp;
  noneOf: RegExp | undefined;
  window: number;
}

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\/]/g;

/** One regex for a cue list: any cue, at a word start, as a prefix of the word. */
function cueRegex(cues: readonly string[]): RegExp | undefined {
  const sources = cues
    .map((cue) => normalizeText(cue))
    .filter(Boolean)
    .map((cue) => cue.replace(REGEX_SPECIALS, '\\$&').replace(/[ -]+/g, '[ -]+'));
  if (sources.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})`, 'u');
}

export function compileRule(rule: Disambiguation): CueRule {
  return {
    anyOf: cueRegex(rule.anyOf) ?? /(?!)/,
    noneOf: cueRegex(rule.noneOf ?? []),
    window: rule.window ?? 250,
  };
}

/** Widens a window edge to a whole word, so a cue is never cut in half (bounded). */
function widen(text: string, at: number, step: 1 | -1): number {
  let i = at;
  for (let n = 0; n < 64; n++) {
    const probe = step > 0 ? i : i - 1;
    if (probe < 0 || probe >= text.length || charClass(text.charCodeAt(probe)) !== WORD) break;
    i += step;
  }
  return i;
}

/** Whether the match `text[start, end)` passes `rule`. */
export function passesRule(rule: CueRule, text: string, start: number, end: number, page: PreparedPage): boolean {
  const before = normalizeText(text.slice(widen(text, Math.max(0, start - rule.window), -1), start));
  const after = normalizeText(text.slice(end, widen(text, Math.min(text.length, end + rule.window), 1)));
  if (rule.noneOf && (rule.noneOf.test(before) || rule.noneOf.test(after))) return false;
  return rule.anyOf.test(before) || rule.anyOf.test(after) || rule.anyOf.test(page.cueText);
}
