import type { KbEntryInput } from '../schema';
import europeanUnion from '../entries/european-union';
import osce from '../entries/osce';
import iaea from '../entries/iaea';
import internationalCriminalCourt from '../entries/international-criminal-court';
import unGeneralAssembly from '../entries/un-general-assembly';

/** Entries drafted for KB v2 (institutions). Append new imports and list items. */
export default [
  europeanUnion,
  osce,
  iaea,
  internationalCriminalCourt,
  unGeneralAssembly,
] satisfies KbEntryInput[];
