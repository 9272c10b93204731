import type { KbEntryInput } from '../schema';

export default {
  id: 'dmytro-kuleba',
  kind: 'person',
  title: { en: 'Dmytro Kuleba', uk: 'Дмитро Кулеба' },
  aliases: [
    { text: 'Dmytro Kuleba', lang: 'en' },
    { text: 'Dmitry Kuleba', lang: 'en' },
    // Bare surname: also Oleksii Kuleba, deputy prime minister for restoration since September 2024.
    { text: 'Kuleba', lang: 'en', ambiguous: true },
    { text: 'Dmytro Kułeba', lang: 'pl', stems: ['Dmytr', 'Kułeb'] },
    { text: 'Kułeba', lang: 'pl', stems: ['Kułeb'], ambiguous: true },
    { text: 'Дмитро Кулеба', lang: 'uk', stems: ['Дмитр', 'Кулеб'] },
    { text: 'Кулеба', lang: 'uk', stems: ['Кулеб'], ambiguous: true },
    { text: 'Дмитрий Кулеба', lang: 'ru', stems: ['Дмитри', 'Кулеб'] },
    { text: 'Кулеба', lang: 'ru', stems: ['Кулеб'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Dmytro', 'Dmitr*', 'Дмитр*',
      'foreign minister', 'foreign ministry', 'minister of foreign affairs', 'top diplomat', 'diplomat*',
      'Außenminister*', 'Außenministerium*', 'szef* MSZ', 'MSZ', 'dyplomac*', 'minister spraw zagranicznych',
      'МЗС', 'МИД', 'міністр закордонних справ', 'министр иностранных дел', 'дипломат*', 'Foreign Affairs',
    ],
    noneOf: ['Oleksii', 'Oleksiy', 'Olexij', 'Ołeksij', 'Олекс*', 'Алексе*', 'Ivan', 'Іван*', 'Иван*'],
    window: 300,
  },
  summary: {
    en: 'Ukrainian diplomat who was Minister of Foreign Affairs from March 2020 to September 2024, the main face of Ukraine’s diplomacy in the first years of the full-scale war. He earlier served as deputy prime minister for European and Euro-Atlantic integration (2019–2020).',
    uk: 'Український дипломат, міністр закордонних справ з березня 2020 до вересня 2024 року, головне обличчя української дипломатії в перші роки повномасштабної війни. До того був віцепрем’єр-міністром з питань європейської та євроатлантичної інтеграції (2019–2020).',
  },
  background: [
    {
      en: 'Kuleba, born in 1981 in Sumy, is a career diplomat. He was Ukraine’s permanent representative to the Council of Europe from 2016 and in August 2019 became deputy prime minister for European and Euro-Atlantic integration in Oleksii Honcharuk’s government.',
      uk: 'Кулеба народився 1981 року в Сумах, кадровий дипломат. З 2016 року був постійним представником України при Раді Європи, а в серпні 2019 року став віцепрем’єр-міністром з питань європейської та євроатлантичної інтеграції в уряді Олексія Гончарука.',
    },
    {
      en: 'On 4 March 2020 the Verkhovna Rada appointed him foreign minister. After Russia’s full-scale invasion he lobbied partners for weapons, sanctions and Ukraine’s EU candidacy, granted in June 2022. On 10 March 2022 he met Russian Foreign Minister Sergey Lavrov in Antalya, Turkey, without result. He submitted his resignation during the government reshuffle of early September 2024; the Rada accepted it on 5 September and appointed Andrii Sybiha in his place.',
      uk: '4 березня 2020 року Верховна Рада призначила його міністром закордонних справ. Після початку повномасштабного вторгнення він домагався від партнерів зброї, санкцій і статусу кандидата на вступ до ЄС, який Україна отримала в червні 2022 року. 10 березня 2022 року в турецькій Анталії зустрівся з міністром закордонних справ Росії Сергієм Лавровим — безрезультатно. На початку вересня 2024 року, під час перезавантаження уряду, подав у відставку; 5 вересня Рада її прийняла і призначила на його місце Андрія Сибігу.',
    },
  ],
  timeline: [
    { date: '2019-08', text: { en: 'Becomes deputy prime minister for European and Euro-Atlantic integration.', uk: 'Стає віцепрем’єр-міністром з питань європейської та євроатлантичної інтеграції.' } },
    { date: '2020-03-04', text: { en: 'Appointed foreign minister.', uk: 'Призначений міністром закордонних справ.' } },
    { date: '2022-03-10', text: { en: 'Meets Sergey Lavrov in Antalya, the first meeting of the two foreign ministers since the full-scale invasion.', uk: 'Зустрічається із Сергієм Лавровим в Анталії — перша зустріч глав МЗС двох країн після початку повномасштабного вторгнення.' } },
    { date: '2024-09-05', text: { en: 'The Verkhovna Rada accepts his resignation; Andrii Sybiha succeeds him.', uk: 'Верховна Рада приймає його відставку; наступник — Андрій Сибіга.' } },
  ],
  roles: [
    { title: { en: 'Permanent Representative of Ukraine to the Council of Europe', uk: 'Постійний представник України при Раді Європи' }, from: '2016', to: '2019' },
    { title: { en: 'Deputy Prime Minister for European and Euro-Atlantic Integration of Ukraine', uk: 'Віцепрем’єр-міністр з питань європейської та євроатлантичної інтеграції України' }, from: '2019-08', to: '2020-03-04' },
    { title: { en: 'Minister of Foreign Affairs of Ukraine', uk: 'Міністр закордонних справ України' }, from: '2020-03-04', to: '2024-09-05' },
  ],
  related: ['andrii-sybiha', 'sergey-lavrov', 'eu-accession-of-ukraine', 'council-of-europe', 'volodymyr-zelenskyy'],
  sources: [
    { publisher: 'Kyiv Independent', title: 'Ukraine’s parliament approves Sybiha as Kuleba’s successor', date: '2024-09-05', url: 'https://kyivindependent.com/parliament-approves-sybiha-as-new-foreign-minister/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
