import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'research-solutions',
  kind: 'organisation',
  title: { en: 'Research Solutions (analytical network)', uk: 'Research Solutions (аналітична мережа)' },
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
    { en: 'An analytical network whose expert Alina Hrytsenko commented on security guarantees for Ukraine in hromadske’s March 2025 article. The KB holds no further verified details about the organisation.', uk: 'Аналітична мережа, експертка якої Аліна Гриценко коментувала гарантії безпеки для України в статті hromadske в березні 2025 року. Інших перевірених відомостей про організацію в базі знань немає.' },
  background: [
    { en: 'hromadske refers to Research Solutions as an analytical network and cites its expert Alina Hrytsenko, a political scientist, on security guarantees, peacekeepers, NATO and mini-alliances.', uk: 'hromadske називає Research Solutions аналітичною мережею і цитує її експертку, політологиню Аліну Гриценко, щодо гарантій безпеки, миротворців, НАТО і міні-альянсів.' },
    { en: 'It is not to be confused with unrelated companies of the same name.', uk: 'Її не слід плутати з не пов’язаними з нею компаніями з такою самою назвою.' },
  ],
  related: ['alina-hrytsenko'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
