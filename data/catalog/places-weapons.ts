import type { KbEntryInput } from '../schema';
import donbas from '../entries/donbas';
import himars from '../entries/himars';
import crimea from '../entries/crimea';
import shahed from '../entries/shahed';
import zaporizhzhiaNuclearPowerPlant from '../entries/zaporizhzhia-nuclear-power-plant';
import atacms from '../entries/atacms';
import kherson from '../entries/kherson';
import stormShadow from '../entries/storm-shadow';
import kharkiv from '../entries/kharkiv';
import patriot from '../entries/patriot';
import bakhmut from '../entries/bakhmut';
import f16 from '../entries/f-16';

/** Entries drafted for KB v2 (places-weapons). Append new imports and list items. */
export default [
  donbas,
  himars,
  crimea,
  shahed,
  zaporizhzhiaNuclearPowerPlant,
  atacms,
  kherson,
  stormShadow,
  kharkiv,
  patriot,
  bakhmut,
  f16,
] satisfies KbEntryInput[];
