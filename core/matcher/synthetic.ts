/** A deterministic synthetic KB of any size, for benchmarks and scale tests. */
import type { Lang, MatchEntry } from '../../data/schema';

const LATIN = ['ka', 'lo', 'mir', 'te', 'vo', 'ran', 'du', 'pel', 'sto', 'ber', 'an', 'gri', 'zo', 'nek', 'ul', 'fa', 'shen', 'tor'];
const CYRILLIC = ['ка', 'ло', 'мир', 'те', 'во', 'ран', 'ду', 'пел', 'сто', 'бер', 'ан', 'гри', 'зо', 'нек', 'ул', 'фа'];
const LANGS: readonly Lang[] = ['en', 'uk', 'de', 'pl', 'ru'];
const ALIASES_PER_ENTRY = 4;

/** A small linear congruential generator: the same n always gives the same KB. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function makeWord(random: () => number, syllables: readonly string[]): string {
  const count = 2 + Math.floor(random() * 3);
  let word = '';
  for (let i = 0; i < count; i++) word += syllables[Math.floor(random() * syllables.length)];
  return random() < 0.6 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function makeAlias(random: () => number, lang: Lang): string {
  const syllables = lang === 'uk' || lang === 'ru' ? CYRILLIC : LATIN;
  const words = 1 + Math.floor(random() * 3);
  return Array.from({ length: words }, () => makeWord(random, syllables)).join(random() < 0.1 ? '-' : ' ');
}

/** Builds entries holding `n` aliases in total, in several languages, some ambiguous. */
export function syntheticKb(n: number): MatchEntry[] {
  const random = generator(n + 1);
  const entries: MatchEntry[] = [];
  for (let made = 0, e = 0; made < n; e++) {
    const count = Math.min(ALIASES_PER_ENTRY, n - made);
    const aliases = Array.from({ length: count }, (_, i) => {
      const lang = LANGS[(e + i) % LANGS.length]!;
      return { text: makeAlias(random, lang), lang, ...(i === 3 ? { ambiguous: true } : {}) };
    });
    made += count;
    entries.push({
      id: `synthetic-${e}`,
      kind: 'concept',
      aliases,
      disambiguation: { anyOf: [makeWord(random, LATIN)], noneOf: [], window: 250 },
    });
  }
  return entries;
}
