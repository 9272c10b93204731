/**
 * Text normalisation shared by the matcher, the KB compiler and search.
 *
 * - case folding (toLowerCase per code unit);
 * - Latin and Greek diacritics dropped (é→e, ł→l, ó→o, ą→a, ß→ss, æ→ae); Cyrillic keeps
 *   й, ї, є, ў as letters, only ё→е; stray combining marks are dropped (stress accents);
 * - every run of whitespace and dashes is one separator: ' ' if it holds whitespace,
 *   else '-' (the matcher treats both alike, so "Budapest-Memorandum" = "Budapest Memorandum");
 * - apostrophes and single quotes (’ ʼ ‘ ` ´) → ', double quotes (“ ” „ « ») → ";
 * - soft hyphens and zero-width characters (U+00AD, U+200B–U+200D, U+2060, U+FEFF) removed.
 */
import { SymbolCursor } from './cursor';

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** For each normalised code unit, the offset of the original code unit it came from. */
  start: Int32Array;
  /** For each normalised code unit, the original offset just after it (end exclusive). */
  end: Int32Array;
}

let cursor = new SymbolCursor();
/** Past this many units a one-off big normalisation drops its buffers instead of keeping them. */
const KEEP_BUFFER_UNITS = 1 << 16;

function release(): void {
  if (cursor.codes.length > KEEP_BUFFER_UNITS) cursor = new SymbolCursor();
}

// Decoding the code-unit buffer natively is much faster than String.fromCharCode; a lone
// surrogate becomes U+FFFD, which keeps the length and so the offset map intact.
const utf16 = new TextDecoder('utf-16le');

function codesToString(codes: Uint16Array, length: number): string {
  // Short runs (an alias word) are concatenated: the decoder's fixed cost per call pays off only on longer ones.
  if (length > 64) return utf16.decode(codes.subarray(0, length));
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(codes[i]!);
  return out;
}

/** Normalises `text` and keeps, for every normalised unit, where it came from. */
export function normalizeWithMap(text: string): NormalizedText {
  cursor.reset(text, 0);
  cursor.drain();
  const n = cursor.length;
  const result = { text: codesToString(cursor.codes, n), start: cursor.starts.slice(0, n), end: cursor.ends.slice(0, n) };
  release();
  return result;
}

/** Normalised form of `text`, trimmed of leading and trailing separators. */
export function normalizeText(text: string): string {
  cursor.reset(text, 0);
  cursor.drain();
  const result = codesToString(cursor.codes, cursor.length).replace(/^[ -]+|[ -]+$/g, '');
  release();
  return result;
}
