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
import armedForcesOfUkraine from '../entries/armed-forces-of-ukraine';
import wagnerGroup from '../entries/wagner-group';
import securityCouncilOfRussia from '../entries/security-council-of-russia';
import nsdcUkraine from '../entries/nsdc-ukraine';
import europeanCommission from '../entries/european-commission';
import europeanCouncil from '../entries/european-council';
import europeanParliament from '../entries/european-parliament';
import hur from '../entries/hur';
import sbu from '../entries/sbu';
import fsb from '../entries/fsb';
import blackSeaFleet from '../entries/black-sea-fleet';
import councilOfEurope from '../entries/council-of-europe';

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
  armedForcesOfUkraine,
  wagnerGroup,
  securityCouncilOfRussia,
  nsdcUkraine,
  europeanCommission,
  europeanCouncil,
  europeanParliament,
  hur,
  sbu,
  fsb,
  blackSeaFleet,
  councilOfEurope,
] satisfies KbEntryInput[];
