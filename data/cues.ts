/**
 * Context cues shared by several entries' disambiguation rules: how news in the KB's
 * languages names Ukraine, its capital and Russia (normalised whole-word prefixes).
 */
export const UKRAINE_CUES = ['Ukrain', 'Україн', 'Украин'];
export const KYIV_CUES = ['Kyiv', 'Kiev', 'Kijów', 'Київ', 'Киев'];
export const RUSSIA_CUES = ['Russia', 'Russland', 'Rosj', 'Russie', 'Росі', 'Росси'];
