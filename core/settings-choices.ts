/**
 * The values each multiple-choice setting can take. A module of its own because both the
 * zod schema (settings-schema.ts) and the zod-free reader (settings.ts) are built on them.
 */

/** Paint every mention, or only the first mention of each term per page. */
export const DENSITIES = ['all', 'first'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
/** The language cards are written in: 'auto' follows the browser's UI language. */
export const CARD_LANGUAGES = ['auto', 'en', 'uk'] as const;
/**
 * How painted terms look: a dotted underline, a soft background, or nothing until the
 * pointer is over the term's paragraph (the quietest; see entrypoints/content/highlight.css).
 */
export const MARK_STYLES = ['underline', 'background', 'hover'] as const;
