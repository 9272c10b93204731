import { createSearchIndex, syntheticSearchEntries } from '../../core/search';
const entries = syntheticSearchEntries(10000);
let t = performance.now();
const index = createSearchIndex(entries);
console.log('build ms', (performance.now() - t).toFixed(1));
// Queries typed keystroke by keystroke, from real synthetic names, typos, Cyrillic and misses.
const sources = [entries[17]!.title, entries[4242]!.aliases[1]!.text, 'weimar trinagle', 'будапештский меморандум', 'Zelenskiy', 'article 5', 'peacekeepers', 'security guarantee', 'xqzvw', 'kalomi nerato', entries[9000]!.title.slice(0, 6) + 'x'];
const times: number[] = [];
for (let round = 0; round < 3; round++)
  for (const s of sources) for (let i = 1; i <= s.length; i++) {
    const q = s.slice(0, i);
    const t0 = performance.now(); index.search(q, 20); times.push(performance.now() - t0);
  }
times.sort((a, b) => a - b);
const p = (x: number) => times[Math.min(times.length - 1, Math.floor(x * times.length))]!.toFixed(2);
console.log('queries', times.length, 'p50', p(0.5), 'p95', p(0.95), 'p99', p(0.99), 'max', times.at(-1)!.toFixed(2));
const slow: Array<[string, number]> = [];
for (const s of sources) for (let i = 1; i <= s.length; i++) {
  const q = s.slice(0, i);
  const t0 = performance.now(); const r = index.search(q, 20); const dt = performance.now() - t0;
  if (dt > 8) slow.push([`${q} (${r.length}, ${r[0]?.matchedIn})`, Math.round(dt)]);
}
console.log(slow);
