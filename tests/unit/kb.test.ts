import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import budapestMemorandum from '../../data/entries/budapest-memorandum';
import { KB, KB_BY_ID } from '../../data/kb';
import { parseKb, type Alias, type KbEntry, type Position } from '../../data/schema';
import { HROMADSKE_2025_03 } from '../../data/sources';

// The repo sits at /work/main and the shared folder at /work/shared.
const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const seedsAvailable = existsSync(SEEDS_DIR);

const REQUIRED_IDS = [
  // concepts and events
  'security-guarantees',
  'budapest-memorandum',
  'nato',
  'nato-article-5',
  'nato-membership',
  'peacekeepers',
  'coalition-of-the-willing',
  'weimar-triangle',
  'minerals-deal',
  'nuclear-umbrella',
  'ukraine-nuclear-disarmament',
  'for-nukes-fund',
  'crimea-annexation',
  'full-scale-invasion',
  'srebrenica-massacre',
  'neutral-status',
  'deterrence',
  'escalation',
  'bilateral-security-agreements',
  'peace-deal',
  'sphere-of-influence',
  'sword-of-damocles',
  // people
  'alina-hrytsenko',
  'volodymyr-ohryzko',
  'vitaliy-portnikov',
  'volodymyr-zelenskyy',
  'donald-trump',
  'keir-starmer',
  'eric-lombard',
  'marco-rubio',
  'sergey-lavrov',
  'mike-waltz',
  'oleh-gorokhovsky',
  'vladimir-putin',
  // organisations
  'research-solutions',
  'hromadske',
  'monobank',
];

/** Concepts that cannot have three dated timeline events, and why. */
const TIMELINE_EXEMPT: Record<string, string> = {
  'for-nukes-fund': 'a single fundraiser; the seed gives only its March 2025 total, not a launch date',
  'sword-of-damocles': 'an idiom from antiquity; the schema cannot express dates before year 1',
};

/** Concepts for which the seeds give fewer than two named views, and why. */
const POSITIONS_EXEMPT: Record<string, string> = {
  'crimea-annexation': 'the seeds contain no named view on the annexation itself',
  'srebrenica-massacre': 'only Portnikov refers to it in the seeds',
  'for-nukes-fund': 'the seeds report the fund, not any named view on it',
  'sphere-of-influence': 'only the unattributed essay, which is never quoted, discusses it',
  'sword-of-damocles': 'only Hrytsenko uses the image',
  'minsk-agreements': 'not discussed in the seeds; added as background for the peace-deal entry',
};

const NON_CONCEPT_KINDS = new Set(['person', 'organisation', 'institution']);
const isConcept = (e: KbEntry) => !NON_CONCEPT_KINDS.has(e.kind);
const wordCount = (s: string) => s.trim().split(/\s+/u).filter(Boolean).length;

/** Case- and diacritic-folded alias key, close to what the matcher compares. */
function foldAlias(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[-‐‑–—\s]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Quote and whitespace normalisation for comparing quotes with the seed text. */
function normaliseQuoted(text: string): string {
  return text
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/gu, ' ');
}

/** Every date an entry carries, with where it came from. */
function datesOf(e: KbEntry): Array<{ where: string; date: string }> {
  const out: Array<{ where: string; date: string }> = [];
  e.timeline.forEach((t, i) => out.push({ where: `timeline.${i}`, date: t.date }));
  if (e.whyNow) out.push({ where: 'whyNow.asOf', date: e.whyNow.asOf });
  e.roles?.forEach((r, i) => {
    if (r.from) out.push({ where: `roles.${i}.from`, date: r.from });
    if (r.to) out.push({ where: `roles.${i}.to`, date: r.to });
  });
  e.sources.forEach((s, i) => s.date && out.push({ where: `sources.${i}.date`, date: s.date }));
  e.positions.forEach((p, i) => p.source.date && out.push({ where: `positions.${i}.source.date`, date: p.source.date }));
  return out;
}

/** Earliest day a partial date can mean, so "2025-03" is not later than "2025-03-10". */
const earliestDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

const allPositions: Array<{ entryId: string; index: number; position: Position }> = KB.flatMap((e) =>
  e.positions.map((position, index) => ({ entryId: e.id, index, position })),
);
const quoted = allPositions.filter((p) => p.position.quote !== undefined);

describe('knowledge base content', () => {
  it('loads and validates against the schema', () => {
    expect(KB.length).toBeGreaterThanOrEqual(REQUIRED_IDS.length);
    expect(KB_BY_ID.size).toBe(KB.length);
  });

  it('has unique kebab-case ids, each matching its entry file name', () => {
    const ids = KB.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const entriesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/entries');
    const files = readdirSync(entriesDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(files).toEqual([...ids].sort());
  });

  it('contains every required entry', () => {
    const missing = REQUIRED_IDS.filter((id) => !KB_BY_ID.has(id));
    expect(missing).toEqual([]);
  });

  it('resolves every related id and personId, and never relates an entry to itself', () => {
    const problems: string[] = [];
    for (const e of KB) {
      for (const r of e.related) {
        if (r === e.id) problems.push(`${e.id}: related points to itself`);
        else if (!KB_BY_ID.has(r)) problems.push(`${e.id}: related "${r}" does not exist`);
      }
      if (new Set(e.related).size !== e.related.length) problems.push(`${e.id}: duplicate related ids`);
      e.positions.forEach((p, i) => {
        if (p.personId === undefined) return;
        const person = KB_BY_ID.get(p.personId);
        if (!person) problems.push(`${e.id}: positions.${i}.personId "${p.personId}" does not exist`);
        else if (person.kind !== 'person') problems.push(`${e.id}: positions.${i}.personId is not a person`);
        else if (person.title.en !== p.name.en || person.title.uk !== p.name.uk)
          problems.push(`${e.id}: positions.${i}.name differs from ${person.id}'s title`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('lets two entries share an alias only when one of them is ambiguous with a rule', () => {
    const owners = new Map<string, Array<{ id: string; alias: Alias; hasRule: boolean }>>();
    for (const e of KB)
      for (const alias of e.aliases) {
        const key = foldAlias(alias.text);
        const list = owners.get(key) ?? [];
        list.push({ id: e.id, alias, hasRule: e.disambiguation !== undefined });
        owners.set(key, list);
      }
    const clashes: string[] = [];
    for (const [key, list] of owners)
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (a.id === b.id) continue;
          // Case-sensitive forms that differ in case never match the same text.
          if (a.alias.caseSensitive && b.alias.caseSensitive && a.alias.text !== b.alias.text) continue;
          const guarded = (x: typeof a) => x.alias.ambiguous === true && x.hasRule;
          if (!guarded(a) && !guarded(b)) clashes.push(`"${key}": ${a.id} and ${b.id}`);
        }
    expect(clashes).toEqual([]);
  });

  it('gives one stem per word of an alias, each a prefix of its word, and none to exact-case aliases', () => {
    const problems: string[] = [];
    for (const e of KB)
      for (const a of e.aliases) {
        if (!a.stems) continue;
        // The matcher compares case-sensitive aliases letter for letter and ignores stems.
        if (a.caseSensitive) problems.push(`${e.id}: "${a.text}" is case-sensitive, so its stems would be ignored`);
        const words = a.text.split(/\s+/u);
        if (a.stems.length !== words.length) {
          problems.push(`${e.id}: "${a.text}" has ${words.length} words but ${a.stems.length} stems`);
          continue;
        }
        a.stems.forEach((stem, i) => {
          if (!foldAlias(words[i]!).startsWith(foldAlias(stem)))
            problems.push(`${e.id}: stem "${stem}" is not a prefix of "${words[i]}"`);
        });
      }
    expect(problems).toEqual([]);
  });

  it('keeps the ambiguity rules the matcher relies on', () => {
    const aliasOf = (id: string, text: string) => KB_BY_ID.get(id)?.aliases.find((a) => a.text === text);
    const ruleOf = (id: string) => KB_BY_ID.get(id)?.disambiguation;

    expect(aliasOf('donald-trump', 'Trump')).toMatchObject({ caseSensitive: true, ambiguous: true });
    expect(ruleOf('donald-trump')?.anyOf).toEqual(expect.arrayContaining(['Donald', 'president', 'White House']));
    expect(aliasOf('eric-lombard', 'Lombard')).toMatchObject({ ambiguous: true });
    expect(aliasOf('mike-waltz', 'Waltz')).toMatchObject({ caseSensitive: true, ambiguous: true });
    expect(aliasOf('nato-article-5', 'Article 5')).toMatchObject({ ambiguous: true });
    expect(ruleOf('nato-article-5')?.anyOf).toEqual(expect.arrayContaining(['NATO', 'alliance']));
    expect(ruleOf('nato-article-5')?.noneOf).toEqual(expect.arrayContaining(['GDPR', 'DSGVO', 'RODO', 'Grundgesetz']));
    // The region's name opens the region's card; the annexation's card needs its own name.
    expect(aliasOf('crimea', 'Crimea')).toBeDefined();
    expect(aliasOf('crimea-annexation', 'Crimea')).toBeUndefined();
    expect(aliasOf('deterrence', 'deterrence')).toMatchObject({ ambiguous: true });
    expect(aliasOf('escalation', 'escalation')).toMatchObject({ ambiguous: true });

    // Bare words that must never be aliases on their own.
    const everyAlias = KB.flatMap((e) => e.aliases.map((a) => foldAlias(a.text)));
    for (const banned of ['budapest', 'weimar', 'peace', 'minsk', 'article', 'memorandum', 'un', 'for'])
      expect(everyAlias, `"${banned}" must not be an alias`).not.toContain(banned);
  });

  it('uses cues of at least three letters, so a cue cannot match everyday short words', () => {
    const short = KB.flatMap((e) =>
      [...(e.disambiguation?.anyOf ?? []), ...(e.disambiguation?.noneOf ?? [])]
        .filter((cue) => foldAlias(cue).replace(/[^\p{L}\p{N}]/gu, '').length < 3)
        .map((cue) => `${e.id}: "${cue}"`),
    );
    expect(short).toEqual([]);
  });

  it('keeps every quote under 25 words, with a source and a named person', () => {
    expect(quoted.length).toBeGreaterThan(0);
    for (const { entryId, index, position } of quoted) {
      const where = `${entryId}: positions.${index}`;
      expect(wordCount(position.quote?.text ?? ''), where).toBeLessThan(25);
      expect(position.name.en.trim(), where).not.toBe('');
      expect(position.name.uk.trim(), where).not.toBe('');
      expect(position.source.publisher.trim(), where).not.toBe('');
      expect(position.source.title.trim(), where).not.toBe('');
    }
  });

  it('cites at least one source per entry', () => {
    for (const e of KB) expect(e.sources.length, e.id).toBeGreaterThan(0);
  });

  it('has no date later than the entry’s lastReviewed, and timelines in order', () => {
    const problems: string[] = [];
    for (const e of KB) {
      for (const { where, date } of datesOf(e))
        if (earliestDay(date) > earliestDay(e.lastReviewed))
          problems.push(`${e.id}: ${where} ${date} is after lastReviewed ${e.lastReviewed}`);
      e.timeline.forEach((t, i) => {
        const prev = e.timeline[i - 1];
        if (prev && earliestDay(prev.date) > earliestDay(t.date))
          problems.push(`${e.id}: timeline.${i} (${t.date}) comes before timeline.${i - 1} (${prev.date})`);
      });
      e.roles?.forEach((r, i) => {
        if (r.from && r.to && earliestDay(r.from) > earliestDay(r.to))
          problems.push(`${e.id}: roles.${i} ends before it starts`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('keeps summaries to 60 words', () => {
    for (const e of KB) {
      expect(wordCount(e.summary.en), e.id).toBeLessThanOrEqual(60);
      expect(wordCount(e.summary.uk), e.id).toBeLessThanOrEqual(70);
    }
  });

  it('gives every concept and agreement a dated why-now, and every non-person entry three timeline events, unless exempt', () => {
    // Elsewhere (a past battle, a weapon) a why-now is written only where the current debate is on record.
    const CURRENT_DEBATE_KINDS = new Set(['concept', 'agreement', 'treaty-article']);
    const problems: string[] = [];
    for (const e of KB) {
      if (!e.whyNow && CURRENT_DEBATE_KINDS.has(e.kind)) problems.push(`${e.id}: no whyNow`);
      if (isConcept(e) && e.timeline.length < 3 && !(e.id in TIMELINE_EXEMPT))
        problems.push(`${e.id}: ${e.timeline.length} timeline events`);
    }
    expect(problems).toEqual([]);
  });

  it('never shows one side alone: an entry with views shows at least two holders, unless exempt', () => {
    const problems: string[] = [];
    for (const e of KB.filter(isConcept)) {
      const holders = new Set(e.positions.map((p) => p.name.en));
      if (holders.size === 1 && !(e.id in POSITIONS_EXEMPT)) problems.push(`${e.id}: only ${[...holders][0]}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists only exemptions that are still needed', () => {
    for (const id of Object.keys(TIMELINE_EXEMPT)) {
      const e = KB_BY_ID.get(id);
      expect(e && isConcept(e) && e.timeline.length < 3, `timeline exemption for ${id} is stale`).toBe(true);
    }
    for (const id of Object.keys(POSITIONS_EXEMPT)) {
      const e = KB_BY_ID.get(id);
      const holders = new Set(e?.positions.map((p) => p.name.en));
      expect(e && isConcept(e) && holders.size < 2, `positions exemption for ${id} is stale`).toBe(true);
    }
  });

  it('gives every person dated roles, and shows on their card every view the KB attributes to them', () => {
    const problems: string[] = [];
    for (const person of KB.filter((e) => e.kind === 'person')) {
      if (!person.roles?.length) problems.push(`${person.id}: no roles`);
      person.roles?.forEach((role, i) => {
        if (!role.from && !role.to && !role.asOf) problems.push(`${person.id}: roles.${i} has no dates`);
      });
      // Another person's view may stand beside theirs (a dispute between two politicians), but
      // their own views carry their id, so the card links and collects them.
      for (const p of person.positions)
        if (p.name.en === person.title.en && p.personId !== person.id) problems.push(`${person.id}: own view without personId`);
      const own = new Set(person.positions.map((p) => p.stance.en));
      for (const { entryId, position } of allPositions)
        if (position.personId === person.id && !own.has(position.stance.en))
          problems.push(`${person.id}: misses "${position.stance.en}" (shown on ${entryId})`);
    }
    expect(problems).toEqual([]);
  });

  it('covers the beat: at least 160 entries, with the minimum of each category', () => {
    const CATEGORIES: Record<string, { kinds: string[]; min: number }> = {
      people: { kinds: ['person'], min: 60 },
      'institutions and organisations': { kinds: ['institution', 'organisation', 'alliance'], min: 25 },
      'agreements and documents': { kinds: ['agreement', 'treaty-article', 'document', 'format', 'fund'], min: 20 },
      'events and summits': { kinds: ['event', 'summit'], min: 20 },
      places: { kinds: ['place'], min: 15 },
      'weapons and military terms': { kinds: ['weapon'], min: 12 },
      concepts: { kinds: ['concept'], min: 15 },
    };
    expect(KB.length).toBeGreaterThanOrEqual(160);
    const short = Object.entries(CATEGORIES)
      .map(([name, { kinds, min }]) => ({ name, min, count: KB.filter((e) => kinds.includes(e.kind)).length }))
      .filter(({ count, min }) => count < min)
      .map(({ name, count, min }) => `${name}: ${count} < ${min}`);
    expect(short).toEqual([]);
  });

  it('dates every why-now no later than the entry was checked, and never in the future of the record', () => {
    const problems = KB.flatMap((e) =>
      e.whyNow && earliestDay(e.whyNow.asOf) > e.lastReviewed ? [`${e.id}: whyNow.asOf ${e.whyNow.asOf} after lastReviewed`] : [],
    );
    expect(problems).toEqual([]);
  });

  it.skipIf(!seedsAvailable)(
    seedsAvailable
      ? 'quotes every person verbatim from the seed article, next to their name'
      : `quotes every person verbatim from the seed article — SKIPPED: no seed folder at ${SEEDS_DIR}`,
    () => {
      const seeds = readdirSync(SEEDS_DIR)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ file: f, text: normaliseQuoted(readFileSync(path.join(SEEDS_DIR, f), 'utf8')) }));
      const article = seeds.find((s) => s.text.includes(HROMADSKE_2025_03.title));
      expect(article, 'the hromadske article is among the seeds').toBeDefined();

      const problems: string[] = [];
      for (const { entryId, index, position } of quoted) {
        const where = `${entryId}: positions.${index} (${position.name.en})`;
        const candidates = position.source.title === HROMADSKE_2025_03.title ? [article!] : seeds;
        // "…" marks a cut: every piece must appear, in order, in the same seed.
        const pieces = normaliseQuoted(position.quote?.text ?? '')
          .split('…')
          .map((s) => s.trim())
          .filter(Boolean);
        const found = candidates.find((seed) => {
          let from = 0;
          for (const piece of pieces) {
            const at = seed.text.indexOf(piece, from);
            if (at < 0) return false;
            from = at + piece.length;
          }
          return true;
        });
        if (!found) {
          problems.push(`${where}: quote not found verbatim`);
          continue;
        }
        // Attribution check: the speaker's surname must appear near the quote in the seed.
        const surname = position.name.en.split(' ').at(-1) ?? position.name.en;
        const at = found.text.indexOf(pieces[0]!);
        const around = found.text.slice(Math.max(0, at - 700), at + (pieces.join(' ').length + 700));
        if (!around.includes(surname)) problems.push(`${where}: "${surname}" does not appear near the quote`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('rejects a malformed copy of a real entry, naming the entry and the field', () => {
    const broken = structuredClone(budapestMemorandum) as Record<string, unknown>;
    broken.aliases = [{ text: 'Budapest Memorandum', lang: 'xx' }];
    broken.lastReviewed = '2026-02-30';
    expect(() => parseKb([broken])).toThrow(/budapest-memorandum: aliases\.0\.lang: /);
    expect(() => parseKb([broken])).toThrow(/budapest-memorandum: lastReviewed: is not a real calendar date/);
  });
});
