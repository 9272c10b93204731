import type { KbEntryInput } from '../schema';
import europeanUnion from '../entries/european-union';
import osce from '../entries/osce';
import iaea from '../entries/iaea';
import internationalCriminalCourt from '../entries/international-criminal-court';
import unGeneralAssembly from '../entries/un-general-assembly';
import g7 from '../entries/g7';
import ukraineDefenseContactGroup from '../entries/ukraine-defense-contact-group';
import kremlin from '../entries/kremlin';
import verkhovnaRada from '../entries/verkhovna-rada';
import officeOfThePresidentOfUkraine from '../entries/office-of-the-president-of-ukraine';

/** Entries drafted for KB v2 (institutions). Append new imports and list items. */
export default [
  europeanUnion,
  osce,
  iaea,
  internationalCriminalCourt,
  unGeneralAssembly,
  g7,
  ukraineDefenseContactGroup,
  kremlin,
  verkhovnaRada,
  officeOfThePresidentOfUkraine,
] satisfies KbEntryInput[];
