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
import bucharestSummit2008 from '../entries/bucharest-summit-2008';
import vilniusSummit2023 from '../entries/vilnius-summit-2023';
import washingtonSummit2024 from '../entries/washington-summit-2024';
import hagueSummit2025 from '../entries/hague-summit-2025';
import istanbulTalks2025 from '../entries/istanbul-talks-2025';
import battleOfBakhmut from '../entries/battle-of-bakhmut';
import kharkivCounteroffensive2022 from '../entries/kharkiv-counteroffensive-2022';
import ukrainePeaceSummit2024 from '../entries/ukraine-peace-summit-2024';
import wagnerMutiny2023 from '../entries/wagner-mutiny-2023';
import alaskaSummit2025 from '../entries/alaska-summit-2025';

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
  bucharestSummit2008,
  vilniusSummit2023,
  washingtonSummit2024,
  hagueSummit2025,
  istanbulTalks2025,
  battleOfBakhmut,
  kharkivCounteroffensive2022,
  ukrainePeaceSummit2024,
  wagnerMutiny2023,
  alaskaSummit2025,
] satisfies KbEntryInput[];
