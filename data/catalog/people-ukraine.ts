import type { KbEntryInput } from '../schema';
import andriyYermak from '../entries/andriy-yermak';
import andriiSybiha from '../entries/andrii-sybiha';
import oleksandrSyrskyi from '../entries/oleksandr-syrskyi';
import valeriiZaluzhnyi from '../entries/valerii-zaluzhnyi';
import kyryloBudanov from '../entries/kyrylo-budanov';
import rustemUmerov from '../entries/rustem-umerov';
import dmytroKuleba from '../entries/dmytro-kuleba';
import denysShmyhal from '../entries/denys-shmyhal';
import yuliiaSvyrydenko from '../entries/yuliia-svyrydenko';
import petroPoroshenko from '../entries/petro-poroshenko';
import vitaliKlitschko from '../entries/vitali-klitschko';
import olenaZelenska from '../entries/olena-zelenska';

/** Entries drafted for KB v2 (people-ukraine). Append new imports and list items. */
export default [
  andriyYermak,
  andriiSybiha,
  oleksandrSyrskyi,
  valeriiZaluzhnyi,
  kyryloBudanov,
  rustemUmerov,
  dmytroKuleba,
  denysShmyhal,
  yuliiaSvyrydenko,
  petroPoroshenko,
  vitaliKlitschko,
  olenaZelenska,
] satisfies KbEntryInput[];
