/**
 * Compares the matcher's hand-written inflection (core/matcher/inflection.ts) with stemming
 * libraries applied at build time: each alias word of a declining language gets the
 * library's stem as an explicit `stems` entry (what a build step would write into the
 * matching index), and the matcher runs on the case table and the eval with each KB.
 * Ukrainian person names are also tried with the declension library's case forms listed
 * as exact aliases. Results are in docs/matcher.md; the libraries are not dependencies:
 *
 *   npm i --no-save snowball-stemmers @nlpjs/lang-uk @nlpjs/lang-pl shevchenko
 *   npx vite-node scripts/compare-stemmers.ts
 */
import { compileMatcher } from '../core/matcher';
import { normalizeText } from '../core/normalize';
import { KB } from '../data/kb';
import type { Alias, KbEntry } from '../data/schema';
import { matchIndexOf } from '../core/match-index-build';
import { EVAL_CASES } from '../tests/eval/cases';
import { recall, runEval } from '../tests/eval/score';
import { CASES, PAGE_CASES } from '../tests/unit/matcher/cases';

type Stem = (word: string) => string;
const load = (name: string): Promise<any> => import(/* @vite-ignore */ name); // eslint-disable-line @typescript-eslint/no-explicit-any

async function stemmers(): Promise<Partial<Record<Alias['lang'], Stem>>> {
  const snowball = await load('snowball-stemmers');
  const { StemmerUk } = await load('@nlpjs/lang-uk');
  const { StemmerPl } = await load('@nlpjs/lang-pl');
  const ru = snowball.newStemmer('russian');
  const de = snowball.newStemmer('german');
  const uk = new StemmerUk();
  const pl = new StemmerPl();
  return { ru: (w) => ru.stem(w), de: (w) => de.stem(w), uk: (w) => uk.stem(w), pl: (w) => pl.stem(w) };
}

/** The KB with library stems on every alias word (`all`) or only where the KB gives none. */
function withLibraryStems(stem: Partial<Record<Alias['lang'], Stem>>, all: boolean): KbEntry[] {
  return KB.map((entry) => ({
    ...entry,
    aliases: entry.aliases.map((alias) => {
      const library = stem[alias.lang];
      if (!library || alias.caseSensitive || alias.inflect === false || (alias.stems && !all)) return alias;
      const words = alias.text.split(' ');
      const stems = words.map((word) => {
        const s = library(word.toLowerCase());
        // A stem must be a prefix of its word (the matcher's contract); else keep the word.
        return normalizeText(word).startsWith(normalizeText(s)) && s.length >= 2 ? word.slice(0, s.length) : word;
      });
      return { ...alias, stems };
    }),
  }));
}

/** Ukrainian people with the declension library's case forms as exact aliases. */
async function withNameForms(): Promise<KbEntry[]> {
  const shevchenko = await load('shevchenko');
  const cases = ['inGenitive', 'inDative', 'inAccusative', 'inAblative', 'inLocative', 'inVocative'];
  return Promise.all(
    KB.map(async (entry) => {
      if (entry.kind !== 'person') return entry;
      const extra: Alias[] = [];
      for (const alias of entry.aliases) {
        const words = alias.text.split(' ');
        if (alias.lang !== 'uk' || words.length > 2) continue;
        const [givenName, familyName] = words.length === 2 ? words : [undefined, words[0]];
        const gender = await shevchenko.detectGender({ givenName, familyName }).catch(() => null);
        if (!gender) continue;
        for (const c of cases) {
          const form = await shevchenko[c]({ gender, givenName, familyName }).catch(() => null);
          if (form) extra.push({ text: [form.givenName, form.familyName].filter(Boolean).join(' '), lang: 'uk', inflect: false });
        }
      }
      return { ...entry, aliases: [...entry.aliases, ...extra] };
    }),
  );
}

/** Inflected forms a reader meets (entry id) and look-alikes that must stay unmarked (null). */
const FORMS: Array<[string, string | null]> = [
  ['Будапештського меморандуму', 'budapest-memorandum'], ['Будапештським меморандумом', 'budapest-memorandum'],
  ['Будапештском меморандуме', 'budapest-memorandum'], ['Budapester Memorandums', 'budapest-memorandum'],
  ['memorandum budapeszteńskiego', 'budapest-memorandum'], ['memorandum budapeszteńskim', 'budapest-memorandum'],
  ['Мінських угод', 'minsk-agreements'], ['Мінськими домовленостями', 'minsk-agreements'], ['Минских соглашений', 'minsk-agreements'],
  ['Минскими договоренностями', 'minsk-agreements'], ['porozumień mińskich', 'minsk-agreements'], ['Minsker Vereinbarung', 'minsk-agreements'],
  ['миротворців', 'peacekeepers'], ['миротворцами', 'peacekeepers'], ['миротворческого контингента', 'peacekeepers'],
  ['sił pokojowych', 'peacekeepers'], ['misji pokojowej', 'peacekeepers'], ['Friedenstruppen', 'peacekeepers'],
  ['Веймарського трикутника', 'weimar-triangle'], ['Веймарском треугольнике', 'weimar-triangle'], ['Weimarer Dreiecks', 'weimar-triangle'],
  ['гарантій безпеки', 'security-guarantees'], ['гарантиями безопасности', 'security-guarantees'], ['gwarancjami bezpieczeństwa', 'security-guarantees'],
  ['Sicherheitsgarantien', 'security-guarantees'], ['ядерної парасольки', 'nuclear-umbrella'], ['ядерным зонтиком', 'nuclear-umbrella'],
  ['parasola nuklearnego', 'nuclear-umbrella'], ['Зеленського', 'volodymyr-zelenskyy'], ['Зеленським', 'volodymyr-zelenskyy'],
  ['Зеленскому', 'volodymyr-zelenskyy'], ['Zełenskiego', 'volodymyr-zelenskyy'], ['Гороховського', 'oleh-gorokhovsky'],
  ['Лаврову', 'sergey-lavrov'], ['Ławrowem', 'sergey-lavrov'], ['Портнікова', 'vitaliy-portnikov'], ['повномасштабного вторгнення', 'full-scale-invasion'],
  ['pełnoskalowej inwazji', 'full-scale-invasion'], ['сфері впливу', 'sphere-of-influence'], ['strefie wpływów', 'sphere-of-influence'],
  ['мирної угоди', 'peace-deal'], ['мирного договору', 'peace-deal'], ['нейтралітету', 'neutral-status'],
  ['Зеленська', 'olena-zelenska'], ['Зеленської', 'olena-zelenska'], ['Zełenskiej', 'olena-zelenska'], ['Будапештська', null], ['миротворчість', null], ['Minsker', null],
];

function formScore(kb: KbEntry[]): string {
  const matcher = compileMatcher(matchIndexOf(kb));
  let ok = 0;
  const failed: string[] = [];
  // Context words so ambiguous aliases can pass; the form itself is what is scored.
  for (const [form, id] of FORMS) {
    const text = `Kyiv, Ukraine, Russia, NATO, war: ${form}.`;
    const at = text.indexOf(form);
    const hit = matcher.findTermSpans(text).find((s) => s.start <= at && s.end >= at + form.length);
    if (id === null ? !matcher.findTermSpans(text).some((s) => s.start >= at) : hit?.entryId === id) ok++;
    else failed.push(form);
  }
  if (process.argv.includes('--failed')) console.log(`  missed: ${failed.join(', ')}`);
  return `forms ${ok}/${FORMS.length}`;
}

function score(name: string, kb: KbEntry[]): void {
  const matcher = compileMatcher(matchIndexOf(kb));
  const table = [...CASES, ...PAGE_CASES];
  let exact = 0;
  for (const c of table) {
    const page = c.page ? matcher.preparePage(c.page) : undefined;
    const got = matcher.findTermSpans(c.text, page).map((s) => ({ entryId: s.entryId, text: c.text.slice(s.start, s.end) }));
    if (JSON.stringify(got) === JSON.stringify(c.expected)) exact++;
  }
  const evalReport = runEval(kb, EVAL_CASES, matcher);
  const t = evalReport.total;
  console.log(
    `${name.padEnd(44)} ${formScore(kb)}   case table ${exact}/${table.length}   eval recall ${(100 * recall(t)).toFixed(1)}% (${t.found}/${t.labels}), wrong ${t.wrong}, extras ${evalReport.results.reduce((n, r) => n + r.extras.length, 0)}`,
  );
}

const stem = await stemmers();
score('hand-written inflection (shipped)', [...KB]);
score('library stems where the KB gives none', withLibraryStems(stem, false));
score('library stems on every word', withLibraryStems(stem, true));
score('hand-written + declension library (uk names)', await withNameForms());
