import type { KbEntryInput } from '../schema';

export default {
  id: 'rafael-grossi',
  kind: 'person',
  title: { en: 'Rafael Grossi', uk: 'Рафаель Гроссі' },
  aliases: [
    { text: 'Rafael Grossi', lang: 'en' },
    { text: 'Rafael Mariano Grossi', lang: 'en' },
    { text: 'Rafael Grossi', lang: 'pl', stems: ['Rafael', 'Gross'] },
    // Grossi is a common Italian surname: the bare form needs a nuclear/IAEA cue.
    { text: 'Grossi', lang: 'en', ambiguous: true },
    { text: 'Grossi', lang: 'de', ambiguous: true },
    { text: 'Grossi', lang: 'pl', ambiguous: true },
    { text: 'Рафаель Гроссі', lang: 'uk', stems: ['Рафаел', 'Гроссі'] },
    { text: 'Гроссі', lang: 'uk', inflect: false, ambiguous: true },
    { text: 'Рафаэль Гросси', lang: 'ru', stems: ['Рафаэл', 'Гросси'] },
    { text: 'Гросси', lang: 'ru', inflect: false, ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Rafael', 'Рафаел*', 'Рафаэл*',
      'IAEA', 'IAEO', 'MAEA', 'МАГАТЕ', 'МАГАТЭ', 'atomic energy', 'Atomenergie*', 'Energii Atomowej', 'атомної енергії', 'атомной энергии',
      'nuclear', 'Atom*', 'nuklear*', 'jądrow*', 'ядерн*', 'атомн*', 'АЕС', 'АЭС', 'ЗАЕС', 'ЗАЭС', 'AKW', 'elektrowni*',
      'Zaporizh*', 'Saporischsch*', 'Zaporoż*', 'Запоріз*', 'Запорож*', 'Chornobyl', 'Chernobyl', 'Tschernobyl', 'Czarnobyl*', 'Чорнобил*', 'Чернобыл*',
      'Iran*', 'Іран*', 'Иран*', 'enrichment', 'Anreicherung', 'wzbogac*', 'збагач*', 'обогащ*', 'reactor*', 'Reaktor*', 'реактор*',
    ],
    noneOf: [],
    window: 300,
  },
  summary: {
    en: 'Director General of the International Atomic Energy Agency (IAEA) since December 2019, an Argentine diplomat. Since 2022 he has led the agency’s efforts to prevent a nuclear accident at Ukraine’s Russian-occupied Zaporizhzhia nuclear power plant, where IAEA experts have been stationed since September 2022.',
    uk: 'Генеральний директор Міжнародного агентства з атомної енергії (МАГАТЕ) з грудня 2019 року, аргентинський дипломат. З 2022 року очолює зусилля агентства із запобігання ядерній аварії на окупованій Росією Запорізькій АЕС, де з вересня 2022 року постійно перебувають експерти МАГАТЕ.',
  },
  background: [
    {
      en: 'A career diplomat, Grossi was Argentina’s ambassador to Austria and to the international organisations in Vienna before the IAEA Board of Governors chose him to succeed Yukiya Amano; he took office on 3 December 2019 and began a second term in December 2023.',
      uk: 'Кар’єрний дипломат, Гроссі був послом Аргентини в Австрії та при міжнародних організаціях у Відні, коли Рада керуючих МАГАТЕ обрала його наступником Юкії Амано; посаду він обійняв 3 грудня 2019 року, а в грудні 2023 року розпочав другий термін.',
    },
    {
      en: 'Russian forces seized the Zaporizhzhia plant, Europe’s largest, in March 2022. On 1 September 2022 Grossi led an IAEA mission across the front line to the plant and left a permanent team there. He has repeatedly warned of the risks of shelling and power cuts at the plant and proposed principles for its protection, which he presented to the UN Security Council in May 2023.',
      uk: 'Російські війська захопили Запорізьку АЕС, найбільшу в Європі, у березні 2022 року. 1 вересня 2022 року Гроссі очолив місію МАГАТЕ, яка перетнула лінію фронту й дісталася станції, і залишив там постійну команду. Він неодноразово попереджав про ризики обстрілів і знеструмлення станції та запропонував принципи її захисту, які в травні 2023 року представив Раді Безпеки ООН.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, IAEA teams remained at the Zaporizhzhia plant, whose six reactors were shut down, and Grossi was also at the centre of the dispute over Iran’s nuclear programme after Israeli and US strikes on Iranian nuclear sites in June 2025.',
      uk: 'Станом на липень 2025 року команди МАГАТЕ залишалися на Запорізькій АЕС, шість реакторів якої були зупинені, а Гроссі опинився також у центрі суперечки щодо ядерної програми Ірану після ударів Ізраїлю та США по іранських ядерних об’єктах у червні 2025 року.',
    },
  },
  timeline: [
    { date: '2019-12-03', text: { en: 'Takes office as IAEA Director General.', uk: 'Обіймає посаду генерального директора МАГАТЕ.' } },
    { date: '2022-03-04', text: { en: 'Russian forces seize the Zaporizhzhia nuclear power plant.', uk: 'Російські війська захоплюють Запорізьку АЕС.' } },
    { date: '2022-09-01', text: { en: 'Leads the IAEA mission to the Zaporizhzhia plant; a permanent team stays on.', uk: 'Очолює місію МАГАТЕ на Запорізьку АЕС; там залишається постійна команда.' } },
    { date: '2023-05-30', text: { en: 'Presents five principles to protect the plant to the UN Security Council.', uk: 'Представляє Раді Безпеки ООН п’ять принципів захисту станції.' } },
  ],
  roles: [
    { title: { en: 'Director General of the IAEA', uk: 'Генеральний директор МАГАТЕ' }, from: '2019-12-03', asOf: '2025-07' },
  ],
  related: ['iaea', 'zaporizhzhia-nuclear-power-plant', 'un-security-council', 'antonio-guterres'],
  sources: [
    { publisher: 'IAEA', title: 'Nuclear Safety, Security and Safeguards in Ukraine: 2nd Summary Report by the Director General', date: '2022-09-06' },
    { publisher: 'Wikipedia', title: 'Rafael Grossi' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
