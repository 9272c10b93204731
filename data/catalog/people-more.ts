import type { KbEntryInput } from '../schema';
import recepTayyipErdogan from '../entries/recep-tayyip-erdogan';
import robertFico from '../entries/robert-fico';
import xiJinping from '../entries/xi-jinping';
import maiaSandu from '../entries/maia-sandu';
import borisJohnson from '../entries/boris-johnson';
import ruslanStefanchuk from '../entries/ruslan-stefanchuk';
import timothySnyder from '../entries/timothy-snyder';
import anneApplebaum from '../entries/anne-applebaum';
import michaelKofman from '../entries/michael-kofman';

/** Entries drafted for KB v2 (people-more). Append new imports and list items. */
export default [
  recepTayyipErdogan,
  robertFico,
  xiJinping,
  maiaSandu,
  borisJohnson,
  ruslanStefanchuk,
  timothySnyder,
  anneApplebaum,
  michaelKofman,
] satisfies KbEntryInput[];
