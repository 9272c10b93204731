import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'for-nukes-fund',
  kind: 'fund',
  title: { en: '“For Nukes” fund', uk: '“For Nukes” fund' },
  aliases: [{ text: 'For Nukes', lang: 'en', caseSensitive: true, ambiguous: true }],
  disambiguation: {
    anyOf: ['fund', 'fundrais*', 'monobank', 'Gorokhovsk*', 'Horokhovsk*', 'hryvnia', 'raised', 'donat*', 'jar'],
    noneOf: [],
    window: 250,
  },
  summary:
    { en: 'A public fundraiser named “For Nukes”, launched by monobank co-founder Oleh Gorokhovsky in early 2025 amid the public dispute between the Ukrainian and US presidents. According to hromadske it raised 27 million hryvnias for military needs by March 2025.', uk: 'A public fundraiser named “For Nukes”, launched by monobank co-founder Oleh Gorokhovsky in early 2025 amid the public dispute between the Ukrainian and US presidents. According to hromadske it raised 27 million hryvnias for military needs by March 2025.' },
  background: [
    { en: 'Oleh Gorokhovsky launched the fund days before hromadske’s March 2025 article, amid the dispute between Presidents Zelenskyy and Trump in Washington. Its name echoed Zelenskyy’s call in early February to give Ukraine back its nuclear weapons as an alternative to NATO membership.', uk: 'Oleh Gorokhovsky launched the fund days before hromadske’s March 2025 article, amid the dispute between Presidents Zelenskyy and Trump in Washington. Its name echoed Zelenskyy’s call in early February to give Ukraine back its nuclear weapons as an alternative to NATO membership.' },
    { en: 'hromadske reported that the fund raised 27 million hryvnias (it gave the equivalent as $653,792) for military needs. Its name voiced a public sentiment about the nuclear weapons Ukraine gave up in the 1990s.', uk: 'hromadske reported that the fund raised 27 million hryvnias (it gave the equivalent as $653,792) for military needs. Its name voiced a public sentiment about the nuclear weapons Ukraine gave up in the 1990s.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske cited the fund as a sign that calls for nuclear weapons were not only Zelenskyy’s wish, while noting that such talk was unlikely to reflect reality: the US Secretary of State called it unrealistic.', uk: 'As of March 2025, hromadske cited the fund as a sign that calls for nuclear weapons were not only Zelenskyy’s wish, while noting that such talk was unlikely to reflect reality: the US Secretary of State called it unrealistic.' },
  },
  timeline: [
    { date: '2025-02', text: { en: 'Zelenskyy calls for Ukraine’s nuclear weapons to be given back, as an alternative to NATO membership.', uk: 'Zelenskyy calls for Ukraine’s nuclear weapons to be given back, as an alternative to NATO membership.' } },
    { date: '2025-03', text: { en: 'hromadske reports that the “For Nukes” fund has raised 27 million hryvnias for military needs.', uk: 'hromadske reports that the “For Nukes” fund has raised 27 million hryvnias for military needs.' } },
  ],
  positions: [],
  related: ['oleh-gorokhovsky', 'monobank', 'ukraine-nuclear-disarmament', 'budapest-memorandum'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
