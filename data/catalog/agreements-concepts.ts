import type { KbEntryInput } from '../schema';
import ceasefire from '../entries/ceasefire';
import sanctions from '../entries/sanctions';
import frozenRussianAssets from '../entries/frozen-russian-assets';
import normandyFormat from '../entries/normandy-format';
import istanbulCommunique2022 from '../entries/istanbul-communique-2022';

/** Entries drafted for KB v2 (agreements-concepts). Append new imports and list items. */
export default [ceasefire, sanctions, frozenRussianAssets, normandyFormat, istanbulCommunique2022] satisfies KbEntryInput[];
