/**
 * Context rules for ambiguous aliases. Cues are normalised whole-word prefixes ("annex"
 * matches "annexed"). An `anyOf` cue may be near the match or in the page title/lead;
 * a `noneOf` cue only near it. "Near" means some part of the cue lies within `window`
 * characters before or after the match; cues inside the match itself never count.
 */
import type { Disambiguation } from '../../data/schema';
import { type NormalizedText, normalizeText, normalizeWithMap } from '../normalize';

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

/**
 * Cue positions in one block of text, found once per regex with one pass over the
 * normalised block, so a block with thousands of ambiguous hits stays linear.
 */
export class BlockCues {
  private normalized: NormalizedText | undefined;
  /** Per regex: raw [start, end) pairs of its matches, in text order. */
  private readonly found = new Map<RegExp, Int32Array>();

  constructor(private readonly text: string) {}

  /** Whether `rule` accepts the match `text[start, end)`. */
  passes(rule: CueRule, start: number, end: number, page: PreparedPage): boolean {
    if (rule.noneOf && this.near(rule.noneOf, start, end, rule.window)) return false;
    if (!rule.anyOf) return false;
    if (this.near(rule.anyOf, start, end, rule.window)) return true;
    rule.anyOf.lastIndex = 0;
    return rule.anyOf.test(page.cueText);
  }

  private near(regex: RegExp, start: number, end: number, window: number): boolean {
    const hits = this.occurrences(regex);
    // First cue that ends after the window opens; cues are disjoint and in order.
    let lo = 0;
    let hi = hits.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[2 * mid + 1]! > start - window) hi = mid;
      else lo = mid + 1;
    }
    for (let i = lo; 2 * i < hits.length; i++) {
      const cueStart = hits[2 * i]!;
      const cueEnd = hits[2 * i + 1]!;
      if (cueStart >= end + window) return false;
      if (cueEnd <= start || cueStart >= end) return true;
    }
    return false;
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
