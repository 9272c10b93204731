import type { KbEntryInput } from '../schema';

/** Entries drafted for KB v2 (people-west-2). Append new imports and list items. */
export default [] satisfies KbEntryInput[];
