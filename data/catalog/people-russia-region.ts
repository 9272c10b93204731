import type { KbEntryInput } from '../schema';
import dmitryPeskov from '../entries/dmitry-peskov';
import dmitryMedvedev from '../entries/dmitry-medvedev';
import sergeiShoigu from '../entries/sergei-shoigu';
import andreiBelousov from '../entries/andrei-belousov';
import valeryGerasimov from '../entries/valery-gerasimov';

/** Entries drafted for KB v2 (people-russia-region). Append new imports and list items. */
export default [
  dmitryPeskov,
  dmitryMedvedev,
  sergeiShoigu,
  andreiBelousov,
  valeryGerasimov,
] satisfies KbEntryInput[];
