/**
 * The settings' zod schemas: the contract for what is stored (`Settings`, whose type the
 * whole extension uses) and for an edit sent to the settings' one writer (`SettingsEdit`).
 * The content script does not bundle zod: it reads storage through `settingsFromStored` in
 * settings.ts, which a property test holds equal to `Settings.safeParse` on any value. An
 * imported settings file is validated in settings-import.ts.
 */
import * as z from 'zod/mini';
import { CARD_LANGUAGES, DENSITIES, MARK_STYLES, THEMES } from './settings-choices';

export const Density = z.enum(DENSITIES);
export const Theme = z.enum(THEMES);

/**
 * Every field falls back on its own, so one corrupt field never costs the reader the
 * rest of their settings (e.g. a bad `theme` keeps their disabled-site list).
 */
export const Settings = z.object({
  /** Global pause: no annotation anywhere. */
  paused: z.catch(z._default(z.boolean(), false), false),
  /** Site keys (see core/site-key.ts) where annotation is off. */
  disabledSites: z.catch(z._default(z.array(z.string()), []), []),
  /** Paint every mention, or only the first mention of each term per page. */
  density: z.catch(z._default(Density, 'all'), 'all'),
  /** Entry ids the reader chose to hide. */
  muted: z.catch(z._default(z.array(z.string()), []), []),
  theme: z.catch(z._default(Theme, 'auto'), 'auto'),
  /** The card language; 'auto' follows the browser's UI language. */
  cardLanguage: z.catch(z._default(z.enum(CARD_LANGUAGES), 'auto'), 'auto'),
  /** How painted terms look (underline, soft background, or only on the hovered paragraph). */
  markStyle: z.catch(z._default(z.enum(MARK_STYLES), 'background'), 'background'),
});

/** The settings a reader picks from a fixed set of values (switches and choice groups). */
export const SettingsChoices = z.partial(
  z.object({ paused: z.boolean(), density: Density, theme: Theme, cardLanguage: z.enum(CARD_LANGUAGES), markStyle: z.enum(MARK_STYLES) }),
);

/**
 * One change to the settings, as data: every part of Kontekst sends these to the settings'
 * one writer (utils/settings-owner.ts), which applies them in order with
 * `applySettingsEdit` (core/settings-edits.ts), so two edits made at once both survive.
 */
export const SettingsEdit = z.discriminatedUnion('kind', [
  /** The switch for a site (popup, card footer): off for it, or on again, parents included. */
  z.object({ kind: z.literal('site'), key: z.string(), enabled: z.boolean() }),
  /** The keyboard shortcut: the site's switch flipped. */
  z.object({ kind: z.literal('toggle-site'), key: z.string() }),
  /** The options page's list of sites that are off: exactly this entry added or removed. */
  z.object({ kind: z.literal('list-site'), key: z.string(), listed: z.boolean() }),
  /** "Hide this term" on a card, or the options page's list of hidden terms. */
  z.object({ kind: z.literal('mute'), entryId: z.string(), muted: z.boolean() }),
  z.object({ kind: z.literal('choose'), choices: SettingsChoices }),
  /** An imported settings file, already validated: replaces everything. */
  z.object({ kind: z.literal('replace'), settings: Settings }),
]);
