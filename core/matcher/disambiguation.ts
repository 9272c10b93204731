/**
 * Context rules for ambiguous aliases (schema: data/schema.ts `Disambiguation`; cue syntax:
 * cues.ts). The window is `window` characters before and after the match, widened to whole
 * words, the match included, so an exclusion that contains the term ("Lombard Street",
 * "Russia's Security Council") is seen. In order:
 * 1. `noneOf` in the window rejects, except a cue that sits next to another mention of the
 *    same name (a namesake's first name: "Olena" in "Olena Zelenska" says nothing about a
 *    "Zelensky" two lines down); a cue overlapping or next to the match always counts.
 * 2. `scope`: an entry about one country's case is left to the general entry when the text
 *    gives the match another owner (see {@link BlockCues.inScope}). Checked for every alias.
 * 3. An entry named unambiguously earlier on the page (its full name in the title, lead or
 *    text) is decided; so is a person's surname right after a title ("Mr", "президента").
 * 4. Otherwise an `anyOf` cue must be in the window or in the page title/lead.
 * A rule with `local` context (common nouns: concepts by default) skips the page title and
 * lead in 4: the window must carry the cue, or the page must have used the entry's full name.
 */
import { DEFAULT_CUE_WINDOW } from '../../data/cues';
import type { Disambiguation } from '../../data/schema';
import { type NormalizedText, normalizeText, normalizeWithMap } from './normalize';
import { DASH, QUOTE, SPACE, UPPER_CASE, WORD, charClass, letterCase } from './chars';
import { cueRegex, cueSource } from './cues';
import { TITLES } from './titles';

export interface PageContext {
  title?: string;
  lead?: string;
}

/** Page-level context, prepared once per page. */
export interface PreparedPage {
  readonly cueText: string;
  /**
   * Per compiled entry, 1 once the page named it unambiguously (title, lead or text scanned
   * so far): its ambiguous aliases then count as decided. Absent: no page memory.
   */
  readonly named?: Uint8Array;
}

export const EMPTY_PAGE: PreparedPage = { cueText: '' };

export function pageCueText(page: PageContext): string {
  return normalizeText(`${page.title ?? ''} | ${page.lead ?? ''}`);
}

export interface CueRule {
  /** Global regexes over normalised text; undefined when the list is empty. */
  anyOf: RegExp | undefined;
  noneOf: RegExp | undefined;
  window: number;
  scope: { anyOf: RegExp | undefined; noneOf: RegExp | undefined } | undefined;
  /** A person entry: a title right before the match decides it. */
  person: boolean;
  /** The window decides, not the page's title or lead (page memory still counts). */
  local: boolean;
}

export function compileRule(rule: Disambiguation, person: boolean, local = false): CueRule {
  return {
    local,
    anyOf: cueRegex(rule.anyOf ?? []),
    noneOf: cueRegex(rule.noneOf ?? []),
    window: rule.window ?? DEFAULT_CUE_WINDOW,
    scope: rule.scope && { anyOf: cueRegex(rule.scope.anyOf), noneOf: cueRegex(rule.scope.noneOf ?? []) },
    person,
  };
}

let titleRegex: RegExp | undefined;
/** Any title at the very end of the normalised text before a match (built on first use). */
function titles(): RegExp {
  if (titleRegex) return titleRegex;
  const sources = Object.values(TITLES).flatMap((list) => list.map(cueSource)).filter(Boolean);
  titleRegex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})\\.?$`, 'u');
  return titleRegex;
}

/** Whether a normalised word is a title on its own ("president", "mr"). */
export function isTitle(word: string): boolean {
  return titles().test(word);
}

/** Room to look back for a title: the longest ("Secretary of State") plus spaces. */
const TITLE_ROOM = 40;
/**
 * How far a sentence is looked for on each side of the match: longer than any sentence of
 * news prose, so a real sentence is whole; a bound, so text without full stops (a list, a
 * table) costs a fixed walk rather than the whole block.
 */
const SENTENCE_ROOM = 400;
/** Words that join a match to its owner after it: "membership of Sweden", "Beitritt der Ukraine". */
const OWNER_LINKS = new Set(['of', 'for', 'to', 'von', 'für', 'fur', 'der', 'des', 'dla', 'для']);
/**
 * Letters a name must share with the match to be another mention of it ("Zelenska",
 * "Zelensky" share "zelen"): five, because declined and gendered forms of a surname keep
 * at least that much, and fewer would let unrelated words through ("Mark", "Marin").
 */
const NAME_ROOT = 5;

/** Longer than any word a cue can be (the KB's longest alias word has 29 letters); a bound for text that is one endless "word". */
const MAX_WORD_UNITS = 64;

/** Widens a window edge to a whole word (at most MAX_WORD_UNITS units), so a cue is never cut in half. */
function widen(text: string, at: number, step: 1 | -1): number {
  let i = at;
  for (let n = 0; n < MAX_WORD_UNITS; n++) {
    const probe = step > 0 ? i : i - 1;
    if (probe < 0 || probe >= text.length || charClass(text.charCodeAt(probe)) !== WORD) break;
    i += step;
  }
  return i;
}

/** [start, end) of the word that starts at or after `at` past spaces and dashes (at most 3 units), or null. */
function wordAfter(text: string, at: number): [number, number] | null {
  let i = at;
  while (i < text.length && i - at < 3 && isGap(text.charCodeAt(i))) i++;
  if (i >= text.length || charClass(text.charCodeAt(i)) !== WORD) return null;
  return [i, widen(text, i, 1)];
}

/** [start, end) of the word that ends at or before `at` past spaces and dashes (at most 3 units), or null. */
function wordBefore(text: string, at: number): [number, number] | null {
  let i = at;
  while (i > 0 && at - i < 3 && isGap(text.charCodeAt(i - 1))) i--;
  if (i <= 0 || charClass(text.charCodeAt(i - 1)) !== WORD) return null;
  return [widen(text, i, -1), i];
}

function isGap(c: number): boolean {
  const cls = charClass(c);
  return cls === SPACE || cls === DASH;
}

const isCapitalised = (text: string, at: number) => letterCase(text.charCodeAt(at)) === UPPER_CASE;

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

  /** Whether `rule` accepts the match `text[start, end)` (see the module comment). */
  passes(rule: CueRule, start: number, end: number, page: PreparedPage, ambiguous: boolean, named: boolean): boolean {
    const { text } = this;
    const from = widen(text, Math.max(0, start - rule.window), -1);
    const to = widen(text, Math.min(text.length, end + rule.window), 1);
    if (ambiguous && rule.noneOf && this.someHit(rule.noneOf, from, to, (s, e) => this.excludes(s, e, start, end))) return false;
    if (rule.scope && !this.inScope(rule.scope, start, end)) return false;
    if (!ambiguous || named) return true;
    if (rule.person && titles().test(normalizeText(text.slice(Math.max(0, start - TITLE_ROOM), start)))) return true;
    if (!rule.anyOf) return false;
    return this.someHit(rule.anyOf, from, to, () => true) || (!rule.local && test(rule.anyOf, page.cueText));
  }

  /** Whether a `noneOf` hit at [s, e) excludes the match [start, end): not when it names a namesake elsewhere. */
  private excludes(s: number, e: number, start: number, end: number): boolean {
    if (s < end && e > start) return true;
    const { text } = this;
    const root = normalizeText(text.slice(start, widen(text, start, 1))).slice(0, NAME_ROOT);
    if (root.length < NAME_ROOT) return true;
    for (const word of [wordAfter(text, e), wordBefore(text, s)]) {
      if (!word || (word[0] < end && word[1] > start)) continue;
      if (normalizeText(text.slice(word[0], word[1])).startsWith(root)) return false;
    }
    return true;
  }

  /**
   * Scope: the match's owner, if the text gives one ("Sweden's NATO membership",
   * "Schwedens NATO-Beitritt", "neutral status of Austria", "статус Австрії"), must be a
   * scope cue. Without an owner, a scope cue in the sentence keeps the match, a `noneOf`
   * scope cue (another country) there rejects it, and a sentence with neither keeps it.
   */
  private inScope(scope: NonNullable<CueRule['scope']>, start: number, end: number): boolean {
    // A match that names its own country ("Office of the President of Ukraine") is in scope.
    if (scope.anyOf && test(scope.anyOf, normalizeText(this.text.slice(start, end)))) return true;
    const owner = this.ownerOf(start, end);
    if (owner) {
      const ownerInScope = scope.anyOf !== undefined && test(scope.anyOf, normalizeText(this.text.slice(owner[0], owner[1])));
      // A person's full name after the match ("Офіс президента Андрій Єрмак") is no country owner: the sentence decides.
      if (ownerInScope || !this.startsFullName(owner)) return ownerInScope;
    }
    const [from, to] = this.sentenceOf(start, end);
    if (scope.anyOf && this.someHit(scope.anyOf, from, to, () => true)) return true;
    return !(scope.noneOf && this.someHit(scope.noneOf, from, to, () => true));
  }

  /** The capitalised word that owns the match, as [start, end), or null. */
  private ownerOf(start: number, end: number): [number, number] | null {
    const { text } = this;
    // Before: "Sweden's", "Sweden’s", or a German genitive "Schwedens" right before it.
    let i = start;
    while (i > 0 && charClass(text.charCodeAt(i - 1)) === SPACE) i--;
    const c = text.charCodeAt(i - 1);
    if ((c === 0x73 || c === 0x53) && i >= 2 && charClass(text.charCodeAt(i - 2)) === QUOTE) {
      const word = wordBefore(text, i - 2);
      if (word && isCapitalised(text, word[0])) return word;
    } else if (i < start && (c === 0x73 || c === 0x53)) {
      const word = wordBefore(text, i);
      if (word && word[1] - word[0] >= 4 && isCapitalised(text, word[0]) && !isCapitalised(text, word[1] - 1)) return word;
    }
    // After: "of/for/to Sweden", "der Ukraine", or a genitive right after it ("статус Австрії").
    let next = wordAfter(text, end);
    if (next && next[0] > end && OWNER_LINKS.has(normalizeText(text.slice(next[0], next[1])))) next = wordAfter(text, next[1]);
    if (next && next[0] > end && charClass(text.charCodeAt(next[0] - 1)) === SPACE && isCapitalised(text, next[0])) return next;
    return null;
  }

  /** Whether the owner word is followed by another capitalised word: a person's name, not a country. */
  private startsFullName(owner: [number, number]): boolean {
    const next = wordAfter(this.text, owner[1]);
    return next !== null && next[0] > owner[1] && charClass(this.text.charCodeAt(owner[1])) === SPACE && isCapitalised(this.text, next[0]);
  }

  /** [start, end) of the sentence around the match (bounded by . ! ? ; or a line break). */
  private sentenceOf(start: number, end: number): [number, number] {
    const { text } = this;
    let from = start;
    while (from > 0 && start - from < SENTENCE_ROOM && !endsSentence(text, from - 1)) from--;
    let to = end;
    while (to < text.length && to - end < SENTENCE_ROOM && !endsSentence(text, to)) to++;
    return [from, to];
  }

  /** Whether `accept` holds for some hit of `regex` inside [from, to). */
  private someHit(regex: RegExp, from: number, to: number, accept: (start: number, end: number) => boolean): boolean {
    this.windowedUnits += to - from;
    if (this.windowedUnits <= this.text.length) {
      const window = normalizeWithMap(this.text.slice(from, to));
      regex.lastIndex = 0;
      for (let m = regex.exec(window.text); m; m = regex.exec(window.text)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        if (accept(from + window.start[m.index]!, from + window.end[m.index + m[0].length - 1]!)) return true;
      }
      return false;
    }
    const hits = this.occurrences(regex);
    for (let i = firstEndingAfter(hits, from); 2 * i < hits.length; i++) {
      const cueStart = hits[2 * i]!;
      const cueEnd = hits[2 * i + 1]!;
      if (cueEnd > to) return false;
      if (cueStart >= from && accept(cueStart, cueEnd)) return true;
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
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      pairs.push(start[m.index]!, end[m.index + m[0].length - 1]!);
    }
    hits = Int32Array.from(pairs);
    this.found.set(regex, hits);
    return hits;
  }
}

/** Whether the unit at `i` ends a sentence: . ! ? … followed by a space, or a line break (a semicolon joins clauses of one). */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a) return true;
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) return false;
  return i + 1 >= text.length || charClass(text.charCodeAt(i + 1)) === SPACE;
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
