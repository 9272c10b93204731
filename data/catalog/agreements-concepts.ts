import type { KbEntryInput } from '../schema';
import ceasefire from '../entries/ceasefire';
import sanctions from '../entries/sanctions';
import frozenRussianAssets from '../entries/frozen-russian-assets';
import normandyFormat from '../entries/normandy-format';
import istanbulCommunique2022 from '../entries/istanbul-communique-2022';
import blackSeaGrainInitiative from '../entries/black-sea-grain-initiative';
import territorialConcessions from '../entries/territorial-concessions';
import occupiedTerritories from '../entries/occupied-territories';
import contactLine from '../entries/contact-line';
import euAccessionOfUkraine from '../entries/eu-accession-of-ukraine';

/** Entries drafted for KB v2 (agreements-concepts). Append new imports and list items. */
export default [
  ceasefire,
  sanctions,
  frozenRussianAssets,
  normandyFormat,
  istanbulCommunique2022,
  blackSeaGrainInitiative,
  territorialConcessions,
  occupiedTerritories,
  contactLine,
  euAccessionOfUkraine,
] satisfies KbEntryInput[];
