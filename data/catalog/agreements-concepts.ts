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
import natoSpendingTarget from '../entries/nato-spending-target';
import natoArticle4 from '../entries/nato-article-4';
import iccArrestWarrantForPutin from '../entries/icc-arrest-warrant-for-putin';
import ungaResolution68262 from '../entries/unga-resolution-68-262';
import ungaResolutionEs111 from '../entries/unga-resolution-es-11-1';
import euSanctionsAgainstRussia from '../entries/eu-sanctions-against-russia';
import oilPriceCap from '../entries/oil-price-cap';
import shadowFleet from '../entries/shadow-fleet';
import martialLawInUkraine from '../entries/martial-law-in-ukraine';
import mobilisationInUkraine from '../entries/mobilisation-in-ukraine';
import steinmeierFormula from '../entries/steinmeier-formula';
import euUkraineAssociationAgreement from '../entries/eu-ukraine-association-agreement';
import russianNuclearDoctrine from '../entries/russian-nuclear-doctrine';
import nuclearSharing from '../entries/nuclear-sharing';
import hybridWarfare from '../entries/hybrid-warfare';
import ukrainePeaceFormula from '../entries/ukraine-peace-formula';

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
  natoSpendingTarget,
  natoArticle4,
  iccArrestWarrantForPutin,
  ungaResolution68262,
  ungaResolutionEs111,
  euSanctionsAgainstRussia,
  oilPriceCap,
  shadowFleet,
  martialLawInUkraine,
  mobilisationInUkraine,
  steinmeierFormula,
  euUkraineAssociationAgreement,
  russianNuclearDoctrine,
  nuclearSharing,
  hybridWarfare,
  ukrainePeaceFormula,
] satisfies KbEntryInput[];
