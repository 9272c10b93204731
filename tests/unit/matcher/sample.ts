/**
 * A large, varied, deterministic text sample for comparing two matchers span for span:
 * the saved corpus pages and seeds (when ../shared is present), the case table, and text
 * generated from a KB's own aliases with endings, typos, case changes, hyphens and cues.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Matcher } from '../../../core/matcher';
import type { MatchEntry } from '../../../data/schema';
import { CASES, PAGE_CASES } from './cases';
import { lcg } from '../../synthetic/random';

// The repo sits at /work/main and the shared folder at /work/shared.
const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const SKIPPED = /<(script|style|noscript|svg|template)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_END = /<\/?(?:p|div|h[1-6]|li|td|th|section|article|header|footer|blockquote|figcaption|br|ul|ol|table|tr)\b[^>]*>/gi;

/** Rough text blocks of an HTML page (entities mostly left as they are: more variety). */
function htmlBlocks(html: string): string[] {
  return html
    .replace(SKIPPED, ' ')
    .split(BLOCK_END)
    .map((block) => block.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&'))
    .filter((block) => /\S/.test(block));
}

/** Corpus pages (every `step`-th) and seeds; empty when ../shared is missing. */
export function corpusBlocks(step = 1): string[] {
  const pages = path.join(SHARED, 'corpus', 'pages');
  const seeds = path.join(SHARED, 'seeds');
  const blocks: string[] = [];
  if (existsSync(pages)) {
    const files = readdirSync(pages).filter((f) => f.endsWith('.html')).sort();
    for (let i = 0; i < files.length; i += step) blocks.push(...htmlBlocks(readFileSync(path.join(pages, files[i]!), 'utf8')));
  }
  if (existsSync(seeds)) for (const f of readdirSync(seeds).sort()) blocks.push(...readFileSync(path.join(seeds, f), 'utf8').split('\n'));
  return blocks;
}

const ENDINGS = ['', '', '', 's', 'es', '’s', 'а', 'у', 'ого', 'ом', 'ів', 'ами', 'ami', 'iego', 'owi', 'en', 'es', 'x', 'ies', '5', '-'];
const FILLER = ['the', 'said', 'Ukraine', 'в', 'Києві', 'und', 'die', 'oraz', '1994', 'мир', 'security', 'talks', 'NATO', 'Росія', '—', '"', '('];
const CASE_CHANGES: Array<(s: string) => string> = [(s) => s, (s) => s, (s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => s.charAt(0).toLowerCase() + s.slice(1)];

/** One random edit (substitution, deletion, insertion, swap) somewhere after the first letter. */
function typo(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(random() * (word.length - 1));
  const letter = word.charAt(Math.floor(random() * word.length));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return at + 1 < word.length ? word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2) : word;
  }
}

/** Paragraphs built from `kb`'s aliases (and its cue words) with endings, typos, case changes and filler. */
export function aliasBlocks(kb: readonly MatchEntry[], count: number, seed = 7): string[] {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const aliases = kb.flatMap((entry) => entry.aliases.map((alias) => alias.text));
  const cues = kb.flatMap((entry) => [...(entry.disambiguation?.anyOf ?? []), ...(entry.disambiguation?.noneOf ?? [])]);
  const blocks: string[] = [];
  for (let b = 0; b < count; b++) {
    const parts: string[] = [];
    const length = 1 + Math.floor(random() * 12);
    for (let p = 0; p < length; p++) {
      const roll = random();
      if (roll < 0.5) {
        let words = pick(aliases).split(' ');
        if (random() < 0.3) words = words.map((w) => (random() < 0.5 ? typo(w, random) : w));
        const joined = words.join(random() < 0.15 ? '-' : random() < 0.1 ? '\u00a0' : ' ');
        parts.push(pick(CASE_CHANGES)(joined) + pick(ENDINGS));
      } else if (roll < 0.65 && cues.length) parts.push(pick(cues));
      else parts.push(pick(FILLER));
    }
    blocks.push(parts.join(random() < 0.2 ? ', ' : ' '));
  }
  return blocks;
}

/** The case table's texts (and page titles, as text). */
export function caseBlocks(): string[] {
  return [...CASES, ...PAGE_CASES].flatMap((c) => [c.text, c.page?.title ?? '', c.page?.lead ?? '']).filter(Boolean);
}

/** Every span of `matcher` over `blocks`, one line per block with spans ("start-end:id"). */
export function spanLines(matcher: Matcher, blocks: readonly string[]): string[] {
  return blocks.map((block) =>
    matcher
      .findTermSpans(block)
      .map((s) => `${s.start}-${s.end}:${s.entryId}`)
      .join(' '),
  );
}

/** FNV-1a over all span lines, and the span count: a compact fingerprint of a matcher's output. */
export function fingerprint(lines: readonly string[]): { spans: number; hash: string } {
  let hash = 0x811c9dc5;
  let spans = 0;
  for (const line of lines) {
    if (line) spans += line.split(' ').length;
    for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  }
  return { spans, hash: (hash >>> 0).toString(16) };
}
