import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'monobank',
  kind: 'organisation',
  title: { en: 'monobank', uk: 'monobank' },
  aliases: [
    { text: 'monobank', lang: 'en' },
    { text: 'monobank', lang: 'pl' },
    { text: 'монобанк', lang: 'uk' },
    { text: 'Монобанк', lang: 'ru' },
  ],
  summary:
    { en: 'A Ukrainian mobile-only bank launched in 2017, operating under the banking licence of Universal Bank. Its fundraising “jars” are widely used to collect donations for the Ukrainian army; co-founder Oleh Gorokhovsky launched the “For Nukes” fund in 2025.', uk: 'Український мобільний банк без відділень, запущений 2017 року, що працює за банківською ліцензією Універсал Банку. Його «банки» для зборів широко використовують, щоб збирати пожертви для української армії; співзасновник Олег Гороховський у 2025 році запустив фонд «For Nukes».' },
  background: [
    { en: 'monobank has no branches: customers open accounts and manage cards through a smartphone app. It was created in 2017 by a team of former PrivatBank managers, including Oleh Gorokhovsky, together with Universal Bank, which holds the licence.', uk: 'monobank не має відділень: клієнти відкривають рахунки й керують картками через застосунок у смартфоні. Його створила 2017 року команда колишніх менеджерів ПриватБанку, серед них Олег Гороховський, разом з Універсал Банком, який має ліцензію.' },
    { en: 'Its “jar” feature lets anyone open a public collection, and since 2022 it has been a common tool for crowdfunding military needs. Separately, hromadske reported in March 2025 that co-founder Oleh Gorokhovsky had launched a “For Nukes” fund, which raised 27 million hryvnias for military needs.', uk: 'Функція «банка» дає змогу будь-кому відкрити публічний збір, і від 2022 року це поширений інструмент краудфандингу на військові потреби. Окремо hromadske повідомляв у березні 2025 року, що співзасновник банку Олег Гороховський запустив фонд «For Nukes», який зібрав 27 мільйонів гривень на військові потреби.' },
  ],
  related: ['oleh-gorokhovsky', 'for-nukes-fund'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
