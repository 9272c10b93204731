/**
 * The values each multiple-choice setting can take. A module of its own because both the
 * zod schema (settings-schema.ts) and the zod-free reader (settings.ts) are built on them.
 */

/** Paint every mention, or only the first mention of each term per page. */
export const DENSITIES = ['all', 'first'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
/** The language cards are written in: 'auto' follows the browser's UI language. */
export const CARD_LANGUAGES = ['auto', 'en', 'uk'] as const;
