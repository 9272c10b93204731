import { describe, expect, it } from 'vitest';
import { KB } from '../../data/kb';
import type { KbEntry, LocalText } from '../../data/schema';

/**
 * Words that stay Latin inside Ukrainian prose: brand and outlet names, acronyms and
 * weapon designations as Ukrainian media print them. Anything else Latin-only in a `uk`
 * field is English left behind.
 */
const LATIN_ALLOWED = new Set(
  [
    'monobank',
    'For Nukes',
    'Kontekst',
    'Research Solutions',
    'hromadske',
    'HIMARS',
    'ATACMS',
    'Storm Shadow',
    'SCALP',
    'SCALP-EG',
    'Taurus',
    'Patriot',
    'F-16',
    'FPV',
    'Leopard',
    'Leopard 2',
    'Shahed',
    'Geran',
    'G7',
    'Ramstein',
    'Euroclear',
  ].map((s) => s.toLowerCase()),
);

/** Every `uk` text of an entry, with where it is. */
function ukrainianFields(entry: KbEntry): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  const add = (where: string, text: LocalText | undefined) => text && out.push({ where, text: text.uk });
  add('title', entry.title);
  add('summary', entry.summary);
  entry.background.forEach((p, i) => add(`background.${i}`, p));
  add('whyNow.text', entry.whyNow?.text);
  entry.timeline.forEach((t, i) => add(`timeline.${i}`, t.text));
  entry.roles?.forEach((r, i) => add(`roles.${i}.title`, r.title));
  entry.positions.forEach((p, i) => {
    for (const field of ['name', 'role', 'side', 'stance', 'paraphrase'] as const) add(`positions.${i}.${field}`, p[field]);
    if (p.quote && p.quote.lang !== 'uk' && p.quote.translation?.uk) out.push({ where: `positions.${i}.quote.translation`, text: p.quote.translation.uk });
  });
  return out;
}

const CYRILLIC = /[\u0400-\u04ff]/u;

describe('Ukrainian cards', () => {
  it('write every reader-facing field in Ukrainian: no Latin-only prose outside names and acronyms', () => {
    const english: string[] = [];
    for (const entry of KB)
      for (const { where, text } of ukrainianFields(entry))
        if (!CYRILLIC.test(text) && !text.split(/\s*\/\s*/u).every((part) => LATIN_ALLOWED.has(part.trim().toLowerCase())))
          english.push(`${entry.id}: ${where}.uk: "${text.slice(0, 60)}"`);
    expect(english).toEqual([]);
  });

  it('never leave a sentence of English inside Ukrainian prose', () => {
    // Titles of works stay as published, in quotation marks; outside them, four Latin words in
    // a row with lower-case ones among them are an English sentence ("The New York Times" is a name).
    const runs: string[] = [];
    for (const entry of KB)
      for (const { where, text } of ukrainianFields(entry)) {
        const unquoted = text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/gu, ' ');
        for (const run of unquoted.match(/(?:\b[A-Za-z][A-Za-z’'-]*\b[ ,]+){3,}\b[A-Za-z][A-Za-z’'-]*\b/gu) ?? [])
          if ((run.match(/\b[a-z]/gu) ?? []).length >= 2) runs.push(`${entry.id}: ${where}.uk: "${run.trim()}"`);
      }
    expect(runs).toEqual([]);
  });
});
