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
  name: { en: 'Alina Hrytsenko', uk: 'Alina Hrytsenko' },
  role: { en: 'Expert, Research Solutions analytical network', uk: 'Expert, Research Solutions analytical network' },
  side: { en: 'Ukrainian analyst', uk: 'Ukrainian analyst' },
  source: HROMADSKE_2025_03,
} as const;

const OHRYZKO = {
  personId: 'volodymyr-ohryzko',
  name: { en: 'Volodymyr Ohryzko', uk: 'Volodymyr Ohryzko' },
  role: { en: 'Former Minister of Foreign Affairs of Ukraine (2007–2009)', uk: 'Former Minister of Foreign Affairs of Ukraine (2007–2009)' },
  side: { en: 'Ukrainian former foreign minister', uk: 'Ukrainian former foreign minister' },
  source: HROMADSKE_2025_03,
} as const;

const PORTNIKOV = {
  personId: 'vitaliy-portnikov',
  name: { en: 'Vitaliy Portnikov', uk: 'Vitaliy Portnikov' },
  role: { en: 'Journalist and commentator', uk: 'Journalist and commentator' },
  side: { en: 'Ukrainian commentator', uk: 'Ukrainian commentator' },
  source: HROMADSKE_2025_03,
} as const;

const ZELENSKYY = {
  personId: 'volodymyr-zelenskyy',
  name: { en: 'Volodymyr Zelenskyy', uk: 'Volodymyr Zelenskyy' },
  role: { en: 'President of Ukraine', uk: 'President of Ukraine' },
  side: { en: 'Ukrainian government', uk: 'Ukrainian government' },
  source: HROMADSKE_2025_03,
} as const;

const TRUMP = {
  personId: 'donald-trump',
  name: { en: 'Donald Trump', uk: 'Donald Trump' },
  role: { en: 'President of the United States', uk: 'President of the United States' },
  side: { en: 'US administration', uk: 'US administration' },
  source: HROMADSKE_2025_03,
} as const;

export const P = {
  // Alina Hrytsenko
  hrytsenkoNoIroncladGuarantee: {
    ...HRYTSENKO,
    stance: { en: 'No guarantee can be ironclad', uk: 'No guarantee can be ironclad' },
    paraphrase:
      { en: 'Says Ukraine must never let its guard down towards Russia and finds it hard to imagine any guarantee that could not be breached; enforcement depends on international conditions and on the political will of elites in guarantor countries.', uk: 'Says Ukraine must never let its guard down towards Russia and finds it hard to imagine any guarantee that could not be breached; enforcement depends on international conditions and on the political will of elites in guarantor countries.' },
    quote: { text: 'It’s hard to imagine any ironclad guarantee.', lang: 'en', translatedBy: 'hromadske' },
  },
  hrytsenkoSwordOfDamocles: {
    ...HRYTSENKO,
    stance: { en: 'The Russian threat is permanent', uk: 'The Russian threat is permanent' },
    paraphrase:
      { en: 'Describes the threat from Russia as a sword of Damocles that Ukraine will live with for good, so it must never let its guard down.', uk: 'Describes the threat from Russia as a sword of Damocles that Ukraine will live with for good, so it must never let its guard down.' },
    quote: { text: 'It’s a sword of Damocles we’ll live with forever.', lang: 'en', translatedBy: 'hromadske' },
  },
  hrytsenkoPermanentThreat: {
    ...HRYTSENKO,
    stance: { en: 'Ukraine must stay ready for war', uk: 'Ukraine must stay ready for war' },
    paraphrase:
      { en: "Expects Russia's regime to force Ukraine to stay war-ready, with another conflict possible in 50 or 100 years, and says even solid-looking guarantees leave room for breaches.", uk: "Expects Russia's regime to force Ukraine to stay war-ready, with another conflict possible in 50 or 100 years, and says even solid-looking guarantees leave room for breaches." },
    quote: { text: 'Russia will always be a threat to us', lang: 'en', translatedBy: 'hromadske' },
  },
  hrytsenkoEconomicPresence: {
    ...HRYTSENKO,
    stance: { en: 'Foreign investors could be one element, in theory', uk: 'Foreign investors could be one element, in theory' },
    paraphrase:
      { en: "Sees Zelenskyy's push to bring foreign companies into Ukraine as, in theory, one element of security guarantees, because such companies would want a stable security situation.", uk: "Sees Zelenskyy's push to bring foreign companies into Ukraine as, in theory, one element of security guarantees, because such companies would want a stable security situation." },
    quote:
      { text: 'foreign companies coming here would naturally want a stable security situation in Ukraine that doesn’t threaten their operations', lang: 'en', translatedBy: 'hromadske' },
  },
  hrytsenkoTokenContingent: {
    ...HRYTSENKO,
    stance: { en: 'A token contingent is not a guarantee', uk: 'A token contingent is not a guarantee' },
    paraphrase:
      { en: 'Argues that troops sent for show do not amount to a security guarantee, and that Europeans will always put keeping enough troops at their own borders ahead of sending them to Ukraine.', uk: 'Argues that troops sent for show do not amount to a security guarantee, and that Europeans will always put keeping enough troops at their own borders ahead of sending them to Ukraine.' },
    quote: { text: 'Sending a military contingent just for show, in some token form… that’s not a security guarantee.', lang: 'en', translatedBy: 'hromadske' },
  },
  hrytsenkoRussiaRejectsContingent: {
    ...HRYTSENKO,
    stance: { en: 'Russia is unlikely to accept peacekeepers', uk: 'Russia is unlikely to accept peacekeepers' },
    paraphrase:
      { en: 'Doubts Russia would agree to a peacekeeping contingent: a large force, not just one or two thousand troops, would be a human shield Putin would have to destroy to keep fighting, so he would likely reject it.', uk: 'Doubts Russia would agree to a peacekeeping contingent: a large force, not just one or two thousand troops, would be a human shield Putin would have to destroy to keep fighting, so he would likely reject it.' },
    quote: { text: 'It’s hard for me to imagine the Russian side agreeing to a peacekeeping contingent', lang: 'en', translatedBy: 'hromadske' },
  },
  hrytsenkoConsensusRule: {
    ...HRYTSENKO,
    stance: { en: 'Even NATO membership gives no certainty', uk: 'Even NATO membership gives no certainty' },
    paraphrase:
      { en: "Notes that each NATO ally decides its own response, and that, judging by the Trump administration's stance, there is no guarantee the US would step in and rally allies if Russia attacked a member.", uk: "Notes that each NATO ally decides its own response, and that, judging by the Trump administration's stance, there is no guarantee the US would step in and rally allies if Russia attacked a member." },
    quote: { text: 'Each country retains the choice to decide its response individually', lang: 'en', translatedBy: 'hromadske' },
  },
  hrytsenkoMiniAlliances: {
    ...HRYTSENKO,
    stance: { en: 'Deepen bilateral ties and mini-alliances', uk: 'Deepen bilateral ties and mini-alliances' },
    paraphrase:
      { en: 'Sees a more realistic path in closer defence ties with countries that already have bilateral deals with Ukraine and in joining mini-alliances such as the Weimar Triangle, for example in military training.', uk: 'Sees a more realistic path in closer defence ties with countries that already have bilateral deals with Ukraine and in joining mini-alliances such as the Weimar Triangle, for example in military training.' },
    quote: { text: 'We can actually teach them a lot as a country with armed forces hardened by real war.', lang: 'en', translatedBy: 'hromadske' },
  },
  hrytsenkoFrenchUmbrella: {
    ...HRYTSENKO,
    stance: { en: 'A French nuclear umbrella is conceivable', uk: 'A French nuclear umbrella is conceivable' },
    paraphrase:
      { en: 'Suggests France could in theory extend a nuclear umbrella to Ukraine as one of its guarantees; hromadske noted that no public talks on this existed.', uk: 'Suggests France could in theory extend a nuclear umbrella to Ukraine as one of its guarantees; hromadske noted that no public talks on this existed.' },
    quote: { text: 'could be one of the security guarantees', lang: 'en', translatedBy: 'hromadske' },
  },
  hrytsenkoBargainingChip: {
    ...HRYTSENKO,
    stance: { en: 'Guarantees will be bargained over with Russia', uk: 'Guarantees will be bargained over with Russia' },
    paraphrase:
      { en: 'Expects any guarantees to be a bargaining chip in talks with Russia, which must agree to them within a signed deal; the outcome depends on how flexibly US negotiators curb Russian demands.', uk: 'Expects any guarantees to be a bargaining chip in talks with Russia, which must agree to them within a signed deal; the outcome depends on how flexibly US negotiators curb Russian demands.' },
    quote: { text: 'Any security guarantees will be a bargaining chip with the Russian side.', lang: 'en', translatedBy: 'hromadske' },
  },

  // Volodymyr Ohryzko
  ohryzkoMineralsNotGuarantee: {
    ...OHRYZKO,
    stance: { en: 'A minerals deal alone is not a guarantee', uk: 'A minerals deal alone is not a guarantee' },
    paraphrase:
      { en: 'Sees a signed US–Ukraine minerals deal as at most one piece of a wider system: it is about extracting resources, whereas Ukraine needs an agreement on repelling renewed Russian aggression.', uk: 'Sees a signed US–Ukraine minerals deal as at most one piece of a wider system: it is about extracting resources, whereas Ukraine needs an agreement on repelling renewed Russian aggression.' },
    quote: { text: 'By itself, a deal on minerals can’t be a security guarantee.', lang: 'en', translatedBy: 'hromadske' },
  },
  ohryzkoStrongArmyAndAllies: {
    ...OHRYZKO,
    stance: { en: 'A strong army plus committed allies', uk: 'A strong army plus committed allies' },
    paraphrase:
      { en: "Names a strong, modern, well-armed army and allies committed to help as the best guarantee, best achieved through full NATO membership or a new military-political structure in Europe.", uk: "Names a strong, modern, well-armed army and allies committed to help as the best guarantee, best achieved through full NATO membership or a new military-political structure in Europe." },
    quote:
      { text: 'The best security guarantee is a strong, modern, well-armed Ukrainian army and allies committed to helping in case of aggression.', lang: 'en', translatedBy: 'hromadske' },
  },
  ohryzkoBudapestLesson: {
    ...OHRYZKO,
    stance: { en: 'Even nuclear powers’ promises can be broken', uk: 'Even nuclear powers’ promises can be broken' },
    paraphrase: { en: "Draws from the Budapest Memorandum the lesson that even nuclear powers' promises can be broken.", uk: "Draws from the Budapest Memorandum the lesson that even nuclear powers' promises can be broken." },
  },

  // Vitaliy Portnikov
  portnikovNoAbsoluteGuarantees: {
    ...PORTNIKOV,
    stance: { en: 'No absolute guarantees exist any more', uk: 'No absolute guarantees exist any more' },
    paraphrase:
      { en: 'Once saw NATO membership as a major guarantee, since Russia might fear a clash with a nuclear bloc; with the US distancing itself from a possible war in Europe, he now sees no absolute guarantees for Ukraine or its neighbours.', uk: 'Once saw NATO membership as a major guarantee, since Russia might fear a clash with a nuclear bloc; with the US distancing itself from a possible war in Europe, he now sees no absolute guarantees for Ukraine or its neighbours.' },
    quote: { text: 'there are no absolute security guarantees—not for Ukraine, nor for our neighbors.', lang: 'en', translatedBy: 'hromadske' },
  },
  portnikovBalticDoubt: {
    ...PORTNIKOV,
    stance: { en: 'Even NATO members cannot be sure of the US', uk: 'Even NATO members cannot be sure of the US' },
    paraphrase:
      { en: 'Argues that even Poland and the Baltic states cannot be fully certain the United States would intervene if Russia attacked them.', uk: 'Argues that even Poland and the Baltic states cannot be fully certain the United States would intervene if Russia attacked them.' },
    quote:
      { text: 'Even in the Baltic states or Poland, they can’t be 100% sure the United States would intervene if Russia attacked their territory', lang: 'en', translatedBy: 'hromadske' },
  },
  portnikovPeacekeepersOverstated: {
    ...PORTNIKOV,
    stance: { en: 'The role of peacekeepers is overstated', uk: 'The role of peacekeepers is overstated' },
    paraphrase:
      { en: 'Warns against overstating what peacekeepers can do, recalling Srebrenica in 1995, where peacekeepers stepped aside while more than 8,000 Bosniak men and boys were killed.', uk: 'Warns against overstating what peacekeepers can do, recalling Srebrenica in 1995, where peacekeepers stepped aside while more than 8,000 Bosniak men and boys were killed.' },
  },
  portnikovNuclearClub: {
    ...PORTNIKOV,
    stance: { en: 'Nuclear powers will block a nuclear Ukraine', uk: 'Nuclear powers will block a nuclear Ukraine' },
    paraphrase:
      { en: 'Expects nuclear powers to do everything to stop anyone from regaining nuclear weapons; Ukraine would face sanctions from the US, Russia, China and the EU at once, as Iran did.', uk: 'Expects nuclear powers to do everything to stop anyone from regaining nuclear weapons; Ukraine would face sanctions from the US, Russia, China and the EU at once, as Iran did.' },
    quote: { text: 'Imagine Ukraine facing economic sanctions from the United States, Russia, China, and EU countries all at once', lang: 'en', translatedBy: 'hromadske' },
  },
  portnikovFourConditions: {
    ...PORTNIKOV,
    stance: { en: 'Four conditions to deter a new attack', uk: 'Four conditions to deter a new attack' },
    paraphrase:
      { en: "Lists four conditions: a strong, modern army that promises an aggressor heavy losses; serious preparation with reliable fortifications, unlike before February 2022; Russia's economic exhaustion; and Russia's democratisation, so that its leaders pursue their aims towards Ukraine by non-military means.", uk: "Lists four conditions: a strong, modern army that promises an aggressor heavy losses; serious preparation with reliable fortifications, unlike before February 2022; Russia's economic exhaustion; and Russia's democratisation, so that its leaders pursue their aims towards Ukraine by non-military means." },
    quote:
      { text: 'We need those leading Russia to believe they can resolve the ‘Ukrainian question’ not through military attack', lang: 'en', translatedBy: 'hromadske' },
  },
  portnikovEconomicTies: {
    ...PORTNIKOV,
    stance: { en: 'US–Russia economic ties would aid aggression', uk: 'US–Russia economic ties would aid aggression' },
    paraphrase:
      { en: 'Warns that special US economic ties with Russia would undo the condition of Russian economic exhaustion and create new opportunities for aggression against Ukraine and other European countries.', uk: 'Warns that special US economic ties with Russia would undo the condition of Russian economic exhaustion and create new opportunities for aggression against Ukraine and other European countries.' },
    quote: { text: 'If President Trump negotiates special economic ties with Russia, this falls apart', lang: 'en', translatedBy: 'hromadske' },
  },
  portnikovNeutralityDemand: {
    ...PORTNIKOV,
    stance: { en: 'Russia will keep fighting if its terms are unmet', uk: 'Russia will keep fighting if its terms are unmet' },
    paraphrase:
      { en: "Expects that if Ukraine does not enshrine neutral status in its Constitution, as Russia is likely to demand, Russia's leadership will continue military action and the destruction of Ukrainian infrastructure.", uk: "Expects that if Ukraine does not enshrine neutral status in its Constitution, as Russia is likely to demand, Russia's leadership will continue military action and the destruction of Ukrainian infrastructure." },
    quote:
      { text: 'And if that’s not done, Russian leadership will continue military action, further destroying Ukrainian infrastructure', lang: 'en', translatedBy: 'hromadske' },
  },

  // Volodymyr Zelenskyy
  zelenskyyMineralsNeedGuarantees: {
    ...ZELENSKYY,
    stance: { en: 'The minerals deal should include guarantees', uk: 'The minerals deal should include guarantees' },
    paraphrase:
      { en: 'Hoped the minerals deal would include security guarantees, and stressed that American businesses already in Ukraine had not stopped Russian attacks.', uk: 'Hoped the minerals deal would include security guarantees, and stressed that American businesses already in Ukraine had not stopped Russian attacks.' },
  },
  zelenskyyPeacekeeperNumbers: {
    ...ZELENSKYY,
    stance: { en: 'Calls for a large foreign contingent', uk: 'Calls for a large foreign contingent' },
    paraphrase: { en: 'Cited a need for 200,000 peacekeepers in January 2025 and for 100,000 in February 2025.', uk: 'Cited a need for 200,000 peacekeepers in January 2025 and for 100,000 in February 2025.' },
  },
  zelenskyyNatoFirst: {
    ...ZELENSKYY,
    stance: { en: 'NATO membership as the primary guarantee', uk: 'NATO membership as the primary guarantee' },
    paraphrase:
      { en: "Treats NATO membership as Ukraine's primary security guarantee, and said he would resign in exchange for Ukraine's entry into the alliance.", uk: "Treats NATO membership as Ukraine's primary security guarantee, and said he would resign in exchange for Ukraine's entry into the alliance." },
  },
  zelenskyyNuclearWeapons: {
    ...ZELENSKYY,
    stance: { en: 'Nuclear weapons as an alternative to NATO', uk: 'Nuclear weapons as an alternative to NATO' },
    paraphrase:
      { en: "In early February 2025 raised the return of Ukraine's nuclear weapons as an alternative to NATO membership.", uk: "In early February 2025 raised the return of Ukraine's nuclear weapons as an alternative to NATO membership." },
    quote: { text: 'Give us back our nuclear weapons', lang: 'en', translatedBy: 'hromadske' },
  },

  // Donald Trump
  trumpMineralsAsSecurity: {
    ...TRUMP,
    stance: { en: 'The minerals deal itself brings security', uk: 'The minerals deal itself brings security' },
    paraphrase:
      { en: 'Sees the minerals deal itself as a security guarantee that makes others unnecessary, because an American economic presence would deter attacks; his administration viewed it chiefly as a way to offset US costs of supporting Ukraine.', uk: 'Sees the minerals deal itself as a security guarantee that makes others unnecessary, because an American economic presence would deter attacks; his administration viewed it chiefly as a way to offset US costs of supporting Ukraine.' },
    quote:
      { text: 'There’s sort of automatic security because nobody’s going to be messing around with our people when we’re there', lang: 'en', translatedBy: 'hromadske' },
  },
  trumpNatoProvokedWar: {
    ...TRUMP,
    stance: { en: 'Talk of NATO membership provoked the war', uk: 'Talk of NATO membership provoked the war' },
    paraphrase:
      { en: "Has said that talk of Ukraine joining NATO provoked Russia's war; by March 2025 the US had signalled it would not allow Ukraine's membership.", uk: "Has said that talk of Ukraine joining NATO provoked Russia's war; by March 2025 the US had signalled it would not allow Ukraine's membership." },
  },

  // Other governments
  starmerCoalition: {
    personId: 'keir-starmer',
    name: { en: 'Keir Starmer', uk: 'Keir Starmer' },
    role: { en: 'Prime Minister of the United Kingdom', uk: 'Prime Minister of the United Kingdom' },
    side: { en: 'UK government', uk: 'UK government' },
    stance: { en: 'UK will send troops to secure a peace deal', uk: 'UK will send troops to secure a peace deal' },
    paraphrase:
      { en: 'Said the UK would deploy a contingent to Ukraine to safeguard the implementation of a peace agreement, and would build a coalition of the willing to protect it.', uk: 'Said the UK would deploy a contingent to Ukraine to safeguard the implementation of a peace agreement, and would build a coalition of the willing to protect it.' },
    quote: { text: 'We’ll go further to build a coalition of the willing to protect the agreement in Ukraine and guarantee peace', lang: 'en', translatedBy: 'hromadske' },
    source: HROMADSKE_2025_03,
  },
  lombardTroops: {
    personId: 'eric-lombard',
    name: { en: 'Éric Lombard', uk: 'Éric Lombard' },
    role: { en: 'Minister of the Economy and Finance of France', uk: 'Minister of the Economy and Finance of France' },
    side: { en: 'French government', uk: 'French government' },
    stance: { en: 'France and others are ready to send troops', uk: 'France and others are ready to send troops' },
    paraphrase: { en: 'Said France and other European nations are ready to send troops to Ukraine.', uk: 'Said France and other European nations are ready to send troops to Ukraine.' },
    source: HROMADSKE_2025_03,
  },
  rubioNotRealistic: {
    personId: 'marco-rubio',
    name: { en: 'Marco Rubio', uk: 'Marco Rubio' },
    role: { en: 'US Secretary of State', uk: 'US Secretary of State' },
    side: { en: 'US administration', uk: 'US administration' },
    stance: { en: 'Rejects a return of nuclear weapons to Ukraine', uk: 'Rejects a return of nuclear weapons to Ukraine' },
    paraphrase:
      { en: "Responding to Zelenskyy, called a return of nuclear weapons an unrealistic demand that would not solve Ukraine's problem as Kyiv sees it.", uk: "Responding to Zelenskyy, called a return of nuclear weapons an unrealistic demand that would not solve Ukraine's problem as Kyiv sees it." },
    quote: { text: 'I don’t think that’s a realistic demand to have.', lang: 'en', translatedBy: 'hromadske' },
    source: HROMADSKE_2025_03,
  },
  rubioFewerNuclearStates: {
    personId: 'marco-rubio',
    name: { en: 'Marco Rubio', uk: 'Marco Rubio' },
    role: { en: 'US Secretary of State', uk: 'US Secretary of State' },
    side: { en: 'US administration', uk: 'US administration' },
    stance: { en: 'The world needs fewer nuclear-armed states', uk: 'The world needs fewer nuclear-armed states' },
    paraphrase: { en: 'Argues that the world needs fewer nuclear-armed countries, not more.', uk: 'Argues that the world needs fewer nuclear-armed countries, not more.' },
    quote: { text: 'we need less nuclear-armed countries, not more.', lang: 'en', translatedBy: 'hromadske' },
    source: HROMADSKE_2025_03,
  },
  lavrovTroopsUnacceptable: {
    personId: 'sergey-lavrov',
    name: { en: 'Sergey Lavrov', uk: 'Sergey Lavrov' },
    role: { en: 'Minister of Foreign Affairs of Russia', uk: 'Minister of Foreign Affairs of Russia' },
    side: { en: 'Russian government', uk: 'Russian government' },
    stance: { en: 'Troops from NATO countries are unacceptable', uk: 'Troops from NATO countries are unacceptable' },
    paraphrase:
      { en: 'Rejects the presence in Ukraine of troops from NATO countries, including as a peacekeeping contingent, calling it unacceptable for Russia.', uk: 'Rejects the presence in Ukraine of troops from NATO countries, including as a peacekeeping contingent, calling it unacceptable for Russia.' },
    quote: { text: 'unacceptable', lang: 'en', translatedBy: 'hromadske' },
    source: HROMADSKE_2025_03,
  },
  waltzTradeOff: {
    personId: 'mike-waltz',
    name: { en: 'Mike Waltz', uk: 'Mike Waltz' },
    role: { en: 'US National Security Adviser', uk: 'US National Security Adviser' },
    side: { en: 'US administration', uk: 'US administration' },
    stance: { en: 'A deal needs concessions from both sides', uk: 'A deal needs concessions from both sides' },
    paraphrase:
      { en: 'Says that for a peace deal Moscow would have to accept European security guarantees for Ukraine, while Kyiv would concede territory.', uk: 'Says that for a peace deal Moscow would have to accept European security guarantees for Ukraine, while Kyiv would concede territory.' },
    source: HROMADSKE_2025_03,
  },
  putinJune2024Conditions: {
    personId: 'vladimir-putin',
    name: { en: 'Vladimir Putin', uk: 'Vladimir Putin' },
    role: { en: 'President of Russia', uk: 'President of Russia' },
    side: { en: 'Russian government', uk: 'Russian government' },
    stance: { en: 'Ukraine must give up NATO plans and land', uk: 'Ukraine must give up NATO plans and land' },
    paraphrase:
      { en: 'In June 2024 named as conditions for a ceasefire and talks the withdrawal of Ukrainian troops from four Ukrainian regions Russia claims and an official renunciation of plans to join NATO, and called for a neutral, non-aligned, non-nuclear Ukraine.', uk: 'In June 2024 named as conditions for a ceasefire and talks the withdrawal of Ukrainian troops from four Ukrainian regions Russia claims and an official renunciation of plans to join NATO, and called for a neutral, non-aligned, non-nuclear Ukraine.' },
    source: KREMLIN_2024_06_14,
  },
} as const satisfies Record<string, Position>;

/** All positions held by one person, in the order written above. */
export function positionsOf(personId: string): Position[] {
  return Object.values(P).filter((p) => p.personId === personId);
}
