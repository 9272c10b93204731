import { parseKb, type KbEntry } from './schema';
import core from './catalog/core';
import people_ukraine from './catalog/people-ukraine';
import people_russia_region from './catalog/people-russia-region';
import people_west_1 from './catalog/people-west-1';
import people_west_2 from './catalog/people-west-2';
import institutions from './catalog/institutions';
import agreements_concepts from './catalog/agreements-concepts';
import events from './catalog/events';
import places_weapons from './catalog/places-weapons';
import people_more from './catalog/people-more';

/**
 * The knowledge base, validated once at module load. A malformed entry throws here with the
 * entry id and field in the message, so a bad edit fails every test and build at once.
 * To add an entry: create `entries/<id>.ts` and list it in one of `catalog/*.ts`
 * (see docs/adding-an-entry.md).
 */
export const KB: readonly KbEntry[] = withPositionsOnPersons(parseKb([
  ...core,
  ...people_ukraine,
  ...people_russia_region,
  ...people_west_1,
  ...people_west_2,
  ...institutions,
  ...agreements_concepts,
  ...events,
  ...places_weapons,
  ...people_more,
]));

/**
 * A person's card shows every view the KB attributes to them: their own entry's positions
 * and those written on other entries (an event, an agreement) with their `personId`.
 */
function withPositionsOnPersons(entries: KbEntry[]): KbEntry[] {
  const byPerson = new Map<string, KbEntry['positions']>();
  for (const entry of entries)
    for (const position of entry.positions)
      if (position.personId && position.personId !== entry.id)
        byPerson.set(position.personId, [...(byPerson.get(position.personId) ?? []), position]);
  return entries.map((entry) => {
    const elsewhere = entry.kind === 'person' ? (byPerson.get(entry.id) ?? []) : [];
    const own = new Set(entry.positions.map((p) => p.stance.en));
    const added = elsewhere.filter((p) => !own.has(p.stance.en) && own.add(p.stance.en));
    return added.length ? { ...entry, positions: [...entry.positions, ...added] } : entry;
  });
}

export const KB_BY_ID: ReadonlyMap<string, KbEntry> = new Map(KB.map((entry) => [entry.id, entry]));
