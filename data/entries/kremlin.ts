import type { KbEntryInput } from '../schema';

export default {
  id: 'kremlin',
  kind: 'institution',
  title: { en: 'Kremlin', uk: 'Кремль' },
  aliases: [
    { text: 'Kremlin', lang: 'en' },
    { text: 'Moscow Kremlin', lang: 'en' },
    { text: 'Кремль', lang: 'uk', stems: ['Кремл'] },
    { text: 'Кремль', lang: 'ru', stems: ['Кремл'] },
    { text: 'Kreml', lang: 'de' },
    { text: 'Kreml', lang: 'pl' },
    { text: 'Kremlin', lang: 'fr' },
  ],
  summary: {
    en: 'The fortress in the centre of Moscow that is the official seat of Russia’s president. In news reports “the Kremlin” usually stands for Vladimir Putin and the Russian leadership around him, as when the Kremlin’s spokesman, Dmitry Peskov, comments on talks about the war.',
    uk: 'Фортеця в центрі Москви, офіційна резиденція президента Росії. У новинах «Кремль» зазвичай означає Володимира Путіна й найближче до нього російське керівництво — наприклад, коли речник Кремля Дмитро Пєсков коментує переговори щодо війни.',
  },
  background: [
    {
      en: 'The Kremlin was the seat of the Soviet leadership and, since 1991, has been that of the Russian president, whose working office is in the Kremlin’s Senate Palace. The Presidential Administration has been headed since August 2016 by Anton Vaino (as of June 2025). Together with Red Square the Kremlin is a UNESCO World Heritage site.',
      uk: 'Кремль був осередком радянського керівництва, а з 1991 року — резиденцією президента Росії, робочий кабінет якого міститься в Сенатському палаці Кремля. Адміністрацію президента із серпня 2016 року очолює Антон Вайно (станом на червень 2025 року). Разом із Червоною площею Кремль внесено до Списку світової спадщини ЮНЕСКО.',
    },
    {
      en: 'The people readers most often meet as “the Kremlin” are Putin himself, his press secretary Dmitry Peskov (in the post since May 2012) and his foreign-policy aide Yuri Ushakov (both as of June 2025), who has taken part in Russia’s contacts with the Trump administration. On 3 May 2023 two drones were brought down over the Kremlin; Russia blamed Ukraine, which denied involvement.',
      uk: 'Найчастіше під «Кремлем» у новинах мають на увазі самого Путіна, його пресекретаря Дмитра Пєскова (на посаді з травня 2012 року) та помічника з питань зовнішньої політики Юрія Ушакова (обидва — станом на червень 2025 року), який брав участь у контактах Росії з адміністрацією Трампа. 3 травня 2023 року над Кремлем збили два дрони; Росія звинуватила Україну, яка свою причетність заперечила.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the Kremlin had not accepted an unconditional 30-day ceasefire proposed by the US and accepted by Ukraine in March 2025, agreeing only to limited pauses, and was sending its delegation to direct talks with Ukraine in Istanbul while pressing its demands on Ukraine’s territory and neutrality.',
      uk: 'Станом на червень 2025 року Кремль так і не погодився на безумовне 30-денне припинення вогню, яке в березні 2025 року запропонували США і прийняла Україна, — лише на обмежені паузи, — і відправляв свою делегацію на прямі переговори з Україною в Стамбулі, наполягаючи на своїх вимогах щодо території та нейтралітету України.',
    },
  },
  timeline: [
    { date: '1991-12', text: { en: 'The Soviet Union dissolves; the Kremlin becomes the seat of the Russian president.', uk: 'Розпад СРСР; Кремль стає резиденцією президента Росії.' } },
    { date: '2012-05', text: { en: 'Dmitry Peskov becomes the president’s press secretary.', uk: 'Дмитро Пєсков стає пресекретарем президента.' } },
    { date: '2016-08', text: { en: 'Anton Vaino becomes head of the Presidential Administration.', uk: 'Антон Вайно очолює Адміністрацію президента.' } },
    { date: '2023-05-03', text: { en: 'Two drones are downed over the Kremlin; Ukraine denies involvement.', uk: 'Над Кремлем збивають два дрони; Україна заперечує причетність.' } },
    { date: '2025-05-16', text: { en: 'First direct Russia–Ukraine talks since 2022 take place in Istanbul.', uk: 'У Стамбулі відбуваються перші з 2022 року прямі переговори Росії та України.' } },
  ],
  related: ['vladimir-putin', 'dmitry-peskov', 'yuri-ushakov', 'security-council-of-russia', 'istanbul-talks-2025'],
  sources: [
    { publisher: 'President of Russia (kremlin.ru)', title: 'Official website of the President of Russia' },
    { publisher: 'UNESCO', title: 'Kremlin and Red Square, Moscow (World Heritage List)' },
    { publisher: 'UAWire', title: 'Russia accuses Ukraine of overnight drone attack on Kremlin', date: '2023-05', url: 'https://uawire.org/russia-accuses-ukraine-of-overnight-drone-attack-on-kremlin' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
