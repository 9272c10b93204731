import type { KbEntryInput } from '../schema';
import steveWitkoff from '../entries/steve-witkoff';
import keithKellogg from '../entries/keith-kellogg';
import jdVance from '../entries/jd-vance';
import markRutte from '../entries/mark-rutte';
import kajaKallas from '../entries/kaja-kallas';
import ursulaVonDerLeyen from '../entries/ursula-von-der-leyen';
import joeBiden from '../entries/joe-biden';
import antonyBlinken from '../entries/antony-blinken';
import peteHegseth from '../entries/pete-hegseth';
import jensStoltenberg from '../entries/jens-stoltenberg';
import antonioCosta from '../entries/antonio-costa';
import antonioGuterres from '../entries/antonio-guterres';
import rafaelGrossi from '../entries/rafael-grossi';
import scottBessent from '../entries/scott-bessent';

/** Entries drafted for KB v2 (people-west-1). Append new imports and list items. */
export default [
  steveWitkoff,
  keithKellogg,
  jdVance,
  markRutte,
  kajaKallas,
  ursulaVonDerLeyen,
  joeBiden,
  antonyBlinken,
  peteHegseth,
  jensStoltenberg,
  antonioCosta,
  antonioGuterres,
  rafaelGrossi,
  scottBessent,
] satisfies KbEntryInput[];
