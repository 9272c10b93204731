import type { KbEntryInput } from '../schema';
import donbas from '../entries/donbas';
import himars from '../entries/himars';
import crimea from '../entries/crimea';
import shahed from '../entries/shahed';
import zaporizhzhiaNuclearPowerPlant from '../entries/zaporizhzhia-nuclear-power-plant';
import atacms from '../entries/atacms';

/** Entries drafted for KB v2 (places-weapons). Append new imports and list items. */
export default [
  donbas,
  himars,
  crimea,
  shahed,
  zaporizhzhiaNuclearPowerPlant,
  atacms,
] satisfies KbEntryInput[];
