import type { Position } from './schema';
import { HROMADSKE_2025_03, KREMLIN_2024_06_14 } from './sources';

/**
 * Every named view the KB shows, written once and cited by the entries that show it.
 * A person's own entry lists all of their positions through `positionsOf(personId)`.
 *
 * Rules: `quote` is an exact substring of the seed article (checked by
 * tests/unit/kb.test.ts), under 25 words, said by `name`; `paraphrase` is in our
 * own words; `side` is a neutral label of who holds the view.
 */

const HRYTSENKO = {
  personId: 'alina-hrytsenko',
  name: 'Alina Hrytsenko',
  role: 'Expert, Research Solutions analytical network',
  side: 'Ukrainian analyst',
  source: HROMADSKE_2025_03,
} as const;

const OHRYZKO = {
  personId: 'volodymyr-ohryzko',
  name: 'Volodymyr Ohryzko',
  role: 'Former Minister of Foreign Affairs of Ukraine (2007–2009)',
  side: 'Ukrainian former foreign minister',
  source: HROMADSKE_2025_03,
} as const;

const PORTNIKOV = {
  personId: 'vitaliy-portnikov',
  name: 'Vitaliy Portnikov',
  role: 'Journalist and commentator',
  side: 'Ukrainian commentator',
  source: HROMADSKE_2025_03,
} as const;

const ZELENSKYY = {
  personId: 'volodymyr-zelenskyy',
  name: 'Volodymyr Zelenskyy',
  role: 'President of Ukraine',
  side: 'Ukrainian government',
  source: HROMADSKE_2025_03,
} as const;

const TRUMP = {
  personId: 'donald-trump',
  name: 'Donald Trump',
  role: 'President of the United States',
  side: 'US administration',
  source: HROMADSKE_2025_03,
} as const;

export const P = {
  // Alina Hrytsenko
  hrytsenkoNoIroncladGuarantee: {
    ...HRYTSENKO,
    stance: 'No guarantee can be ironclad',
    paraphrase:
      'Says Ukraine must never let its guard down towards Russia and finds it hard to imagine any guarantee that could not be breached; enforcement depends on international conditions and on the political will of elites in guarantor countries.',
    quote: 'It’s hard to imagine any ironclad guarantee.',
  },
  hrytsenkoSwordOfDamocles: {
    ...HRYTSENKO,
    stance: 'The Russian threat is permanent',
    paraphrase:
      'Describes the threat from Russia as a sword of Damocles that Ukraine will live with for good, so it must never let its guard down.',
    quote: 'It’s a sword of Damocles we’ll live with forever.',
  },
  hrytsenkoPermanentThreat: {
    ...HRYTSENKO,
    stance: 'Ukraine must stay ready for war',
    paraphrase:
      "Expects Russia's regime to force Ukraine to stay war-ready, with another conflict possible in 50 or 100 years, and says even solid-looking guarantees leave room for breaches.",
    quote: 'Russia will always be a threat to us',
  },
  hrytsenkoEconomicPresence: {
    ...HRYTSENKO,
    stance: 'Foreign investors could be one element, in theory',
    paraphrase:
      "Sees Zelenskyy's push to bring foreign companies into Ukraine as, in theory, one element of security guarantees, because such companies would want a stable security situation.",
    quote:
      'foreign companies coming here would naturally want a stable security situation in Ukraine that doesn’t threaten their operations',
  },
  hrytsenkoTokenContingent: {
    ...HRYTSENKO,
    stance: 'A token contingent is not a guarantee',
    paraphrase:
      'Argues that troops sent for show do not amount to a security guarantee, and that Europeans will always put keeping enough troops at their own borders ahead of sending them to Ukraine.',
    quote: 'Sending a military contingent just for show, in some token form… that’s not a security guarantee.',
  },
  hrytsenkoRussiaRejectsContingent: {
    ...HRYTSENKO,
    stance: 'Russia is unlikely to accept peacekeepers',
    paraphrase:
      'Doubts Russia would agree to a peacekeeping contingent: a large force, not just one or two thousand troops, would be a human shield Putin would have to destroy to keep fighting, so he would likely reject it.',
    quote: 'It’s hard for me to imagine the Russian side agreeing to a peacekeeping contingent',
  },
  hrytsenkoConsensusRule: {
    ...HRYTSENKO,
    stance: 'Even NATO membership gives no certainty',
    paraphrase:
      "Notes that each NATO ally decides its own response, and that, judging by the Trump administration's stance, there is no guarantee the US would step in and rally allies if Russia attacked a member.",
    quote: 'Each country retains the choice to decide its response individually',
  },
  hrytsenkoMiniAlliances: {
    ...HRYTSENKO,
    stance: 'Deepen bilateral ties and mini-alliances',
    paraphrase:
      'Sees a more realistic path in closer defence ties with countries that already have bilateral deals with Ukraine and in joining mini-alliances such as the Weimar Triangle, for example in military training.',
    quote: 'We can actually teach them a lot as a country with armed forces hardened by real war.',
  },
  hrytsenkoFrenchUmbrella: {
    ...HRYTSENKO,
    stance: 'A French nuclear umbrella is conceivable',
    paraphrase:
      'Suggests France could in theory extend a nuclear umbrella to Ukraine as one of its guarantees; hromadske noted that no public talks on this existed.',
    quote: 'could be one of the security guarantees',
  },
  hrytsenkoBargainingChip: {
    ...HRYTSENKO,
    stance: 'Guarantees will be bargained over with Russia',
    paraphrase:
      'Expects any guarantees to be a bargaining chip in talks with Russia, which must agree to them within a signed deal; the outcome depends on how flexibly US negotiators curb Russian demands.',
    quote: 'Any security guarantees will be a bargaining chip with the Russian side.',
  },

  // Volodymyr Ohryzko
  ohryzkoMineralsNotGuarantee: {
    ...OHRYZKO,
    stance: 'A minerals deal alone is not a guarantee',
    paraphrase:
      'Sees a signed US–Ukraine minerals deal as at most one piece of a wider system: it is about extracting resources, whereas Ukraine needs an agreement on repelling renewed Russian aggression.',
    quote: 'By itself, a deal on minerals can’t be a security guarantee.',
  },
  ohryzkoStrongArmyAndAllies: {
    ...OHRYZKO,
    stance: 'A strong army plus committed allies',
    paraphrase:
      "Names a strong, modern, well-armed army and allies committed to help as the best guarantee, best achieved through full NATO membership or a new military-political structure in Europe.",
    quote:
      'The best security guarantee is a strong, modern, well-armed Ukrainian army and allies committed to helping in case of aggression.',
  },
  ohryzkoBudapestLesson: {
    ...OHRYZKO,
    stance: 'Even nuclear powers’ promises can be broken',
    paraphrase: "Draws from the Budapest Memorandum the lesson that even nuclear powers' promises can be broken.",
  },

  // Vitaliy Portnikov
  portnikovNoAbsoluteGuarantees: {
    ...PORTNIKOV,
    stance: 'No absolute guarantees exist any more',
    paraphrase:
      'Once saw NATO membership as a major guarantee, since Russia might fear a clash with a nuclear bloc; with the US distancing itself from a possible war in Europe, he now sees no absolute guarantees for Ukraine or its neighbours.',
    quote: 'there are no absolute security guarantees—not for Ukraine, nor for our neighbors.',
  },
  portnikovBalticDoubt: {
    ...PORTNIKOV,
    stance: 'Even NATO members cannot be sure of the US',
    paraphrase:
      'Argues that even Poland and the Baltic states cannot be fully certain the United States would intervene if Russia attacked them.',
    quote:
      'Even in the Baltic states or Poland, they can’t be 100% sure the United States would intervene if Russia attacked their territory',
  },
  portnikovPeacekeepersOverstated: {
    ...PORTNIKOV,
    stance: 'The role of peacekeepers is overstated',
    paraphrase:
      'Warns against overstating what peacekeepers can do, recalling Srebrenica in 1995, where peacekeepers stepped aside while more than 8,000 Bosniak men and boys were killed.',
  },
  portnikovNuclearClub: {
    ...PORTNIKOV,
    stance: 'Nuclear powers will block a nuclear Ukraine',
    paraphrase:
      'Expects nuclear powers to do everything to stop anyone from regaining nuclear weapons; Ukraine would face sanctions from the US, Russia, China and the EU at once, as Iran did.',
    quote: 'Imagine Ukraine facing economic sanctions from the United States, Russia, China, and EU countries all at once',
  },
  portnikovFourConditions: {
    ...PORTNIKOV,
    stance: 'Four conditions to deter a new attack',
    paraphrase:
      "Lists four conditions: a strong, modern army that promises an aggressor heavy losses; serious preparation with reliable fortifications, unlike before February 2022; Russia's economic exhaustion; and Russia's democratisation, so that its leaders pursue their aims towards Ukraine by non-military means.",
    quote:
      'We need those leading Russia to believe they can resolve the ‘Ukrainian question’ not through military attack',
  },
  portnikovEconomicTies: {
    ...PORTNIKOV,
    stance: 'US–Russia economic ties would aid aggression',
    paraphrase:
      'Warns that special US economic ties with Russia would undo the condition of Russian economic exhaustion and create new opportunities for aggression against Ukraine and other European countries.',
    quote: 'If President Trump negotiates special economic ties with Russia, this falls apart',
  },
  portnikovNeutralityDemand: {
    ...PORTNIKOV,
    stance: 'Russia will keep fighting if its terms are unmet',
    paraphrase:
      "Expects that if Ukraine does not enshrine neutral status in its Constitution, as Russia is likely to demand, Russia's leadership will continue military action and the destruction of Ukrainian infrastructure.",
    quote:
      'And if that’s not done, Russian leadership will continue military action, further destroying Ukrainian infrastructure',
  },

  // Volodymyr Zelenskyy
  zelenskyyMineralsNeedGuarantees: {
    ...ZELENSKYY,
    stance: 'The minerals deal should include guarantees',
    paraphrase:
      'Hoped the minerals deal would include security guarantees, and stressed that American businesses already in Ukraine had not stopped Russian attacks.',
  },
  zelenskyyPeacekeeperNumbers: {
    ...ZELENSKYY,
    stance: 'Calls for a large foreign contingent',
    paraphrase: 'Cited a need for 200,000 peacekeepers in January 2025 and for 100,000 in February 2025.',
  },
  zelenskyyNatoFirst: {
    ...ZELENSKYY,
    stance: 'NATO membership as the primary guarantee',
    paraphrase:
      "Treats NATO membership as Ukraine's primary security guarantee, and said he would resign in exchange for Ukraine's entry into the alliance.",
  },
  zelenskyyNuclearWeapons: {
    ...ZELENSKYY,
    stance: 'Nuclear weapons as an alternative to NATO',
    paraphrase:
      "In early February 2025 raised the return of Ukraine's nuclear weapons as an alternative to NATO membership.",
    quote: 'Give us back our nuclear weapons',
  },

  // Donald Trump
  trumpMineralsAsSecurity: {
    ...TRUMP,
    stance: 'The minerals deal itself brings security',
    paraphrase:
      'Sees the minerals deal itself as a security guarantee that makes others unnecessary, because an American economic presence would deter attacks; his administration viewed it chiefly as a way to offset US costs of supporting Ukraine.',
    quote:
      'There’s sort of automatic security because nobody’s going to be messing around with our people when we’re there',
  },
  trumpNatoProvokedWar: {
    ...TRUMP,
    stance: 'Talk of NATO membership provoked the war',
    paraphrase:
      "Has said that talk of Ukraine joining NATO provoked Russia's war; by March 2025 the US had signalled it would not allow Ukraine's membership.",
  },

  // Other governments
  starmerCoalition: {
    personId: 'keir-starmer',
    name: 'Keir Starmer',
    role: 'Prime Minister of the United Kingdom',
    side: 'UK government',
    stance: 'UK will send troops to secure a peace deal',
    paraphrase:
      'Said the UK would deploy a contingent to Ukraine to safeguard the implementation of a peace agreement, and would build a coalition of the willing to protect it.',
    quote: 'We’ll go further to build a coalition of the willing to protect the agreement in Ukraine and guarantee peace',
    source: HROMADSKE_2025_03,
  },
  lombardTroops: {
    personId: 'eric-lombard',
    name: 'Éric Lombard',
    role: 'Minister of the Economy and Finance of France',
    side: 'French government',
    stance: 'France and others are ready to send troops',
    paraphrase: 'Said France and other European nations are ready to send troops to Ukraine.',
    source: HROMADSKE_2025_03,
  },
  rubioNotRealistic: {
    personId: 'marco-rubio',
    name: 'Marco Rubio',
    role: 'US Secretary of State',
    side: 'US administration',
    stance: 'Rejects a return of nuclear weapons to Ukraine',
    paraphrase:
      "Responding to Zelenskyy, called a return of nuclear weapons an unrealistic demand that would not solve Ukraine's problem as Kyiv sees it.",
    quote: 'I don’t think that’s a realistic demand to have.',
    source: HROMADSKE_2025_03,
  },
  rubioFewerNuclearStates: {
    personId: 'marco-rubio',
    name: 'Marco Rubio',
    role: 'US Secretary of State',
    side: 'US administration',
    stance: 'The world needs fewer nuclear-armed states',
    paraphrase: 'Argues that the world needs fewer nuclear-armed countries, not more.',
    quote: 'we need less nuclear-armed countries, not more.',
    source: HROMADSKE_2025_03,
  },
  lavrovTroopsUnacceptable: {
    personId: 'sergey-lavrov',
    name: 'Sergey Lavrov',
    role: 'Minister of Foreign Affairs of Russia',
    side: 'Russian government',
    stance: 'Troops from NATO countries are unacceptable',
    paraphrase:
      'Rejects the presence in Ukraine of troops from NATO countries, including as a peacekeeping contingent, calling it unacceptable for Russia.',
    quote: 'unacceptable',
    source: HROMADSKE_2025_03,
  },
  waltzTradeOff: {
    personId: 'mike-waltz',
    name: 'Mike Waltz',
    role: 'US National Security Adviser',
    side: 'US administration',
    stance: 'A deal needs concessions from both sides',
    paraphrase:
      'Says that for a peace deal Moscow would have to accept European security guarantees for Ukraine, while Kyiv would concede territory.',
    source: HROMADSKE_2025_03,
  },
  putinJune2024Conditions: {
    personId: 'vladimir-putin',
    name: 'Vladimir Putin',
    role: 'President of Russia',
    side: 'Russian government',
    stance: 'Ukraine must give up NATO plans and land',
    paraphrase:
      'In June 2024 named as conditions for a ceasefire and talks the withdrawal of Ukrainian troops from four Ukrainian regions Russia claims and an official renunciation of plans to join NATO, and called for a neutral, non-aligned, non-nuclear Ukraine.',
    source: KREMLIN_2024_06_14,
  },
} as const satisfies Record<string, Position>;

/** All positions held by one person, in the order written above. */
export function positionsOf(personId: string): Position[] {
  return Object.values(P).filter((p) => p.personId === personId);
}
