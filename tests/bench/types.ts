/** Shapes shared by the page bundle (tests/bench/page-entry.ts) and the Node side. */

export interface FloorResult {
  /** Mean ms of one pass (the pass is repeated `iterations` times inside one task). */
  ms: number;
  iterations: number;
  chars: number;
  textNodes: number;
}

/** The cheapest JavaScript that looks at every character the floor reads. */
export interface ReadResult {
  ms: number;
  iterations: number;
  /** A checksum of the characters, so the reads cannot be optimised away. */
  checksum: number;
}

export interface RegexResult {
  ms: number;
  iterations: number;
  matches: number;
}

export interface KontekstResult {
  /** performance.now() at the start, for {@link PageBench.longTasksBetween}. */
  start: number;
  /** Wall time: compile + prepare + full scan (walk, match, ranges, paint), yields included. */
  wallMs: number;
  /** Time the scan spent between a yield and its resumption (0 in mode 'none'). */
  idleMs: number;
  /** wallMs - idleMs: the sum of the annotator's own slices. */
  cpuMs: number;
  /** The matcher compile alone (spread over slices like the content script does; wall, yields included), part of wallMs. */
  compileMs: number;
  yields: number;
  /** The longest stretch the compile or the annotator ran without yielding. */
  maxSliceMs: number;
  /** Ranges in CSS.highlights 'kontekst' after the scan. */
  painted: number;
}

export interface MarkjsResult {
  /** null when the page-side deadline was hit before every alias was processed. */
  ms: number | null;
  elapsedMs: number;
  aliasesDone: number;
  aliasesTotal: number;
  matches: number;
}

export interface PageBench {
  floor(iterations: number): FloorResult;
  read(iterations: number): ReadResult;
  regex(aliases: readonly string[], iterations: number): RegexResult;
  kontekst(mode: 'real' | 'none'): Promise<KontekstResult>;
  /** Durations of the long tasks (> 50 ms) that started between two performance.now() times. */
  longTasksBetween(from: number, to: number): number[];
  /** Drops the last run's highlights and state. */
  clear(): void;
  /** The text runs the content script would read (its TreeWalker, its skips), for the Node matcher bench. */
  runTexts(): string[];
}

export interface MarkjsBench {
  run(aliases: readonly string[], deadlineMs: number, chunk: number): MarkjsResult;
}
