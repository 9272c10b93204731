import type { KbEntryInput } from '../schema';
import steveWitkoff from '../entries/steve-witkoff';
import keithKellogg from '../entries/keith-kellogg';
import jdVance from '../entries/jd-vance';
import markRutte from '../entries/mark-rutte';

/** Entries drafted for KB v2 (people-west-1). Append new imports and list items. */
export default [
  steveWitkoff,
  keithKellogg,
  jdVance,
  markRutte,
] satisfies KbEntryInput[];
