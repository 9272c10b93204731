import type { KbEntryInput } from '../schema';
import { UKRAINE_CUES, KYIV_CUES, RUSSIA_CUES } from '../cues';
import { P } from '../positions';
import { HROMADSKE_2025_03, KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'peace-deal',
  kind: 'concept',
  title: { en: 'Russia–Ukraine peace deal', uk: 'Russia–Ukraine peace deal' },
  aliases: [
    { text: 'peace deal', lang: 'en', ambiguous: true },
    { text: 'peace agreement', lang: 'en', ambiguous: true },
    { text: 'peace settlement', lang: 'en', ambiguous: true },
    { text: 'peace accord', lang: 'en', ambiguous: true },
    { text: 'мирна угода', lang: 'uk', stems: ['мирн', 'угод'], ambiguous: true },
    { text: 'мирний договір', lang: 'uk', stems: ['мирн', 'догов'], ambiguous: true },
    { text: 'мирное соглашение', lang: 'ru', stems: ['мирн', 'соглашени'], ambiguous: true },
    { text: 'мирный договор', lang: 'ru', stems: ['мирн', 'договор'], ambiguous: true },
    { text: 'Friedensabkommen', lang: 'de', ambiguous: true },
    { text: 'Friedensvertrag', lang: 'de', ambiguous: true },
    { text: 'porozumienie pokojowe', lang: 'pl', stems: ['porozumieni', 'pokojow'], ambiguous: true },
    { text: 'umowa pokojowa', lang: 'pl', stems: ['umow', 'pokojow'], ambiguous: true },
    { text: 'accord de paix', lang: 'fr', ambiguous: true },
  ],
  // Generic phrases: this card is only for the Russia–Ukraine war.
  disambiguation: {
    anyOf: [
      ...UKRAINE_CUES,
      ...KYIV_CUES,
      ...RUSSIA_CUES,
      'Moscow',
      'Kremlin',
      'Putin*',
      'Путін',
      'Путин',
      'Zelensk*',
      'Selensk*',
      'Zełensk*',
      'Зеленськ*',
      'Зеленск*',
    ],
    noneOf: ['Gaza', 'Hamas', 'Israel', 'Armenia', 'Azerbaijan', 'Congo', 'Rwanda'],
    window: 250,
  },
  summary:
    { en: 'A negotiated settlement to end Russia’s war against Ukraine. As of March 2025 no deal existed; the US pressed for talks, Ukraine sought security guarantees as part of any agreement, and Russia demanded terms including Ukraine’s renunciation of NATO membership. Any guarantees would themselves be bargained over.', uk: 'A negotiated settlement to end Russia’s war against Ukraine. As of March 2025 no deal existed; the US pressed for talks, Ukraine sought security guarantees as part of any agreement, and Russia demanded terms including Ukraine’s renunciation of NATO membership. Any guarantees would themselves be bargained over.' },
  background: [
    { en: 'Earlier attempts to settle the conflict include the Minsk agreements of 2014–2015, which did not end the fighting in Donbas, and talks in Istanbul in spring 2022, which broke down. Since 2022 Ukraine has insisted that any deal respect its territorial integrity and include guarantees against a new attack.', uk: 'Earlier attempts to settle the conflict include the Minsk agreements of 2014–2015, which did not end the fighting in Donbas, and talks in Istanbul in spring 2022, which broke down. Since 2022 Ukraine has insisted that any deal respect its territorial integrity and include guarantees against a new attack.' },
    { en: 'In 2025 the new US administration opened direct contacts with Russia and pressed both sides towards a ceasefire. The US position, per hromadske, was that terms must be accepted by both Ukraine and Russia to hold. European states prepared a contingent to safeguard a future agreement.', uk: 'In 2025 the new US administration opened direct contacts with Russia and pressed both sides towards a ceasefire. The US position, per hromadske, was that terms must be accepted by both Ukraine and Russia to hold. European states prepared a contingent to safeguard a future agreement.' },
    { en: 'A settlement would have to resolve disputed questions: control of occupied territory, Ukraine’s alliances and armed forces, sanctions, and how compliance would be secured. The Ukrainian experts hromadske interviewed in March 2025 agreed that no guarantee in a deal could fully protect Ukraine from another attack.', uk: 'A settlement would have to resolve disputed questions: control of occupied territory, Ukraine’s alliances and armed forces, sanctions, and how compliance would be secured. The Ukrainian experts hromadske interviewed in March 2025 agreed that no guarantee in a deal could fully protect Ukraine from another attack.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske reported US National Security Adviser Mike Waltz’s view that Moscow would have to accept European guarantees for Ukraine and Kyiv would concede territory, while Russia rejected each proposed guarantee, from peacekeepers to NATO membership, and hromadske expected it to demand neutrality.', uk: 'As of March 2025, hromadske reported US National Security Adviser Mike Waltz’s view that Moscow would have to accept European guarantees for Ukraine and Kyiv would concede territory, while Russia rejected each proposed guarantee, from peacekeepers to NATO membership, and hromadske expected it to demand neutrality.' },
  },
  timeline: [
    { date: '2014-09-05', text: { en: 'The Minsk Protocol is signed, aiming at a ceasefire in Donbas.', uk: 'The Minsk Protocol is signed, aiming at a ceasefire in Donbas.' } },
    { date: '2015-02-12', text: { en: 'The Minsk II package of measures is agreed; fighting continues at lower intensity.', uk: 'The Minsk II package of measures is agreed; fighting continues at lower intensity.' } },
    { date: '2022-03-29', text: { en: 'Russian–Ukrainian talks in Istanbul discuss neutrality in exchange for guarantees; they later break down.', uk: 'Russian–Ukrainian talks in Istanbul discuss neutrality in exchange for guarantees; they later break down.' } },
    { date: '2024-06-14', text: { en: 'Putin sets out Russia’s conditions for a ceasefire and talks.', uk: 'Putin sets out Russia’s conditions for a ceasefire and talks.' } },
    {
      date: '2025-03-11',
      text: { en: 'After talks with the US in Jeddah, Ukraine says it is ready to accept a 30-day ceasefire proposal.', uk: 'After talks with the US in Jeddah, Ukraine says it is ready to accept a 30-day ceasefire proposal.' },
    },
  ],
  positions: [
    P.waltzTradeOff,
    P.putinJune2024Conditions,
    P.starmerCoalition,
    P.hrytsenkoBargainingChip,
    P.portnikovNeutralityDemand,
    P.portnikovEconomicTies,
  ],
  related: [
    'security-guarantees',
    'minsk-agreements',
    'neutral-status',
    'peacekeepers',
    'coalition-of-the-willing',
    'full-scale-invasion',
  ],
  sources: [HROMADSKE_2025_03, KREMLIN_2024_06_14],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
