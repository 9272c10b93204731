import type { KbEntryInput } from '../schema';

export default {
  id: 'storm-shadow',
  kind: 'weapon',
  title: { en: 'Storm Shadow / SCALP', uk: 'Storm Shadow / SCALP' },
  aliases: [
    { text: 'Storm Shadow', lang: 'en' },
    // Upper case only: "scalp" is an ordinary word.
    { text: 'SCALP', lang: 'fr', caseSensitive: true },
    { text: 'SCALP-EG', lang: 'fr', caseSensitive: true },
    { text: 'Шторм Шедоу', lang: 'uk', stems: ['Шторм', 'Шедоу'] },
    { text: 'Шторм Шэдоу', lang: 'ru', stems: ['Шторм', 'Шэдоу'] },
  ],
  summary: {
    en: 'An Anglo-French air-launched cruise missile made by MBDA, called Storm Shadow in Britain and SCALP-EG in France, with a range of over 250 km. Britain began supplying it to Ukraine in May 2023 and France followed; Ukraine fires it from its Soviet-era Su-24 bombers at targets deep behind the front.',
    uk: 'Англо-французька крилата ракета повітряного базування виробництва MBDA: у Британії вона зветься Storm Shadow, у Франції — SCALP-EG; дальність — понад 250 км. Велика Британія почала передавати її Україні в травні 2023 року, згодом долучилася Франція. Україна запускає ці ракети з радянських бомбардувальників Су-24 по цілях глибоко в тилу.',
  },
  background: [
    {
      en: 'On 11 May 2023 UK defence secretary Ben Wallace told the House of Commons that Britain was donating Storm Shadow missiles, for use within Ukraine’s sovereign territory. France announced SCALP deliveries at NATO’s Vilnius summit in July 2023. Ukraine has used them against command posts, depots and military targets in occupied territory, including Crimea.',
      uk: '11 травня 2023 року міністр оборони Британії Бен Воллес повідомив Палату громад, що Лондон передає Україні ракети Storm Shadow для застосування в межах суверенної території України. Франція оголосила про постачання SCALP на саміті НАТО у Вільнюсі в липні 2023 року. Україна застосовує їх проти командних пунктів, складів і військових об’єктів на окупованих територіях, зокрема в Криму.',
    },
    {
      en: 'Using them against Russia itself needed the consent of London and Paris and, reportedly, of Washington. After the US allowed ATACMS strikes into Russia in November 2024, Storm Shadows were reported fired at Russia’s Kursk region on 20 November 2024.',
      uk: 'Для ударів по території самої Росії потрібна була згода Лондона й Парижа, а також, за повідомленнями, Вашингтона. Після того як у листопаді 2024 року США дозволили удари ATACMS по Росії, 20 листопада 2024 року з’явилися повідомлення про удар Storm Shadow по Курській області.',
    },
  ],
  timeline: [
    { date: '2023-05-11', text: { en: 'The UK confirms it is sending Storm Shadow missiles to Ukraine.', uk: 'Британія підтверджує передачу Україні ракет Storm Shadow.' } },
    { date: '2023-07', text: { en: 'France announces SCALP missiles for Ukraine at the NATO summit in Vilnius.', uk: 'Франція на саміті НАТО у Вільнюсі оголошує про передачу Україні ракет SCALP.' } },
    { date: '2024-11-20', text: { en: 'Storm Shadows are reported fired at targets in Russia’s Kursk region for the first time.', uk: 'Повідомлення про перший удар Storm Shadow по цілях у Курській області Росії.' } },
  ],
  related: ['atacms', 'taurus', 'himars', 'crimea', 'black-sea-fleet', 'escalation'],
  sources: [
    { publisher: 'AP', title: 'UK sending Ukraine long-range cruise missiles', date: '2023-05-11' },
    { publisher: 'The Moscow Times', title: "Ukraine Fires U.K.-Made Storm Shadow Missiles at Russia's Kursk Region – Reports", date: '2024-11-20' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
