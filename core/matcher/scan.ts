/**
 * The single pass over a block of text. It reads raw code units once, finds word starts,
 * and probes two small tables per word (an anchor bitset of the first three folded units
 * of every alias, and a first-letter/length mask for typo candidates). Only words that
 * pass go to the trie walker; everything else costs a table lookup per character.
 */
import { BOUNDARY, firstUnits } from './anchors';
import { caseFits, isShouting } from './casing';
import { CASES, CLASSES, FOLDS, HIGH, IGNORE, LOWER_CASE, MARK, SPACE, UPPER_CASE, WORD, astralWordAt, charClass, letterCase, multiFold } from './chars';
import { type CompiledKb, rootTypoKey, ruleOf, typoShapeIndex } from './compile';
import { BlockCues, type PreparedPage, isTitle } from './disambiguation';
import { CAPITALISED_FUNCTION_WORDS, NAME_MAKERS } from './namesakes';
import { normalizeText } from './normalize';
import { lengthBit, letterBit, mayBeTypo } from './typos';
import { MAX_CANDIDATES, Walker } from './walker';

/**
 * A term occurrence: offsets into the original text, end exclusive. A span starts at the
 * first letter of the term and ends after its last letter: endings are included (plural
 * "peacekeepers", case endings "меморандуму", German genitive "Memorandums"), the English
 * possessive clitic is not ("NATO" in "NATO’s", "peacekeepers" in "peacekeepers’"), nor is
 * trailing punctuation. Soft hyphens and marks inside the term are inside the span.
 */
export interface TermSpan {
  start: number;
  end: number;
  entryId: string;
}

/** A unit's class, classifying it on first sight (CLASSES fills lazily). */
const classOf = (c: number) => CLASSES[c] || charClass(c);

export class Scanner {
  private readonly walker: Walker;
  /** Candidates of the current word start already refused, one flag per walker candidate. */
  private readonly rejected = new Uint8Array(MAX_CANDIDATES);
  /** First three folded units and letter count of the word last read by {@link readWord}. */
  private readonly units = new Int32Array(3);
  private letters = 0;
  /** Cue positions of the block being scanned, built on its first ambiguous candidate. */
  private cues: BlockCues | undefined;
  /** Whether the block is all capitals, computed on its first case-sensitive candidate. */
  private shouting: boolean | undefined;
  /** Per entry: the scan in which an unambiguous alias named it (earlier in the same block). */
  private readonly namedIn: Int32Array;
  /** Per entry: the scan in which its surname followed another person's given name. */
  private readonly namesakeIn: Int32Array;
  private scanId = 0;

  constructor(private readonly kb: CompiledKb) {
    this.walker = new Walker(kb);
    this.namedIn = new Int32Array(kb.entryIds.length);
    this.namesakeIn = new Int32Array(kb.entryIds.length);
  }

  scan(text: string, page: PreparedPage): TermSpan[] {
    const spans: TermSpan[] = [];
    this.scanId++;
    this.cues = undefined;
    this.shouting = undefined;
    const n = text.length;
    let resume = 0;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      const cls = CLASSES[c] || charClass(c);
      if (cls !== WORD && !(cls === HIGH && astralWordAt(text, i))) {
        i++;
        continue;
      }
      const start = i;
      i = this.readWord(text, i);
      if (start >= resume) {
        const end = this.probe(text, start, i, page, spans);
        if (end > i) resume = Math.max(resume, this.extendBySameEntry(text, i, end, spans));
        else resume = Math.max(resume, end);
      }
    }
    return spans;
  }

  /**
   * A longer unambiguous alias of the same entry that starts inside a multi-word match joins
   * it: "пакет санкцій ЄС проти Росії" is one mention, not "пакет санкцій" and a lost rest.
   * Costs one walk per word of the match, so the scan stays linear.
   */
  private extendBySameEntry(text: string, firstWordEnd: number, end: number, spans: TermSpan[]): number {
    const span = spans[spans.length - 1]!;
    const { aliases, entryIds } = this.kb;
    let i = firstWordEnd;
    while (i < span.end) {
      while (i < span.end && classOf(text.charCodeAt(i)) !== WORD) i++;
      if (i >= span.end) break;
      const w = this.walker;
      w.collect(text, i, false);
      for (let c = 0; c < w.count; c++) {
        const alias = w.candidateAlias[c]!;
        if (w.candidateEnd[c]! <= span.end || aliases.ambiguous[alias] === 1 || aliases.caseLetters[alias] !== undefined) continue;
        if (entryIds[aliases.entry[alias]!] === span.entryId) span.end = w.candidateEnd[c]!;
      }
      while (i < span.end && classOf(text.charCodeAt(i)) === WORD) i++;
    }
    return Math.max(end, span.end);
  }

  /** Reads the word at `start` (its first units and letter count); returns its end. */
  private readWord(text: string, start: number): number {
    const units = this.units;
    const n = text.length;
    units[0] = BOUNDARY;
    units[1] = BOUNDARY;
    units[2] = BOUNDARY;
    let letters = 0;
    let unusual = false; // a multi-unit fold or an astral letter: take the careful path
    let j = start;
    while (j < n) {
      // Most of a word is plain letters: count them in a tight loop, folding only the first three.
      let c = text.charCodeAt(j);
      while (CLASSES[c] === WORD) {
        if (letters < 3) {
          const f = FOLDS[c]!;
          units[letters] = f;
          if (f === 0) unusual = true;
        }
        letters++;
        if (++j === n) break;
        c = text.charCodeAt(j);
      }
      if (j === n) break;
      const cls = CLASSES[c] || charClass(c);
      if (cls === WORD) continue; // first sight of this letter: now classified
      if (cls === MARK || cls === IGNORE) j++;
      else if (cls === HIGH && astralWordAt(text, j)) {
        unusual = true;
        letters += 2;
        j += 2;
      } else break;
    }
    if (unusual) firstUnits(text, start, j, units);
    this.letters = letters;
    return j;
  }

  /** Probes the prefilter tables for the word `text[start, end)`; returns where a match ended. */
  private probe(text: string, start: number, end: number, page: PreparedPage, spans: TermSpan[]): number {
    const { units, letters, kb } = this;
    const first = units[0]!;
    const anchored = kb.anchors.has(units);
    const capitalised = CASES[text.charCodeAt(start)] === UPPER_CASE; // classified by readWord
    const typoCandidate =
      (kb.typoLengths[typoShapeIndex(first, capitalised)]! & lengthBit(letters)) !== 0 &&
      kb.typoPairs.has(units) &&
      this.mayHaveTypo(text, start, end, rootTypoKey(first, letters, capitalised), letters);
    if (!anchored && !typoCandidate) return 0;
    this.walker.collect(text, start, typoCandidate);
    return this.choose(text, start, page, spans);
  }

  /** Whether the word could be a typo of a first alias word (letters and length; see typos.ts). */
  private mayHaveTypo(text: string, start: number, end: number, key: number, length: number): boolean {
    const { rootTypos, typoTargets } = this.kb;
    const slot = rootTypos.slotOf(key);
    if (slot < 0) return false;
    let letters = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (CLASSES[c] !== WORD) continue; // every unit of the word was classified by readWord
      const f = FOLDS[c]!;
      if (f !== 0) letters |= letterBit(f);
      else for (const unit of multiFold(c)) letters |= letterBit(unit.charCodeAt(0));
    }
    for (let i = rootTypos.start[slot]!; i < rootTypos.end[slot]!; i++) if (mayBeTypo(letters, length, typoTargets, rootTypos.values[i]!)) return true;
    return false;
  }

  /** Picks the longest acceptable candidate (exact before typo, then KB order). */
  private choose(text: string, start: number, page: PreparedPage, spans: TermSpan[]): number {
    const w = this.walker;
    if (w.count === 0) return 0;
    const rejected = this.rejected.fill(0, 0, w.count);
    for (let round = 0; round < w.count; round++) {
      let best = -1;
      for (let c = 0; c < w.count; c++) {
        if (rejected[c] || (best >= 0 && !this.better(c, best))) continue;
        best = c;
      }
      if (best < 0) break;
      rejected[best] = 1;
      const { aliases } = this.kb;
      const alias = w.candidateAlias[best]!;
      const entry = aliases.entry[alias]!;
      const end = w.candidateEnd[best]!;
      const caseLetters = aliases.caseLetters[alias];
      if (caseLetters !== undefined) {
        this.shouting ??= isShouting(text);
        if (!caseFits(text, start, end, caseLetters, this.shouting)) continue;
      }
      if (this.kb.namesLike[entry] === 1 && this.partOfOtherName(text, end)) continue;
      if (this.kb.persons[entry] === 1 && this.otherGivenNameForm(text, start, end, entry)) {
        this.namesakeIn[entry] = this.scanId; // "Roberto Fico … Fico": the bare surname stays his too
        continue;
      }
      if (this.kb.surnames[alias] === 1 && this.namedIn[entry] !== this.scanId) {
        // Once a namesake appeared in the block ("Brigitte Macron"), its bare surname stays hers ("Mrs Macron").
        if (this.namesakeIn[entry] === this.scanId) continue;
        const nominative = this.kb.nominatives[alias];
        const bare = nominative === undefined || normalizeText(text.slice(start, end)) === nominative;
        if (bare && this.afterOtherGivenName(text, start, entry, spans)) {
          this.namesakeIn[entry] = this.scanId;
          continue;
        }
      }
      const ambiguous = aliases.ambiguous[alias] === 1 || this.ambiguousTwin(best, entry, end);
      if (ambiguous || this.kb.scoped[entry] === 1) {
        const rule = ruleOf(this.kb, entry);
        this.cues ??= new BlockCues(text);
        const named = this.namedIn[entry] === this.scanId || page.named?.[entry] === 1;
        if (!rule || !this.cues.passes(rule, start, end, page, ambiguous, named)) continue;
      }
      spans.push({ start, end, entryId: this.kb.entryIds[entry]! });
      // A name given in full decides the entry's ambiguous short forms later on (same block, same page).
      if (!ambiguous) {
        this.namedIn[entry] = this.scanId;
        if (page.named) page.named[entry] = 1;
      }
      return end;
    }
    return 0;
  }

  /** Whether the word after a match ending at `end` makes it another name ("Kharkiv Street", "Merz Pharma"). */
  private partOfOtherName(text: string, end: number): boolean {
    // The words after the match are not scanned yet: classify them here (classOf, letterCase).
    if (end >= text.length || classOf(text.charCodeAt(end)) !== SPACE) return false;
    let to = end + 1;
    while (to < text.length && classOf(text.charCodeAt(to)) === WORD) to++;
    return to > end + 1 && letterCase(text.charCodeAt(end + 1)) === UPPER_CASE && NAME_MAKERS.has(normalizeText(text.slice(end + 1, to)));
  }

  /**
   * Whether a full-name match starts with another given name that only looks like a case form
   * of the entry's: "Roberto Fico" read as Polish "Robert" + -o. No case of a consonant-final
   * given name ends in -o/-о in Polish, Ukrainian or Russian; it makes the Italian or Spanish name.
   */
  private otherGivenNameForm(text: string, start: number, end: number, entry: number): boolean {
    let space = start;
    while (space < end && CLASSES[text.charCodeAt(space)] !== SPACE) space++;
    if (space >= end) return false;
    const word = normalizeText(text.slice(start, space));
    const last = word.charAt(word.length - 1);
    if (word.length < 4 || (last !== 'o' && last !== 'о')) return false;
    const own = this.kb.ownWords[entry]!;
    return own.has(word.slice(0, -1)) && !own.has(word);
  }

  /** Whether the surname at `start` follows another person's given name (see namesakes.ts). */
  private afterOtherGivenName(text: string, start: number, entry: number, spans: TermSpan[]): boolean {
    let i = start;
    if (i === 0 || CLASSES[text.charCodeAt(i - 1)] !== SPACE) return false;
    i--;
    let from = i;
    while (from > 0 && CLASSES[text.charCodeAt(from - 1)] === WORD) from--;
    if (from === i || CASES[text.charCodeAt(from)] !== UPPER_CASE || CASES[text.charCodeAt(i - 1)] !== LOWER_CASE) return false;
    const last = spans[spans.length - 1];
    if (last && last.end >= i) return false;
    const word = normalizeText(text.slice(from, i));
    if (CAPITALISED_FUNCTION_WORDS.has(word) || this.kb.ownWords[entry]!.has(word) || isTitle(word)) return false;
    // "Президент Франції Макрон": a word after a title belongs to the title. The title is the
    // one word before it: 24 units hold the longest one-word title ("Bundeskanzlerin") and its space.
    return !isTitle(normalizeText(text.slice(Math.max(0, from - 24), from)).split(' ').pop() ?? '');
  }

  /**
   * Whether an ambiguous alias of the same entry matches the same words: then this alias is
   * no more certain than that one ("Trumpa", a Polish form, also reads "Trump", which is
   * ambiguous), and the entry's rule decides.
   */
  private ambiguousTwin(candidate: number, entry: number, end: number): boolean {
    const w = this.walker;
    const { aliases } = this.kb;
    for (let c = 0; c < w.count; c++) {
      const alias = w.candidateAlias[c]!;
      if (c !== candidate && aliases.ambiguous[alias] === 1 && aliases.entry[alias] === entry && w.candidateEnd[c] === end) return true;
    }
    return false;
  }

  private better(a: number, b: number): boolean {
    const w = this.walker;
    const endA = w.candidateEnd[a]!;
    const endB = w.candidateEnd[b]!;
    if (endA !== endB) return endA > endB;
    if (w.candidateTypo[a] !== w.candidateTypo[b]) return w.candidateTypo[a]! < w.candidateTypo[b]!;
    return w.candidateAlias[a]! < w.candidateAlias[b]!;
  }
}
