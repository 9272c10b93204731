// Matcher throughput benchmark (Node). Run: node scripts/bench-matcher.mjs
// Bundles core/matcher and data/kb.ts with esbuild, then prints MB/s (UTF-16 text, 1 MB = 2^20
// code units) for the shipped KB, a naive regex-per-alias loop, one combined regex, a synthetic
// 10,000-alias KB, and pathological inputs. Page text comes from ../shared/corpus (tags
// stripped, split into blocks like the content script's) plus ../shared/seeds.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const MB = 1 << 20;

async function loadModules() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-matcher-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export * from ${JSON.stringify(join(root, 'core/matcher/index.ts'))};\nexport { KB } from ${JSON.stringify(join(root, 'data/kb.ts'))};\n`,
  );
  const outfile = join(dir, 'bundle.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  const mod = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'section', 'article', 'header', 'footer', 'blockquote', 'figcaption', 'br', 'ul', 'ol', 'table', 'tr']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'svg', 'template']);

/** Rough text blocks of an HTML page, in one linear pass over its tags. */
function htmlBlocks(html) {
  const blocks = [];
  let current = '';
  let skipping = null;
  let last = 0;
  const tag = /<(\/?)([a-zA-Z][\w-]*)[^>]*>|<!--[\s\S]*?-->/g;
  const flush = () => {
    if (/\S/.test(current)) blocks.push(current.replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&').replace(/&#?\w+;/g, ' '));
    current = '';
  };
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!skipping) current += html.slice(last, m.index);
    last = tag.lastIndex;
    const name = (m[2] ?? '').toLowerCase();
    if (skipping) {
      if (m[1] && name === skipping) skipping = null;
    } else if (SKIPPED.has(name) && !m[1]) skipping = name;
    else if (BLOCK_TAGS.has(name)) flush();
  }
  current += html.slice(last);
  flush();
  return blocks;
}

function corpusBlocks() {
  const pages = join(shared, 'corpus', 'pages');
  const blocks = readdirSync(pages).flatMap((f) => htmlBlocks(readFileSync(join(pages, f), 'utf8')));
  for (const f of readdirSync(join(shared, 'seeds'))) blocks.push(...readFileSync(join(shared, 'seeds', f), 'utf8').split('\n'));
  return blocks;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/**
 * Median wall-clock and CPU ms of `runs` runs of `fn`, after one warm-up run. CPU time
 * (process.cpuUsage) is the steadier number on a shared, loaded machine.
 */
function time(fn, runs = 5) {
  fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const units = (blocks) => blocks.reduce((n, b) => n + b.length, 0);
const rate = (blocks, ms) => ((units(blocks) / MB / ms) * 1000).toFixed(1).padStart(8);
const ms = (t) => `${t.wall.toFixed(2).padStart(9)} ms wall ${t.cpu.toFixed(2).padStart(9)} ms cpu`;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const aliasPattern = (text) => `(?<![\\p{L}\\p{N}])${escape(text).replace(/[\s-]+/g, '[\\s\\p{Pd}]+')}(?![\\p{L}\\p{N}])`;

function row(label, blocks, t, extra = '') {
  console.log(`${label.padEnd(46)} ${rate(blocks, t.cpu)} MB/s (cpu) ${rate(blocks, t.wall)} MB/s (wall) ${ms(t)}  ${extra}`);
}

async function main() {
  const { compileMatcher, syntheticKb, KB } = await loadModules();
  const blocks = corpusBlocks();
  console.log(`corpus: ${blocks.length} blocks, ${(units(blocks) / MB).toFixed(2)} MB of text; KB: ${KB.length} entries\n`);

  let checksum = 0;
  row('bare read (charCodeAt over every unit)', blocks, time(() => {
    let sum = 0;
    for (const b of blocks) for (let i = 0; i < b.length; i++) sum = (sum + b.charCodeAt(i)) | 0;
    checksum ^= sum;
  }));

  const compileMs = time(() => compileMatcher(KB), 20);
  const matcher = compileMatcher(KB);
  let hits = 0;
  const shippedMs = time(() => {
    hits = 0;
    for (const b of blocks) hits += matcher.findTermSpans(b).length;
  });
  row(`kontekst, shipped KB (${matcher.aliasCount} aliases)`, blocks, shippedMs, `${hits} spans`);
  console.log(`${'  compile, shipped KB'.padEnd(46)} ${ms(compileMs)}`);

  // The regex baselines are slow, so they run on a sample of blocks (MB/s is per unit of text).
  const sample = blocks.filter((_, i) => i % 10 === 0);
  const smallSample = blocks.filter((_, i) => i % 200 === 0);
  const aliasTexts = KB.flatMap((e) => e.aliases.map((a) => a.text));
  const perAlias = aliasTexts.map((t) => new RegExp(aliasPattern(t), 'giu'));
  row('naive: one regex per alias (10% sample)', sample, time(() => {
    for (const b of sample) for (const re of perAlias) for (re.lastIndex = 0; re.exec(b); ) checksum++;
  }, 1));

  const combined = new RegExp([...aliasTexts].sort((a, b) => b.length - a.length).map(aliasPattern).join('|'), 'giu');
  row('one combined regex (0.5% sample)', smallSample, time(() => {
    for (const b of smallSample) for (combined.lastIndex = 0; combined.exec(b); ) checksum++;
  }, 1));

  const synthetic = syntheticKb(10_000);
  const syntheticCompile = time(() => compileMatcher(synthetic), 5);
  const big = compileMatcher(synthetic);
  row(`kontekst, synthetic KB (${big.aliasCount} aliases)`, blocks, time(() => {
    for (const b of blocks) big.findTermSpans(b);
  }));
  console.log(`${'  compile, synthetic KB'.padEnd(46)} ${ms(syntheticCompile)}`);

  console.log('\npathological inputs, 1 MB each, one block, shipped KB:');
  const oneMb = (piece) => piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB);
  const binary = String.fromCharCode(...Array.from({ length: 65536 }, (_, i) => (i * 7919) % 65536)).repeat(16);
  const cases = [
    ['one letter', oneMb('a')],
    ['near-misses "Budapes "', oneMb('Budapes ')],
    ['first word only "Budapest "', oneMb('Budapest ')],
    ['every word a term "NATO "', oneMb('NATO ')],
    ['ambiguous alias "Crimea "', oneMb('Crimea ')],
    ['typo candidates "Zelenskky "', oneMb('Zelenskky ')],
    ['binary-looking code units', binary],
  ];
  for (const [label, text] of cases) row(`  ${label}`, [text], time(() => matcher.findTermSpans(text), 3));
  if (checksum === 0.5) console.log(checksum);
}

await main();
