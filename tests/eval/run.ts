/**
 * `npm run eval`: recall and wrong cards of the real matcher over the labelled paragraphs,
 * per language and per entry, then every miss, wrong card and unlabelled extra span.
 * A report: the floors live in tests/unit/eval-floor.test.ts.
 *
 *   npm run eval                   the full report
 *   npm run eval -- --lang uk      one language
 *   npm run eval -- --no-extras    leave out unlabelled spans
 */
import { KB } from '../../data/kb';
import { EVAL_CASES } from './cases';
import { type EvalReport, type Tally, recall, runEval } from './score';

const argv = process.argv.slice(2);
const lang = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined;
const cases = EVAL_CASES.filter((c) => !lang || c.lang === lang);
const report: EvalReport = runEval(KB, cases);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const row = (name: string, t: Tally) =>
  `${name.padEnd(36)} ${String(t.paragraphs || '').padStart(5)} ${String(t.traps || '').padStart(5)} ${`${t.found}/${t.labels}`.padStart(9)} ${pct(recall(t)).padStart(7)} ${String(t.wrong).padStart(6)} ${String(t.pending || '').padStart(8)}`;
const header = `${''.padEnd(36)} ${'paras'.padStart(5)} ${'traps'.padStart(5)} ${'found'.padStart(9)} ${'recall'.padStart(7)} ${'wrong'.padStart(6)} ${'pending'.padStart(8)}`;

console.log(`Eval: ${cases.length} paragraphs, ${report.total.traps} traps, KB of ${KB.length} entries\n`);
console.log(header);
for (const [name, t] of [...report.byLang].sort()) console.log(row(name, t));
console.log(row('all', report.total));

console.log(`\nPer entry\n${header}`);
for (const [name, t] of [...report.byEntry].sort((a, b) => recall(a[1]) - recall(b[1]) || b[1].wrong - a[1].wrong || a[0].localeCompare(b[0])))
  console.log(row(name, t));

const show = (s: string) => s.replace(/\s+/g, ' ');
const misses = report.results.filter((r) => r.misses.length);
console.log(`\nMisses (${misses.reduce((n, r) => n + r.misses.length, 0)})`);
for (const r of misses) {
  console.log(`  ${r.case.id}: ${r.misses.map((m) => `${m.entryId} "${m.phrase}"`).join('; ')}`);
  console.log(`      ${show(r.case.text)}`);
  if (r.spans.length) console.log(`      found: ${r.spans.map((s) => `${s.entryId} "${show(s.text)}"`).join('; ')}`);
}
const wrong = report.results.filter((r) => r.wrong.length);
console.log(`\nWrong cards (${report.total.wrong})`);
for (const r of wrong) {
  const spans = r.spans.filter((s) => r.wrong.includes(s.entryId));
  console.log(`  ${r.case.id}: ${spans.map((s) => `${s.entryId} on "${show(s.text)}"`).join('; ')}`);
  console.log(`      ${show(r.case.text)}`);
}
if (!argv.includes('--no-extras')) {
  const extras = report.results.filter((r) => r.extras.length);
  console.log(`\nUnlabelled extra spans (${extras.reduce((n, r) => n + r.extras.length, 0)}): not scored, worth a look`);
  for (const r of extras) console.log(`  ${r.case.id}: ${r.extras.map((s) => `${s.entryId} "${show(s.text)}"`).join('; ')}`);
}
if (report.badLabels.length) {
  console.log(`\nLabelling errors (${report.badLabels.length})`);
  for (const line of report.badLabels) console.log(`  ${line}`);
  process.exitCode = 1;
}
