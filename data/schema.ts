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

/** The languages every card is written in. */
export const CardLang = z.enum(['en', 'uk']);
export type CardLang = z.infer<typeof CardLang>;
export const CARD_LANGS = CardLang.options;

const wordCount = (s: string) => s.trim().split(/\s+/u).filter(Boolean).length;

const prose = z.string().trim().min(1, 'is missing');

/**
 * Reader-facing text in every card language. A missing language fails the build with the
 * entry, the field and the language in the message, e.g. `kherson: summary.uk: is missing`.
 */
export const LocalText = z.object({ en: prose, uk: prose }).strict();
export type LocalText = z.infer<typeof LocalText>;

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
 * A context cue (core/matcher/cues.ts): a whole word or phrase, each word taking the
 * inflectional endings of its own language ("альянс" matches "альянсу", "ally" "allies",
 * "Allianz" "Allianzen"; Latin words under five letters only -s/-es, so "war" never matches
 * "warn" or "warned"), or, ending in `*`, an explicit prefix ("Ukrain*" matches
 * "Ukrainian", "Україн*" "України"). Acronyms and numbers match exactly. Case and accents
 * are folded.
 */
const Cue = z.string().min(1);

/**
 * Context rule of an entry. For its ambiguous aliases: no `noneOf` cue may be in the window
 * (`window` characters either side, the match included, so "Lombard Street" excludes the
 * "Lombard" inside it; a cue next to another mention of the same name, such as a
 * namesake's first name, excludes only that mention), and at least one `anyOf` cue must be
 * in the window or in the page title/lead. An ambiguous alias also passes once the page has
 * named the entry by an unambiguous alias (a full name in the title, lead or earlier text),
 * and a person's surname right after a title ("Mr", "президента", "Kanzler").
 *
 * `scope`, for an entry about one country's case (Ukraine's NATO membership), applies to
 * every alias: when the text gives the match an owner ("Sweden's NATO membership",
 * "Schwedens NATO-Beitritt", "neutral status of Austria", "статус Австрії") the owner must
 * match `scope.anyOf`; without one, a `scope.anyOf` cue in the same sentence keeps the
 * match and a `scope.noneOf` cue (another country) there rejects it. A rejected match
 * leaves the words to the general entry ("NATO").
 */
export const Disambiguation = z.object({
  anyOf: z.array(Cue).default([]),
  noneOf: z.array(Cue).default([]),
  window: z.number().int().min(20).max(2000).default(250),
  /**
   * Where a positive cue may come from. 'page': the window, the page's title and lead, or the
   * entry's full name earlier on the page (names: "Tusk" on a page about Donald Tusk).
   * 'local': the window or the full name earlier on the page, not the title or lead (common
   * nouns: "sanctions" on a page whose sidebar mentions Putin is about Sudan if its own
   * paragraph is). Default: 'local' for concepts, else 'page'.
   */
  context: z.enum(['page', 'local']).optional(),
  scope: z
    .object({
      anyOf: z.array(Cue).min(1),
      noneOf: z.array(Cue).default([]),
      within: z.literal('sentence').default('sentence'),
    })
    .strict()
    .optional(),
});
export type Disambiguation = z.infer<typeof Disambiguation>;

export const TimelineEvent = z.object({
  date: PartialDate,
  text: LocalText,
});

/**
 * Words exactly as published, in the language they were published in. `translatedBy`: the
 * publisher whose translation these words are ("hromadske"), shown as "as translated by …".
 * `translation`: Kontekst's own rendering for card languages other than `lang`, always
 * labelled as Kontekst's translation on the card, never as the speaker's words.
 */
export const Quote = z
  .object({
    text: z
      .string()
      .min(1)
      .refine((q) => wordCount(q) < 25, 'quote must be under 25 words'),
    lang: Lang,
    translatedBy: z.string().min(1).optional(),
    translation: z.object({ en: prose.optional(), uk: prose.optional() }).strict().optional(),
  })
  .strict();
export type Quote = z.infer<typeof Quote>;

export const Position = z
  .object({
    /** Entry id of the person, when the person has an entry. */
    personId: EntryId.optional(),
    name: LocalText,
    /** The holder's role when the view was expressed, with dates where the role has ended. */
    role: LocalText,
    /** Who this view stands for, shown as a label (e.g. "Ukrainian analyst", "Russian government"). */
    side: LocalText,
    stance: z.object({ en: prose.max(60), uk: prose.max(70) }).strict(),
    paraphrase: LocalText,
    quote: Quote.optional(),
    source: Source,
  })
  .strict();
export type Position = z.infer<typeof Position>;

/**
 * An office with its dates. A role without `to` is one the person held on `asOf`, the date
 * that claim was last checked; the card says "as of", so no title outlives its check.
 */
export const Role = z
  .object({
    title: LocalText,
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    asOf: PartialDate.optional(),
  })
  .strict()
  .refine((r) => r.to !== undefined || r.asOf !== undefined, {
    message: 'a role without an end date needs asOf (the date it was known to be held)',
    path: ['asOf'],
  });
export type Role = z.infer<typeof Role>;

export const EntryKind = z.enum([
  'concept',
  'agreement',
  'treaty-article',
  'document',
  'format',
  'organisation',
  'institution',
  'person',
  'event',
  'summit',
  'place',
  'weapon',
  'fund',
  'alliance',
]);
export type EntryKind = z.infer<typeof EntryKind>;

export const KbEntry = z
  .object({
    id: EntryId,
    kind: EntryKind,
    title: LocalText,
    aliases: z.array(Alias).min(1),
    disambiguation: Disambiguation.optional(),
    /** Two or three sentences a reader can stop after (Ukrainian runs a little longer). */
    summary: z
      .object({
        en: prose.refine((s) => wordCount(s) <= 60, 'must be at most 60 words'),
        uk: prose.refine((s) => wordCount(s) <= 70, 'must be at most 70 words'),
      })
      .strict(),
    background: z.array(LocalText).min(1),
    whyNow: z.object({ text: LocalText, asOf: PartialDate }).strict().optional(),
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
/**
 * What matching needs of an entry: the only part of the KB the content script carries.
 * Card text reaches a page only when the reader opens that card.
 */
export type MatchEntry = Pick<KbEntry, 'id' | 'kind' | 'aliases' | 'disambiguation'>;
export function matchEntryOf({ id, kind, aliases, disambiguation }: KbEntry): MatchEntry {
  return disambiguation === undefined ? { id, kind, aliases } : { id, kind, aliases, disambiguation };
}

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
