import type { KbEntryInput } from '../schema';

export default {
  id: 'kakhovka-dam-destruction',
  kind: 'event',
  title: { en: 'Destruction of the Kakhovka dam (6 June 2023)', uk: 'Руйнування Каховської ГЕС (6 червня 2023 року)' },
  aliases: [
    { text: 'Kakhovka dam', lang: 'en' },
    { text: 'Nova Kakhovka dam', lang: 'en' },
    { text: 'Kakhovka hydroelectric dam', lang: 'en' },
    { text: 'Kakhovka hydroelectric power plant', lang: 'en' },
    { text: 'Kakhovka HPP', lang: 'en' },
    { text: 'Каховська ГЕС', lang: 'uk', stems: ['Каховськ', 'ГЕС'] },
    { text: 'Каховська дамба', lang: 'uk', stems: ['Каховськ', 'дамб'] },
    { text: 'Каховская ГЭС', lang: 'ru', stems: ['Каховск', 'ГЭС'] },
    { text: 'Каховская плотина', lang: 'ru', stems: ['Каховск', 'плотин'] },
    { text: 'Kachowka-Staudamm', lang: 'de' },
    { text: 'Staudamm von Kachowka', lang: 'de' },
    { text: 'Kachowka-Damm', lang: 'de' },
    { text: 'zapora w Nowej Kachowce', lang: 'pl', stems: ['zapor', 'w', 'Nowej', 'Kachowce'] },
    { text: 'tama w Nowej Kachowce', lang: 'pl', stems: ['tam', 'w', 'Nowej', 'Kachowce'] },
    { text: 'zapora kachowska', lang: 'pl', stems: ['zapor', 'kachowsk'] },
    { text: 'barrage de Kakhovka', lang: 'fr' },
  ],
  summary: {
    en: 'The dam of the Kakhovka hydroelectric plant on the Dnipro, held by Russian forces since February 2022, was destroyed in the early hours of 6 June 2023. The flood hit dozens of towns and villages in the Kherson region and drained the reservoir. Ukraine says Russian forces blew it up; Russia blames Ukraine.',
    uk: 'Греблю Каховської ГЕС на Дніпрі, яку російські війська контролювали з лютого 2022 року, зруйновано вночі 6 червня 2023 року. Вода затопила десятки міст і сіл Херсонщини, Каховське водосховище спорожніло. Україна заявляє, що греблю підірвали російські військові; Росія звинувачує Україну.',
  },
  background: [
    {
      en: 'Russian forces took the dam at Nova Kakhovka on the first day of the full-scale invasion. After their withdrawal from the right bank in November 2022 it stood on the front line. On 6 June 2023 the dam collapsed; floodwater inundated settlements on both banks downstream, including parts of Kherson city and occupied towns on the left bank, and officials on both sides reported dozens of deaths. The IAEA monitored the Zaporizhzhia nuclear power plant, which drew cooling water from the reservoir.',
      uk: 'Російські війська захопили греблю в Новій Каховці в перший день повномасштабного вторгнення. Після їхнього відступу з правого берега в листопаді 2022 року вона опинилася на лінії фронту. 6 червня 2023 року гребля обвалилася: вода затопила населені пункти нижче за течією на обох берегах, зокрема частину Херсона та окуповані міста лівобережжя; посадовці обох сторін повідомляли про десятки загиблих. МАГАТЕ стежило за станом Запорізької АЕС, яка брала воду для охолодження з водосховища.',
    },
    {
      en: 'Ukraine said Russian forces had blown up the dam from inside and opened a criminal investigation, including for ecocide. Russia said Ukraine had sabotaged it. A New York Times investigation published on 16 June 2023 concluded that the evidence pointed to an explosion set off inside the dam by the side that controlled it, Russia.',
      uk: 'Україна заявила, що російські військові підірвали греблю зсередини, і відкрила кримінальне провадження, зокрема за статтею про екоцид. Росія звинуватила Україну в диверсії. Розслідування The New York Times, опубліковане 16 червня 2023 року, дійшло висновку, що докази вказують на вибух усередині греблі, який влаштувала сторона, що її контролювала, — Росія.',
    },
  ],
  timeline: [
    { date: '2022-02-24', text: { en: 'Russian forces seize the Kakhovka dam.', uk: 'Російські війська захоплюють Каховську ГЕС.' } },
    { date: '2022-11', text: { en: 'Russia withdraws from the right bank; the dam lies on the front line.', uk: 'Росія відступає з правого берега; ГЕС опиняється на лінії фронту.' } },
    { date: '2023-06-06', text: { en: 'The dam is destroyed; large-scale flooding follows downstream.', uk: 'Греблю зруйновано; нижче за течією починається масштабна повінь.' } },
    { date: '2023-06-16', text: { en: 'A New York Times investigation points to an internal explosion set off by Russia.', uk: 'Розслідування The New York Times вказує на внутрішній вибух, влаштований Росією.' } },
  ],
  positions: [
    {
      personId: 'volodymyr-zelenskyy',
      name: { en: 'Volodymyr Zelenskyy', uk: 'Володимир Зеленський' },
      role: { en: 'President of Ukraine (since 2019)', uk: 'президент України (з 2019 року)' },
      side: { en: 'Ukrainian government', uk: 'Уряд України' },
      stance: { en: 'Russia blew up the dam from inside', uk: 'Росія підірвала греблю зсередини' },
      paraphrase: {
        en: 'On 6 June 2023 Zelenskyy said Russian “terrorists” had detonated the dam from inside in the early hours, threatening dozens of settlements with flooding, and that this showed Russian forces must be driven out of all Ukrainian land.',
        uk: '6 червня 2023 року Зеленський заявив, що російські «терористи» вночі підірвали греблю зсередини, поставивши під загрозу затоплення десятки населених пунктів, і що це доводить: росіян треба вигнати з усієї української землі.',
      },
      source: { publisher: 'President of Ukraine (official Telegram channel)', title: 'Statement after the meeting of the National Security and Defense Council on the Kakhovka HPP', date: '2023-06-06' },
    },
    {
      personId: 'dmitry-peskov',
      name: { en: 'Dmitry Peskov', uk: 'Дмитро Пєсков' },
      role: { en: 'Kremlin spokesman (since 2012)', uk: 'прессекретар президента Росії (з 2012 року)' },
      side: { en: 'Russian government', uk: 'Уряд Росії' },
      stance: { en: 'Deliberate sabotage by Ukraine', uk: 'Навмисна диверсія української сторони' },
      paraphrase: {
        en: 'On 6 June 2023 Peskov told reporters the Kremlin rejected the accusations and called the destruction deliberate sabotage by the Ukrainian side, aimed at cutting off Crimea’s water supply and linked, he said, to a stalled Ukrainian offensive.',
        uk: '6 червня 2023 року Пєсков заявив журналістам, що Кремль відкидає звинувачення, і назвав руйнування навмисною диверсією української сторони, метою якої, за його словами, було залишити Крим без води; він пов’язав її з тим, що український наступ нібито захлинувся.',
      },
      source: { publisher: 'TASS', title: 'Report of Kremlin spokesman Dmitry Peskov’s remarks to reporters on the Kakhovka HPP', date: '2023-06-06', url: 'https://tass.com/defense/1628365' },
    },
  ],
  related: ['kherson', 'liberation-of-kherson', 'zaporizhzhia-nuclear-power-plant', 'iaea', 'crimea', 'dmitry-peskov'],
  sources: [
    { publisher: 'The New York Times', title: 'Why the Evidence Suggests Russia Blew Up the Kakhovka Dam', date: '2023-06-16' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
