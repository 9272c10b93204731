import { z } from 'zod';

/** Stable, kebab-case entry id. Ids never change once shipped. */
export const EntryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

/** A calendar date at the precision the record gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    if (d === undefined || m === undefined || y === undefined) return true;
    const probe = new Date(Date.UTC(y, m - 1, d));
    return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
  }, 'is not a real calendar date');

export const Lang = z.enum(['en', 'uk', 'ru', 'de', 'pl', 'fr']);
export type Lang = z.infer<typeof Lang>;

const wordCount = (s: string) => s.trim().split(/\s+/u).filter(Boolean).length;

export const Source = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Publication date, as precise as known. */
  date: PartialDate.optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * One surface form of a term.
 * - `caseSensitive`: for acronyms whose lower-case form is a common word ("UN", "FOR").
 * - `inflect`: decline every word of the alias with the endings of `lang`
 *   (uk, ru, pl, de) or the English possessive/plural (en). Default: true for
 *   words of ≥ 4 letters in declining languages.
 * - `stems`: explicit stems, one per word of `text`, when automatic stemming would be
 *   wrong (e.g. Polish "Trójkąt" → "Trójkąt", "Trójkąta"; Ukrainian surnames).
 * - `ambiguous`: this form alone must pass the entry's `disambiguation` rule.
 */
export const Alias = z.object({
  text: z.string().min(1),
  lang: Lang,
  caseSensitive: z.boolean().optional(),
  inflect: z.boolean().optional(),
  stems: z.array(z.string().min(1)).optional(),
  ambiguous: z.boolean().optional(),
});
export type Alias = z.infer<typeof Alias>;

/**
 * Context rule for ambiguous aliases: at least one `anyOf` cue must appear within
 * `window` characters of the match or in the page title/lead, and no `noneOf` cue
 * may appear within the window. Cues are matched as normalised whole-word prefixes.
 */
export const Disambiguation = z.object({
  anyOf: z.array(z.string().min(1)).min(1),
  noneOf: z.array(z.string().min(1)).default([]),
  window: z.number().int().min(20).max(2000).default(250),
});
export type Disambiguation = z.infer<typeof Disambiguation>;

export const TimelineEvent = z.object({
  date: PartialDate,
  text: z.string().min(1),
});

export const Position = z
  .object({
    /** Entry id of the person, when the person has an entry. */
    personId: EntryId.optional(),
    name: z.string().min(1),
    role: z.string().min(1),
    /** Who this view stands for, shown as a label (e.g. "Ukrainian analyst", "Russian government"). */
    side: z.string().min(1),
    stance: z.string().min(1).max(60),
    paraphrase: z.string().min(1),
    quote: z
      .string()
      .min(1)
      .refine((q) => wordCount(q) < 25, 'quote must be under 25 words')
      .optional(),
    source: Source,
  })
  .strict();
export type Position = z.infer<typeof Position>;

export const Role = z.object({
  title: z.string().min(1),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
});

export const EntryKind = z.enum([
  'concept',
  'agreement',
  'treaty-article',
  'organisation',
  'person',
  'event',
  'place',
  'fund',
  'alliance',
]);
export type EntryKind = z.infer<typeof EntryKind>;

export const KbEntry = z
  .object({
    id: EntryId,
    kind: EntryKind,
    title: z.string().min(1),
    aliases: z.array(Alias).min(1),
    disambiguation: Disambiguation.optional(),
    summary: z
      .string()
      .min(1)
      .refine((s) => wordCount(s) <= 60, 'summary must be at most 60 words'),
    background: z.array(z.string().min(1)).min(1),
    whyNow: z.object({ text: z.string().min(1), asOf: PartialDate }).optional(),
    timeline: z.array(TimelineEvent).default([]),
    positions: z.array(Position).default([]),
    /** For people: offices held, with dates. */
    roles: z.array(Role).optional(),
    related: z.array(EntryId).default([]),
    sources: z.array(Source).min(1),
    lastReviewed: PartialDate,
  })
  .strict()
  .refine((e) => !e.aliases.some((a) => a.ambiguous) || e.disambiguation !== undefined, {
    message: 'has ambiguous aliases but no disambiguation rule',
    path: ['disambiguation'],
  });
export type KbEntry = z.infer<typeof KbEntry>;
/** What an entry file is written as (defaults not yet applied). */
export type KbEntryInput = z.input<typeof KbEntry>;

/**
 * Validates raw entries and returns them parsed, or throws one Error whose message names
 * every bad entry by id and field path, e.g. `budapest-memorandum: positions.0.quote: …`.
 */
export function parseKb(raw: readonly unknown[]): KbEntry[] {
  const problems: string[] = [];
  const parsed: KbEntry[] = [];
  raw.forEach((item, index) => {
    const result = KbEntry.safeParse(item);
    const id =
      typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : `entry #${index}`;
    if (result.success) parsed.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push(`${id}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
  });
  if (problems.length) throw new Error(`Invalid knowledge base:\n  ${problems.join('\n  ')}`);
  return parsed;
}
