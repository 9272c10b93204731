import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'oleh-gorokhovsky',
  kind: 'person',
  title: { en: 'Oleh Gorokhovsky', uk: 'Oleh Gorokhovsky' },
  aliases: [
    { text: 'Oleh Gorokhovsky', lang: 'en' },
    { text: 'Oleg Gorokhovsky', lang: 'en' },
    { text: 'Oleh Horokhovskyi', lang: 'en' },
    { text: 'Gorokhovsky', lang: 'en' },
    { text: 'Horokhovskyi', lang: 'en' },
    { text: 'Олег Гороховський', lang: 'uk', stems: ['Олег', 'Гороховськ'] },
    { text: 'Гороховський', lang: 'uk', stems: ['Гороховськ'] },
    { text: 'Олег Гороховский', lang: 'ru', stems: ['Олег', 'Гороховск'] },
    { text: 'Гороховский', lang: 'ru', stems: ['Гороховск'] },
  ],
  summary:
    { en: 'Ukrainian banker and co-founder of monobank, Ukraine’s app-only bank. In early 2025, amid the dispute between the Ukrainian and US presidents, he launched a public “For Nukes” fund that, according to hromadske, raised 27 million hryvnias for military needs.', uk: 'Ukrainian banker and co-founder of monobank, Ukraine’s app-only bank. In early 2025, amid the dispute between the Ukrainian and US presidents, he launched a public “For Nukes” fund that, according to hromadske, raised 27 million hryvnias for military needs.' },
  background: [
    { en: 'Gorokhovsky is one of the co-founders of monobank, launched in 2017 by a team of former PrivatBank managers.', uk: 'Gorokhovsky is one of the co-founders of monobank, launched in 2017 by a team of former PrivatBank managers.' },
    { en: 'hromadske reported in March 2025 that he “tapped public sentiment” after Zelenskyy’s call to give Ukraine back its nuclear weapons, launching the “For Nukes” fundraiser, which collected 27 million hryvnias for the military.', uk: 'hromadske reported in March 2025 that he “tapped public sentiment” after Zelenskyy’s call to give Ukraine back its nuclear weapons, launching the “For Nukes” fundraiser, which collected 27 million hryvnias for the military.' },
  ],
  roles: [{ title: { en: 'Co-founder of monobank', uk: 'Co-founder of monobank' }, from: '2017', asOf: '2025-03' }],
  positions: positionsOf('oleh-gorokhovsky'),
  related: ['monobank', 'for-nukes-fund', 'ukraine-nuclear-disarmament'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
