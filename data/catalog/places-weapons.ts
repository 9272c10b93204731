import type { KbEntryInput } from '../schema';

/** Entries drafted for KB v2 (places-weapons). Append new imports and list items. */
export default [] satisfies KbEntryInput[];
