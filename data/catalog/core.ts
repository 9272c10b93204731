import type { KbEntryInput } from '../schema';
import securityGuarantees from '../entries/security-guarantees';
import budapestMemorandum from '../entries/budapest-memorandum';
import nato from '../entries/nato';
import natoArticle5 from '../entries/nato-article-5';
import natoMembership from '../entries/nato-membership';
import peacekeepers from '../entries/peacekeepers';
import coalitionOfTheWilling from '../entries/coalition-of-the-willing';
import weimarTriangle from '../entries/weimar-triangle';
import mineralsDeal from '../entries/minerals-deal';
import nuclearUmbrella from '../entries/nuclear-umbrella';
import ukraineNuclearDisarmament from '../entries/ukraine-nuclear-disarmament';
import forNukesFund from '../entries/for-nukes-fund';
import crimeaAnnexation from '../entries/crimea-annexation';
import fullScaleInvasion from '../entries/full-scale-invasion';
import srebrenicaMassacre from '../entries/srebrenica-massacre';
import neutralStatus from '../entries/neutral-status';
import deterrence from '../entries/deterrence';
import escalation from '../entries/escalation';
import bilateralSecurityAgreements from '../entries/bilateral-security-agreements';
import peaceDeal from '../entries/peace-deal';
import sphereOfInfluence from '../entries/sphere-of-influence';
import swordOfDamocles from '../entries/sword-of-damocles';
import unSecurityCouncil from '../entries/un-security-council';
import minskAgreements from '../entries/minsk-agreements';
import nuclearNonProliferationTreaty from '../entries/nuclear-non-proliferation-treaty';
import alinaHrytsenko from '../entries/alina-hrytsenko';
import volodymyrOhryzko from '../entries/volodymyr-ohryzko';
import vitaliyPortnikov from '../entries/vitaliy-portnikov';
import volodymyrZelenskyy from '../entries/volodymyr-zelenskyy';
import donaldTrump from '../entries/donald-trump';
import keirStarmer from '../entries/keir-starmer';
import ericLombard from '../entries/eric-lombard';
import marcoRubio from '../entries/marco-rubio';
import sergeyLavrov from '../entries/sergey-lavrov';
import mikeWaltz from '../entries/mike-waltz';
import olehGorokhovsky from '../entries/oleh-gorokhovsky';
import vladimirPutin from '../entries/vladimir-putin';
import researchSolutions from '../entries/research-solutions';
import hromadske from '../entries/hromadske';
import monobank from '../entries/monobank';

/** The first 40 entries (v1), written from the seeds. */
export default [
  securityGuarantees,
  budapestMemorandum,
  nato,
  natoArticle5,
  natoMembership,
  peacekeepers,
  coalitionOfTheWilling,
  weimarTriangle,
  mineralsDeal,
  nuclearUmbrella,
  ukraineNuclearDisarmament,
  forNukesFund,
  crimeaAnnexation,
  fullScaleInvasion,
  srebrenicaMassacre,
  neutralStatus,
  deterrence,
  escalation,
  bilateralSecurityAgreements,
  peaceDeal,
  sphereOfInfluence,
  swordOfDamocles,
  unSecurityCouncil,
  minskAgreements,
  nuclearNonProliferationTreaty,
  alinaHrytsenko,
  volodymyrOhryzko,
  vitaliyPortnikov,
  volodymyrZelenskyy,
  donaldTrump,
  keirStarmer,
  ericLombard,
  marcoRubio,
  sergeyLavrov,
  mikeWaltz,
  olehGorokhovsky,
  vladimirPutin,
  researchSolutions,
  hromadske,
  monobank,
] satisfies KbEntryInput[];
