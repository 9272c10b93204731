import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'monobank',
  kind: 'organisation',
  title: { en: 'monobank', uk: 'monobank' },
  aliases: [
    { text: 'monobank', lang: 'en' },
    { text: 'монобанк', lang: 'uk' },
    { text: 'Монобанк', lang: 'ru' },
  ],
  summary:
    { en: 'A Ukrainian mobile-only bank launched in 2017, operating under the banking licence of Universal Bank. Its fundraising “jars” are widely used to collect donations for the Ukrainian army; co-founder Oleh Gorokhovsky launched the “For Nukes” fund in 2025.', uk: 'A Ukrainian mobile-only bank launched in 2017, operating under the banking licence of Universal Bank. Its fundraising “jars” are widely used to collect donations for the Ukrainian army; co-founder Oleh Gorokhovsky launched the “For Nukes” fund in 2025.' },
  background: [
    { en: 'monobank has no branches: customers open accounts and manage cards through a smartphone app. It was created in 2017 by a team of former PrivatBank managers, including Oleh Gorokhovsky, together with Universal Bank, which holds the licence.', uk: 'monobank has no branches: customers open accounts and manage cards through a smartphone app. It was created in 2017 by a team of former PrivatBank managers, including Oleh Gorokhovsky, together with Universal Bank, which holds the licence.' },
    { en: 'Its “jar” feature lets anyone open a public collection, and since 2022 it has been a common tool for crowdfunding military needs. In early 2025 co-founder Oleh Gorokhovsky launched the “For Nukes” fund, which hromadske reported had raised 27 million hryvnias for military needs.', uk: 'Its “jar” feature lets anyone open a public collection, and since 2022 it has been a common tool for crowdfunding military needs. In early 2025 co-founder Oleh Gorokhovsky launched the “For Nukes” fund, which hromadske reported had raised 27 million hryvnias for military needs.' },
  ],
  related: ['oleh-gorokhovsky', 'for-nukes-fund'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
