import type { KbEntryInput } from '../schema';

export default {
  id: 'wagner-group',
  kind: 'organisation',
  title: { en: 'Wagner Group', uk: 'ПВК «Вагнер»' },
  aliases: [
    { text: 'Wagner Group', lang: 'en' },
    { text: 'Wagner PMC', lang: 'en' },
    { text: 'PMC Wagner', lang: 'en' },
    { text: 'Wagner mercenaries', lang: 'en' },
    { text: 'Wagnerites', lang: 'en' },
    // "Wagner" alone is the composer Richard Wagner and many other people called Wagner.
    { text: 'Wagner', lang: 'en', ambiguous: true },
    { text: 'Вагнер', lang: 'uk', stems: ['Вагнер'], ambiguous: true },
    { text: 'Вагнер', lang: 'ru', stems: ['Вагнер'], ambiguous: true },
    { text: 'вагнерівці', lang: 'uk', stems: ['вагнерівц'] },
    { text: 'вагнеровцы', lang: 'ru', stems: ['вагнеровц'] },
    { text: 'Gruppe Wagner', lang: 'de' },
    { text: 'Wagner-Gruppe', lang: 'de' },
    { text: 'Wagner-Söldner', lang: 'de' },
    { text: 'Grupa Wagnera', lang: 'pl', stems: ['Grup', 'Wagnera'] },
    { text: 'wagnerowcy', lang: 'pl', stems: ['wagnerowc'] },
    { text: 'groupe Wagner', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: [
      'mercenar*', 'PMC', 'private military', 'Prigozhin', 'Prigoschin', 'Prigożyn', 'Utkin', 'fighters', 'mutiny',
      'ПВК', 'ЧВК', 'Пригожин*', 'Уткін*', 'Уткин*', 'найман*', 'наємник*', 'наемник*', 'бойовик*', 'боевик*', 'заколот*', 'мятеж*', 'Бахмут*',
      'Söldner*', 'Kämpfer*', 'Meuterei', 'Bachmut', 'najemni*', 'bojownic*', 'Bakhmut', 'Africa Corps', 'Mali', 'Libya', 'Syria',
    ],
    noneOf: [
      'Richard', 'Ріхард*', 'Рихард*', 'opera', 'operas', 'Oper', 'Opern*', 'опера', 'опери', 'оперн*', 'opery', 'operow*',
      'composer', 'Komponist*', 'kompozytor*', 'композитор*', 'Bayreuth*', 'Байройт*', 'Festspiele',
      'Tannhäuser', 'Lohengrin', 'Walküre', 'Nibelung*', 'Parsifal', 'Tristan', 'Isolde', 'Wagnerian',
    ],
    window: 300,
  },
  summary: {
    en: 'A Russian private military company founded and run by Yevgeny Prigozhin, used for Russia’s operations in Ukraine, Syria and Africa. Its fighters, many recruited from prisons, led the assault on Bakhmut in 2022–2023. After its mutiny of June 2023 and Prigozhin’s death that August, it lost most of its role in Ukraine.',
    uk: 'Російська приватна військова компанія, яку заснував і очолював Євгеній Пригожин; Росія використовувала її в Україні, Сирії та Африці. Її бійці, багато з яких завербовані у в’язницях, вели штурм Бахмута у 2022–2023 роках. Після заколоту в червні 2023 року та загибелі Пригожина в серпні того ж року «Вагнер» втратив більшу частину своєї ролі в Україні.',
  },
  background: [
    {
      en: 'Wagner fighters were reported in Donbas from 2014, and later in Syria, Libya, the Central African Republic, Mali and Sudan, giving Moscow deniable military power. Prigozhin denied any link for years and acknowledged founding the group only in September 2022. In January 2023 the United States designated Wagner a transnational criminal organisation.',
      uk: 'Бійців «Вагнера» фіксували на Донбасі з 2014 року, згодом — у Сирії, Лівії, Центральноафриканській Республіці, Малі та Судані: так Москва отримувала військову силу, від якої могла відхреститися. Пригожин роками заперечував зв’язок із групою і визнав, що заснував її, лише у вересні 2022 року. У січні 2023 року США визнали «Вагнер» транснаціональною злочинною організацією.',
    },
    {
      en: 'On 20 May 2023 Prigozhin claimed the capture of Bakhmut after months of fighting. On 23–24 June 2023, after a feud with Russia’s military leadership, Wagner forces took over military sites in Rostov-on-Don and marched towards Moscow, stopping after a deal mediated by Alexander Lukashenko. On 23 August 2023 Prigozhin and Wagner’s commander Dmitry Utkin were killed when their plane crashed in Tver oblast, north-west of Moscow.',
      uk: '20 травня 2023 року Пригожин заявив про захоплення Бахмута після багатомісячних боїв. 23–24 червня 2023 року, після конфлікту з російським військовим керівництвом, сили «Вагнера» захопили військові об’єкти в Ростові-на-Дону й рушили на Москву, але зупинилися після домовленості за посередництва Олександра Лукашенка. 23 серпня 2023 року Пригожин і командир «Вагнера» Дмитро Уткін загинули в авіакатастрофі в Тверській області, на північний захід від Москви.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Wagner no longer fought as a major force in Ukraine. Its name still appears in news about Russia’s use of mercenaries and prison recruits, and about Africa, where Russia’s defence ministry has built up its own “Africa Corps” to take over much of Wagner’s former role.',
      uk: 'Станом на червень 2025 року «Вагнер» уже не воював в Україні як значна сила. Назва групи досі з’являється в новинах про використання Росією найманців і завербованих в’язнів, а також про Африку, де Міноборони Росії розбудувало власний «Африканський корпус», який перебрав значну частину колишньої ролі «Вагнера».',
    },
  },
  timeline: [
    { date: '2014', text: { en: 'Wagner fighters are first reported in eastern Ukraine.', uk: 'Про бійців «Вагнера» вперше повідомляють на сході України.' } },
    { date: '2022-09', text: { en: 'Prigozhin acknowledges founding Wagner.', uk: 'Пригожин визнає, що заснував «Вагнер».' } },
    { date: '2023-01', text: { en: 'The US designates Wagner a transnational criminal organisation.', uk: 'США визнають «Вагнер» транснаціональною злочинною організацією.' } },
    { date: '2023-05-20', text: { en: 'Prigozhin claims the capture of Bakhmut.', uk: 'Пригожин заявляє про захоплення Бахмута.' } },
    { date: '2023-06-23', text: { en: 'Wagner’s mutiny begins; it is called off the next day.', uk: 'Починається заколот «Вагнера»; наступного дня його припиняють.' } },
    { date: '2023-08-23', text: { en: 'Prigozhin and Utkin are killed in a plane crash.', uk: 'Пригожин і Уткін гинуть в авіакатастрофі.' } },
  ],
  related: ['yevgeny-prigozhin', 'wagner-mutiny-2023', 'battle-of-bakhmut', 'alexander-lukashenko', 'kremlin'],
  sources: [
    { publisher: 'US Department of the Treasury', title: 'Treasury Sanctions Russian Proxy Wagner Group as a Transnational Criminal Organization', date: '2023-01-26' },
    { publisher: 'Meduza', title: 'Yevgeny Prigozhin’s coup', date: '2023-06-23', url: 'https://meduza.io/en/live/2023/06/23/yevgeny-prigozhin-s-coup' },
    { publisher: 'The Jerusalem Post', title: 'Wagner Group chief among passengers on crashed plane near Moscow', date: '2023-08-23', url: 'https://www.jpost.com/breaking-news/article-755928' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
