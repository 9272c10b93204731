import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'oleh-gorokhovsky',
  kind: 'person',
  title: { en: 'Oleh Gorokhovsky', uk: 'Олег Гороховський' },
  aliases: [
    { text: 'Oleh Gorokhovsky', lang: 'en' },
    { text: 'Oleg Gorokhovsky', lang: 'en' },
    { text: 'Oleh Horokhovskyi', lang: 'en' },
    { text: 'Gorokhovsky', lang: 'en' },
    { text: 'Horokhovskyi', lang: 'en' },
    { text: 'Ołeh Horochowski', lang: 'pl', stems: ['Ołeh', 'Horochowsk'] },
    { text: 'Horochowski', lang: 'pl', stems: ['Horochowsk'] },
    { text: 'Олег Гороховський', lang: 'uk', stems: ['Олег', 'Гороховськ'] },
    { text: 'Гороховський', lang: 'uk', stems: ['Гороховськ'] },
    { text: 'Олег Гороховский', lang: 'ru', stems: ['Олег', 'Гороховск'] },
    { text: 'Гороховский', lang: 'ru', stems: ['Гороховск'] },
  ],
  summary:
    { en: 'Ukrainian banker and co-founder of monobank, Ukraine’s app-only bank. According to hromadske, days before its March 2025 article and amid the Washington spat between the Ukrainian and US presidents, he launched a “For Nukes” fund that raised 27 million hryvnias for military needs.', uk: 'Український банкір, співзасновник monobank — українського банку, що працює лише через застосунок. За даними hromadske, за кілька днів до виходу статті видання в березні 2025 року, на тлі вашингтонської сварки президентів України і США, він запустив фонд «For Nukes», який зібрав 27 мільйонів гривень на військові потреби.' },
  background: [
    { en: 'Gorokhovsky is one of the co-founders of monobank, launched in 2017 by a team of former PrivatBank managers.', uk: 'Гороховський — один зі співзасновників monobank, який 2017 року запустила команда колишніх менеджерів ПриватБанку.' },
    { en: 'hromadske reported in March 2025 that, days earlier and amid the Washington spat between the presidents, he had “tapped public sentiment” by launching the “For Nukes” fund, which raised 27 million hryvnias ($653,792) for military needs.', uk: 'hromadske повідомляв у березні 2025 року, що за кілька днів до того, на тлі вашингтонської сварки президентів, Гороховський вловив суспільні настрої і запустив фонд «For Nukes», який зібрав 27 мільйонів гривень (653 792 долари) на військові потреби.' },
  ],
  roles: [{ title: { en: 'Co-founder of monobank', uk: 'Співзасновник monobank' }, from: '2017', asOf: '2025-03' }],
  positions: positionsOf('oleh-gorokhovsky'),
  related: ['monobank', 'for-nukes-fund', 'ukraine-nuclear-disarmament'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
