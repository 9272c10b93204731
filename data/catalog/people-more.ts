import type { KbEntryInput } from '../schema';
import recepTayyipErdogan from '../entries/recep-tayyip-erdogan';
import robertFico from '../entries/robert-fico';
import xiJinping from '../entries/xi-jinping';

/** Entries drafted for KB v2 (people-more). Append new imports and list items. */
export default [
  recepTayyipErdogan,
  robertFico,
  xiJinping,
] satisfies KbEntryInput[];
