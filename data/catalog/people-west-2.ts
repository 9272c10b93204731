import type { KbEntryInput } from '../schema';
import emmanuelMacron from '../entries/emmanuel-macron';
import friedrichMerz from '../entries/friedrich-merz';
import donaldTusk from '../entries/donald-tusk';
import olafScholz from '../entries/olaf-scholz';

/** Entries drafted for KB v2 (people-west-2). Append new imports and list items. */
export default [
  emmanuelMacron,
  friedrichMerz,
  donaldTusk,
  olafScholz,
] satisfies KbEntryInput[];
