import type { KbEntryInput } from '../schema';
import euromaidan from '../entries/euromaidan';
import warInDonbas from '../entries/war-in-donbas';
import mh17 from '../entries/mh17';
import buchaMassacre from '../entries/bucha-massacre';
import siegeOfMariupol from '../entries/siege-of-mariupol';
import ovalOfficeMeeting2025 from '../entries/oval-office-meeting-2025';
import kurskIncursion from '../entries/kursk-incursion';
import liberationOfKherson from '../entries/liberation-of-kherson';
import kakhovkaDamDestruction from '../entries/kakhovka-dam-destruction';

/** Entries drafted for KB v2 (events). Append new imports and list items. */
export default [
  euromaidan,
  warInDonbas,
  mh17,
  buchaMassacre,
  siegeOfMariupol,
  ovalOfficeMeeting2025,
  kurskIncursion,
  liberationOfKherson,
  kakhovkaDamDestruction,
] satisfies KbEntryInput[];
