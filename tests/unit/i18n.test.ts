import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, fillSubstitutions, flattenMessages, lookupIn, message } from '../../core/i18n';
import en from '../../locales/en.json';
import uk from '../../locales/uk.json';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES = { en, uk } as const;
const english = createTranslator(lookupIn(en));
const ukrainian = createTranslator(lookupIn(uk));

/** Message names of a locale, with each plural group ("card_showAllEvents") set apart with its forms. */
function shape(messages: object) {
  const flat = flattenMessages(messages);
  const plural = new Map<string, string[]>();
  const simple = new Set<string>();
  const CATEGORIES = /^(.*)_(zero|one|two|few|many|other)$/;
  for (const name of flat.keys()) {
    const [, group, form] = CATEGORIES.exec(name) ?? [];
    if (group && form) plural.set(group, [...(plural.get(group) ?? []), form].sort());
    else simple.add(name);
  }
  return { flat, plural, simple };
}

const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]|%s/g) ?? [])].sort();

describe('locale files', () => {
  const base = shape(en);

  it('name their own language', () => {
    for (const [lang, messages] of Object.entries(LOCALES)) expect(messages.meta.lang).toBe(lang);
    expect(readdirSync(path.join(ROOT, 'locales')).sort()).toEqual(['en.json', 'uk.json']);
  });

  it.each(Object.entries(LOCALES))('%s has every English key and no other', (_lang, messages) => {
    const { simple, plural } = shape(messages);
    expect([...simple].sort()).toEqual([...base.simple].sort());
    expect([...plural.keys()].sort()).toEqual([...base.plural.keys()].sort());
  });

  it.each(Object.entries(LOCALES))('%s gives each plural message exactly the forms its language has', (lang, messages) => {
    const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
    for (const [group, forms] of shape(messages).plural) expect({ group, forms }).toEqual({ group, forms: categories });
  });

  it.each(Object.entries(LOCALES))('%s keeps every placeholder of the English message, and adds none', (_lang, messages) => {
    for (const [name, text] of shape(messages).flat) {
      const group = /^(.*)_(?:zero|one|two|few|many|other)$/.exec(name)?.[1];
      const source = base.flat.get(name) ?? base.flat.get(`${group}_other`) ?? '';
      expect({ name, placeholders: placeholders(text) }).toEqual({ name, placeholders: placeholders(source) });
      expect(text.trim(), name).not.toBe('');
    }
  });

  it('use names browser.i18n accepts, distinct even ignoring case (as browsers compare them)', () => {
    const names = [...base.flat.keys()];
    expect(names.filter((name) => !/^[A-Za-z0-9_]+$/.test(name))).toEqual([]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it('keep the manifest description within the Chrome Web Store’s 132 characters', () => {
    for (const messages of Object.values(LOCALES)) expect(messages.manifest.description.length).toBeLessThanOrEqual(132);
  });

  it('have no key the code never uses', () => {
    const source = ['components', 'core', 'entrypoints', 'utils']
      .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(ROOT, dir, file)))
      .filter((file) => /\.tsx?$/.test(file))
      .concat(path.join(ROOT, 'wxt.config.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const used = (name: string) => {
      const key = name.replaceAll('_', '.');
      const group = key.replace(/\.(one|other)$/, '');
      return [key, group].some((k) => source.includes(`'${k}'`)) || source.includes(`__MSG_${name}__`);
    };
    expect([...base.flat.keys()].filter((name) => !used(name))).toEqual([]);
  });
});

describe('plural forms', () => {
  it.each([
    [101, 'Показати всі 101 подію'],
    [4, 'Показати всі 4 події'],
    [5, 'Показати всі 5 подій'],
    [11, 'Показати всі 11 подій'],
    [12, 'Показати всі 12 подій'],
    [21, 'Показати всі 21 подію'],
    [22, 'Показати всі 22 події'],
    [25, 'Показати всі 25 подій'],
    [111, 'Показати всі 111 подій'],
    [104, 'Показати всі 104 події'],
  ])('Ukrainian: %i → %s', (count, text) => {
    expect(ukrainian.plural('card.showAllEvents', count)).toBe(text);
  });

  it('English: one and other', () => {
    expect(english.plural('popup.onThisPageCount', 1)).toBe('On this page · 1 term');
    expect(english.plural('popup.onThisPageCount', 0)).toBe('On this page · 0 terms');
    expect(english.plural('popup.onThisPageCount', 21)).toBe('On this page · 21 terms');
  });

  it('falls back to the "other" form when a language lacks the one asked for', () => {
    const onlyOther = createTranslator(lookupIn({ meta: { lang: 'uk' }, card: { showAllEvents: { other: 'усі $1' } } }));
    expect(onlyOther.plural('card.showAllEvents', 3)).toBe('усі 3');
  });
});

describe('translation', () => {
  it('fills substitutions as browser.i18n does, $$ being a dollar', () => {
    expect(fillSubstitutions('$2 item $1', ['a', 'b'])).toBe('b item a');
    expect(fillSubstitutions('costs $$1', ['x'])).toBe('costs $1');
    expect(fillSubstitutions('“$1”', ['exa$1mple'])).toBe('“exa$1mple”');
  });

  it('translates nested messages, as core/ composes them', () => {
    const rejected = message('import.rejected', message('import.item', 'muted', 1), message('import.problem.entryId'));
    expect(english.message(rejected)).toBe('Not imported: muted item 1 must be an entry id.');
    expect(ukrainian.message(rejected)).toBe('Не імпортовано: елемент 1 у muted має бути ідентифікатором запису.');
  });

  it('shows a missing message as its key, never as an empty string', () => {
    const empty = createTranslator(lookupIn({}));
    expect(empty.lang).toBe('en');
    expect(empty.t('card.close')).toBe('card.close');
  });
});
