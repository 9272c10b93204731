/**
 * Context rules for ambiguous aliases. Cues are normalised whole-word prefixes ("annex"
 * matches "annexed"). An `anyOf` cue may be near the match or in the page title/lead;
 * a `noneOf` cue only near it. "Near" means inside the window: `window` characters
 * before and after the match, widened to whole words, the match itself left out.
 */
import type { Disambiguation } from '../../data/schema';
import { type NormalizedText, normalizeText, normalizeWithMap } from '../normalize';
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
  /** Global regexes over normalised text; undefined when the list is empty. */
  anyOf: RegExp | undefined;
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
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})`, 'gu');
}

export function compileRule(rule: Disambiguation): CueRule {
  return { anyOf: cueRegex(rule.anyOf), noneOf: cueRegex(rule.noneOf ?? []), window: rule.window ?? 250 };
}

/** Widens a window edge to a whole word (at most 64 units), so a cue is never cut in half. */
function widen(text: string, at: number, step: 1 | -1): number {
  let i = at;
  for (let n = 0; n < 64; n++) {
    const probe = step > 0 ? i : i - 1;
    if (probe < 0 || probe >= text.length || charClass(text.charCodeAt(probe)) !== WORD) break;
    i += step;
  }
  return i;
}

/**
 * Cue checks for one block of text. The first checks normalise just their windows; once
 * the windows add up to the block's length, the block is normalised once and each cue
 * list is searched once, so a block with thousands of ambiguous hits stays linear.
 */
export class BlockCues {
  private windowedUnits = 0;
  private normalized: NormalizedText | undefined;
  /** Per regex: raw [start, end) pairs of its matches, in text order. */
  private readonly found = new Map<RegExp, Int32Array>();

  constructor(private readonly text: string) {}

  /** Whether `rule` accepts the match `text[start, end)`. */
  passes(rule: CueRule, start: number, end: number, page: PreparedPage): boolean {
    const { text } = this;
    const from = widen(text, Math.max(0, start - rule.window), -1);
    const to = widen(text, Math.min(text.length, end + rule.window), 1);
    this.windowedUnits += to - from;
    const near = this.windowedUnits <= text.length ? this.windowed(from, start, end, to) : this.indexed(from, start, end, to);
    if (rule.noneOf && near(rule.noneOf)) return false;
    if (!rule.anyOf) return false;
    return near(rule.anyOf) || test(rule.anyOf, page.cueText);
  }

  private windowed(from: number, start: number, end: number, to: number): (cues: RegExp) => boolean {
    const before = normalizeText(this.text.slice(from, start));
    const after = normalizeText(this.text.slice(end, to));
    return (cues) => test(cues, before) || test(cues, after);
  }

  private indexed(from: number, start: number, end: number, to: number): (cues: RegExp) => boolean {
    return (cues) => {
      const hits = this.occurrences(cues);
      for (let i = firstEndingAfter(hits, from); 2 * i < hits.length; i++) {
        const cueStart = hits[2 * i]!;
        const cueEnd = hits[2 * i + 1]!;
        if (cueEnd > to) return false;
        if (cueStart >= from && (cueEnd <= start || cueStart >= end)) return true;
      }
      return false;
    };
  }

  private occurrences(regex: RegExp): Int32Array {
    let hits = this.found.get(regex);
    if (hits) return hits;
    this.normalized ??= normalizeWithMap(this.text);
    const { text, start, end } = this.normalized;
    const pairs: number[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      pairs.push(start[m.index]!, end[m.index + m[0].length - 1]!);
      if (m[0].length === 0) regex.lastIndex++;
    }
    hits = Int32Array.from(pairs);
    this.found.set(regex, hits);
    return hits;
  }
}

function test(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(text);
}

/** Index of the first [start, end) pair in `hits` whose end is after `at` (pairs are in order). */
function firstEndingAfter(hits: Int32Array, at: number): number {
  let lo = 0;
  let hi = hits.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[2 * mid + 1]! > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
