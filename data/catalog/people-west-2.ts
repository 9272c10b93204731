import type { KbEntryInput } from '../schema';
import emmanuelMacron from '../entries/emmanuel-macron';
import friedrichMerz from '../entries/friedrich-merz';
import donaldTusk from '../entries/donald-tusk';
import olafScholz from '../entries/olaf-scholz';
import andrzejDuda from '../entries/andrzej-duda';
import karolNawrocki from '../entries/karol-nawrocki';
import radoslawSikorski from '../entries/radoslaw-sikorski';

/** Entries drafted for KB v2 (people-west-2). Append new imports and list items. */
export default [
  emmanuelMacron,
  friedrichMerz,
  donaldTusk,
  olafScholz,
  andrzejDuda,
  karolNawrocki,
  radoslawSikorski,
] satisfies KbEntryInput[];
