/**
 * The strict validation of an imported settings file: unlike stored settings, which fall
 * back field by field, a file with any problem changes nothing and says what is wrong.
 */
import * as z from 'zod/mini';
import { message, type KeyWith, type Message } from './i18n';
import { settingsFromStored, type Settings } from './settings';
import { CARD_LANGUAGES, DENSITIES, MARK_STYLES, THEMES } from './settings-choices';
import { siteKeyFromInput } from './site-input';

/** A stored site key exactly as `siteKeyFromInput` would produce it ("example.com", not a URL). */
const isSiteKey = (value: string) => {
  const parsed = siteKeyFromInput(value);
  return parsed.ok && parsed.key === value;
};

const PROBLEM_KEYS = new Set<string>();
/** A rule's zod message is a UI-string key, so the options page shows it in the reader's language. */
function problem(key: KeyWith<0>) {
  PROBLEM_KEYS.add(key);
  return { error: key };
}
const isProblemKey = (text: string): text is KeyWith<0> => PROBLEM_KEYS.has(text);

/** Validates an imported settings file strictly: a bad file changes nothing. */
export const SettingsImport = z.object({
  kontekst: z.literal('settings', problem('import.noMarker')),
  version: z.number(problem('import.noVersion')),
  settings: z.strictObject(
    {
      paused: z.optional(z.boolean(problem('import.problem.boolean'))),
      disabledSites: z.optional(
        z.array(z.string().check(z.refine(isSiteKey, problem('import.problem.site'))), problem('import.problem.sites')),
      ),
      density: z.optional(z.enum(DENSITIES, problem('import.problem.density'))),
      muted: z.optional(z.array(z.string(problem('import.problem.entryId')), problem('import.problem.entryIds'))),
      theme: z.optional(z.enum(THEMES, problem('import.problem.theme'))),
      cardLanguage: z.optional(z.enum(CARD_LANGUAGES, problem('import.problem.cardLanguage'))),
      markStyle: z.optional(z.enum(MARK_STYLES, problem('import.problem.markStyle'))),
    },
    problem('import.problem.object'),
  ),
});

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: Message };

/** Reads an exported settings file; on any problem, says which field and why. */
export function parseSettingsImport(json: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: message('import.notJson', (error as Error).message) };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: message('import.notSettings') };
  const result = SettingsImport.safeParse(raw);
  if (!result.success) return { ok: false, error: describeIssue(result.error.issues[0]) };
  return { ok: true, settings: settingsFromStored(result.data.settings) };
}

function describeIssue(issue: z.core.$ZodIssue | undefined): Message {
  if (!issue) return message('import.notSettings');
  if (issue.code === 'unrecognized_keys') return message('import.unknownSettings', issue.keys.join(', '));
  if (!isProblemKey(issue.message)) return message('import.notSettings');
  if (issue.path[0] !== 'settings') return message(issue.message);
  // "settings.disabledSites.2" reads as "disabledSites item 3" to a person.
  const [, field = 'settings', index] = issue.path;
  const where = typeof index === 'number' ? message('import.item', String(field), index + 1) : String(field);
  return message('import.rejected', where, message(issue.message));
}
