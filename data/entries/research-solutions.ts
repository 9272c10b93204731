import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'research-solutions',
  kind: 'organisation',
  title: { en: 'Research Solutions (analytical network)', uk: 'Research Solutions (analytical network)' },
  aliases: [
    // A generic English phrase and also the name of unrelated companies: context required.
    { text: 'Research Solutions', lang: 'en', caseSensitive: true, ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['Hrytsenko', 'Гриценко', 'Alina', 'analytical network', 'Ukrain*', 'Україн*', 'hromadske'],
    noneOf: ['Inc.', 'NASDAQ', 'RSSS'],
    window: 300,
  },
  summary:
    { en: 'An analytical network whose expert Alina Hrytsenko commented on security guarantees for Ukraine in hromadske’s March 2025 article. The KB holds no further verified details about the organisation.', uk: 'An analytical network whose expert Alina Hrytsenko commented on security guarantees for Ukraine in hromadske’s March 2025 article. The KB holds no further verified details about the organisation.' },
  background: [
    { en: 'hromadske refers to Research Solutions as an analytical network and cites its expert Alina Hrytsenko, a political scientist, on security guarantees, peacekeepers, NATO and mini-alliances.', uk: 'hromadske refers to Research Solutions as an analytical network and cites its expert Alina Hrytsenko, a political scientist, on security guarantees, peacekeepers, NATO and mini-alliances.' },
    { en: 'It is not to be confused with unrelated companies of the same name.', uk: 'It is not to be confused with unrelated companies of the same name.' },
  ],
  related: ['alina-hrytsenko'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
