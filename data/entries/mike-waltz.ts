import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'mike-waltz',
  kind: 'person',
  title: { en: 'Mike Waltz', uk: 'Mike Waltz' },
  aliases: [
    { text: 'Mike Waltz', lang: 'en' },
    { text: 'Michael Waltz', lang: 'en' },
    // "waltz" is a dance; Christoph Waltz is an actor.
    { text: 'Waltz', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Майк Волц', lang: 'uk' },
    { text: 'Майк Уолц', lang: 'ru' },
  ],
  disambiguation: {
    anyOf: [
      'Mike',
      'Michael',
      'national security',
      'adviser',
      'advisor',
      'White House',
      'Trump',
      'Rubio',
      'congressman',
      'ambassador',
      'United Nations',
      'Sicherheitsberater',
      'doradca',
    ],
    noneOf: ['Christoph', 'Strauss', 'Chopin', 'ballroom', 'dance', 'Tanz', 'orchestra', 'Oscar'],
    window: 300,
  },
  summary:
    { en: 'US National Security Adviser from January to May 2025, later US Ambassador to the United Nations; before that a Republican congressman from Florida. In March 2025 he said a peace deal would require Moscow to accept European guarantees for Ukraine and Kyiv to concede territory.', uk: 'US National Security Adviser from January to May 2025, later US Ambassador to the United Nations; before that a Republican congressman from Florida. In March 2025 he said a peace deal would require Moscow to accept European guarantees for Ukraine and Kyiv to concede territory.' },
  background: [
    { en: 'A former US Army Special Forces officer, Waltz represented a Florida district in the House of Representatives from 2019 to 2025. He became President Trump’s national security adviser in January 2025, left that post on 1 May 2025 when Trump nominated him as ambassador to the United Nations, and was confirmed by the Senate in September 2025.', uk: 'A former US Army Special Forces officer, Waltz represented a Florida district in the House of Representatives from 2019 to 2025. He became President Trump’s national security adviser in January 2025, left that post on 1 May 2025 when Trump nominated him as ambassador to the United Nations, and was confirmed by the Senate in September 2025.' },
    { en: 'hromadske reported in March 2025 his view that a deal was possible in which Moscow would accept European security guarantees for Ukraine and Kyiv would concede territory.', uk: 'hromadske reported in March 2025 his view that a deal was possible in which Moscow would accept European security guarantees for Ukraine and Kyiv would concede territory.' },
  ],
  roles: [
    { title: { en: 'Member of the US House of Representatives (Florida)', uk: 'Member of the US House of Representatives (Florida)' }, from: '2019-01-03', to: '2025-01-20' },
    { title: { en: 'US National Security Adviser', uk: 'US National Security Adviser' }, from: '2025-01-20', to: '2025-05-01' },
    { title: { en: 'US Ambassador to the United Nations', uk: 'US Ambassador to the United Nations' }, from: '2025-09', asOf: '2025-09' },
  ],
  positions: positionsOf('mike-waltz'),
  related: ['peace-deal', 'security-guarantees', 'donald-trump', 'marco-rubio'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
