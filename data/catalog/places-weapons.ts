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
import pokrovsk from '../entries/pokrovsk';
import taurus from '../entries/taurus';
import avdiivka from '../entries/avdiivka';
import iskander from '../entries/iskander';
import kurskOblast from '../entries/kursk-oblast';
import kinzhal from '../entries/kinzhal';
import donetskOblast from '../entries/donetsk-oblast';
import oreshnik from '../entries/oreshnik';
import luhanskOblast from '../entries/luhansk-oblast';
import leopard2 from '../entries/leopard-2';
import sevastopol from '../entries/sevastopol';
import glideBombs from '../entries/glide-bombs';
import crimeanBridge from '../entries/crimean-bridge';
import fpvDrones from '../entries/fpv-drones';
import transnistria from '../entries/transnistria';
import suwalkiGap from '../entries/suwalki-gap';
import kaliningrad from '../entries/kaliningrad';

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
  pokrovsk,
  taurus,
  avdiivka,
  iskander,
  kurskOblast,
  kinzhal,
  donetskOblast,
  oreshnik,
  luhanskOblast,
  leopard2,
  sevastopol,
  glideBombs,
  crimeanBridge,
  fpvDrones,
  transnistria,
  suwalkiGap,
  kaliningrad,
] satisfies KbEntryInput[];
