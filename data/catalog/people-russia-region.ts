import type { KbEntryInput } from '../schema';
import dmitryPeskov from '../entries/dmitry-peskov';
import dmitryMedvedev from '../entries/dmitry-medvedev';
import sergeiShoigu from '../entries/sergei-shoigu';
import andreiBelousov from '../entries/andrei-belousov';
import valeryGerasimov from '../entries/valery-gerasimov';
import yuriUshakov from '../entries/yuri-ushakov';
import kirillDmitriev from '../entries/kirill-dmitriev';
import vladimirMedinsky from '../entries/vladimir-medinsky';
import yevgenyPrigozhin from '../entries/yevgeny-prigozhin';
import mariaZakharova from '../entries/maria-zakharova';
import alexanderLukashenko from '../entries/alexander-lukashenko';
import viktorOrban from '../entries/viktor-orban';

/** Entries drafted for KB v2 (people-russia-region). Append new imports and list items. */
export default [
  dmitryPeskov,
  dmitryMedvedev,
  sergeiShoigu,
  andreiBelousov,
  valeryGerasimov,
  yuriUshakov,
  kirillDmitriev,
  vladimirMedinsky,
  yevgenyPrigozhin,
  mariaZakharova,
  alexanderLukashenko,
  viktorOrban,
] satisfies KbEntryInput[];
