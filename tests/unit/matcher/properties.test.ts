import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TermSpan, compileMatcher } from '../../../core/matcher';
import { normalizeText } from '../../../core/matcher/normalize';
import type { MatchEntry } from '../../../data/schema';
import { MINI_KB } from '../fixtures/mini-kb';

/** The fixture without context rules or case rules, so raw offsets and case cannot change a result. */
const PLAIN_KB: MatchEntry[] = MINI_KB.map((entry) => ({
  ...entry,
  aliases: entry.aliases.filter((alias) => !alias.caseSensitive).map((alias) => ({ ...alias, ambiguous: false })),
})).filter((entry) => entry.aliases.length > 0);
const plain = compileMatcher(PLAIN_KB);
const full = compileMatcher(MINI_KB);

const FILLER = ['the', 'talks', 'on', 'Ukraine', 'в', 'Києві', 'und', 'die', 'oraz', 'said', '1994', 'years', 'мир'];
const ENDINGS = ['', '', 's', 'es', "'s", '’s', 'а', 'у', 'ого', 'ом', 'ів', 'ami', 'iego', 'en', 'x', '5', 'ov'];
const aliasTexts = PLAIN_KB.flatMap((entry) => entry.aliases.map((alias) => alias.text));

/** Paragraph-like text mixing alias forms (some with endings) and filler words. */
const paragraph = fc
  .array(
    fc.oneof(
      fc.constantFrom(...aliasTexts).chain((alias) => fc.constantFrom(...ENDINGS).map((ending) => alias + ending)),
      fc.constantFrom(...FILLER),
    ),
    { minLength: 1, maxLength: 14 },
  )
  .chain((words) => fc.array(fc.constantFrom(' ', ' ', ', ', '. ', ' (', ') ', ' "'), { minLength: words.length, maxLength: words.length }).map((seps) => words.map((w, i) => w + seps[i]).join('')));

/** Entry ids and normalised matched texts: what must not change when only invisible details change. */
const signature = (text: string, spans: TermSpan[]) => spans.map((span) => [span.entryId, normalizeText(text.slice(span.start, span.end))]);

function sortedAndDisjoint(text: string, spans: TermSpan[]): boolean {
  return spans.every((span, i) => span.start >= 0 && span.start < span.end && span.end <= text.length && (i === 0 || spans[i - 1]!.end <= span.start));
}

const LETTER = /[\p{L}\p{N}]/u;

describe('matcher properties', () => {
  it('never throws and returns sorted, disjoint spans on arbitrary code units (lone surrogates included)', () => {
    const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((codes) => String.fromCharCode(...codes));
    const anyText = fc.oneof(codeUnits, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), paragraph);
    fc.assert(
      fc.property(anyText, (text) => sortedAndDisjoint(text, full.findTermSpans(text)) && sortedAndDisjoint(text, plain.findTermSpans(text))),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('spans start and end on letters, and the span alone is a term of the same entry', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        for (const span of plain.findTermSpans(text)) {
          const piece = text.slice(span.start, span.end);
          expect(LETTER.test(piece.charAt(0)) && LETTER.test(piece.charAt(piece.length - 1))).toBe(true);
          expect(plain.findTermSpans(piece)).toEqual([{ start: 0, end: piece.length, entryId: span.entryId }]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is invariant under soft hyphens and zero-width spaces inserted inside words', () => {
    const withInvisible = paragraph.chain((text) =>
      fc.array(fc.nat(text.length), { maxLength: 6 }).chain((positions) =>
        fc.constantFrom('\u00ad', '\u200b', '\u2060').map((mark) => {
          let out = text;
          for (const p of [...positions].sort((a, b) => b - a)) {
            if (LETTER.test(out.charAt(p - 1)) && LETTER.test(out.charAt(p))) out = out.slice(0, p) + mark + out.slice(p);
          }
          return [text, out] as const;
        }),
      ),
    );
    fc.assert(
      fc.property(withInvisible, ([text, marked]) => {
        expect(signature(marked, plain.findTermSpans(marked))).toEqual(signature(text, plain.findTermSpans(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('is invariant under case changes of case-insensitive aliases', () => {
    const cased = fc.tuple(paragraph, fc.constantFrom('upper', 'lower', 'title')).map(([text, mode]) => {
      const words = text.split(' ');
      const changed = words.map((w) =>
        mode === 'upper' ? w.toUpperCase() : mode === 'lower' ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1),
      );
      return [text, changed.join(' ')] as const;
    });
    fc.assert(
      fc.property(cased, ([text, changed]) => {
        expect(signature(changed, plain.findTermSpans(changed))).toEqual(signature(text, plain.findTermSpans(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('is invariant under whitespace runs, NBSP, thin spaces and line breaks', () => {
    const spaced = paragraph.chain((text) =>
      fc.array(fc.constantFrom(' ', '\u00a0', '\u2009', '\n', ' \n\t ', '  '), { minLength: 40, maxLength: 40 }).map((runs) => {
        let k = 0;
        return [text, text.replace(/ /g, () => runs[k++ % runs.length]!)] as const;
      }),
    );
    fc.assert(
      fc.property(spaced, ([text, changed]) => {
        expect(signature(changed, plain.findTermSpans(changed))).toEqual(signature(text, plain.findTermSpans(text)));
      }),
      { numRuns: 500 },
    );
  });
});
