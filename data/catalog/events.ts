import type { KbEntryInput } from '../schema';
import euromaidan from '../entries/euromaidan';
import warInDonbas from '../entries/war-in-donbas';
import mh17 from '../entries/mh17';
import buchaMassacre from '../entries/bucha-massacre';
import siegeOfMariupol from '../entries/siege-of-mariupol';

/** Entries drafted for KB v2 (events). Append new imports and list items. */
export default [
  euromaidan,
  warInDonbas,
  mh17,
  buchaMassacre,
  siegeOfMariupol,
] satisfies KbEntryInput[];
