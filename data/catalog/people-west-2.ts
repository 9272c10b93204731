import type { KbEntryInput } from '../schema';
import emmanuelMacron from '../entries/emmanuel-macron';
import friedrichMerz from '../entries/friedrich-merz';
import donaldTusk from '../entries/donald-tusk';
import olafScholz from '../entries/olaf-scholz';
import andrzejDuda from '../entries/andrzej-duda';
import karolNawrocki from '../entries/karol-nawrocki';
import radoslawSikorski from '../entries/radoslaw-sikorski';
import borisPistorius from '../entries/boris-pistorius';
import alexanderStubb from '../entries/alexander-stubb';
import metteFrederiksen from '../entries/mette-frederiksen';
import davidLammy from '../entries/david-lammy';

/** Entries drafted for KB v2 (people-west-2). Append new imports and list items. */
export default [
  emmanuelMacron,
  friedrichMerz,
  donaldTusk,
  olafScholz,
  andrzejDuda,
  karolNawrocki,
  radoslawSikorski,
  borisPistorius,
  alexanderStubb,
  metteFrederiksen,
  davidLammy,
] satisfies KbEntryInput[];
