import type { KbEntryInput } from '../schema';

export default {
  id: 'andrii-sybiha',
  kind: 'person',
  title: { en: 'Andrii Sybiha', uk: 'Андрій Сибіга' },
  aliases: [
    { text: 'Andrii Sybiha', lang: 'en' },
    { text: 'Andriy Sybiha', lang: 'en' },
    { text: 'Sybiha', lang: 'en' },
    { text: 'Sybiga', lang: 'en' },
    { text: 'Andrij Sybiha', lang: 'de' },
    { text: 'Andrij Sybiha', lang: 'pl' },
    { text: 'Andriï Sybiha', lang: 'fr' },
    { text: 'Андрій Сибіга', lang: 'uk', stems: ['Андрі', 'Сибіг'] },
    { text: 'Сибіга', lang: 'uk', stems: ['Сибіг'] },
    // Dative/locative with г→з alternation ("Сибізі"), not reached by the stem.
    { text: 'Сибізі', lang: 'uk', inflect: false },
    { text: 'Андрей Сибига', lang: 'ru', stems: ['Андре', 'Сибиг'] },
    { text: 'Сибига', lang: 'ru', stems: ['Сибиг'] },
  ],
  summary: {
    en: 'Ukrainian career diplomat, Minister of Foreign Affairs of Ukraine since 5 September 2024. He was previously ambassador to Turkey, deputy head of the Office of the President (2021–2024) and first deputy foreign minister, and took part in the 2025 talks with the United States on ending the war.',
    uk: 'Український кадровий дипломат, міністр закордонних справ України з 5 вересня 2024 року. Раніше був послом у Туреччині, заступником керівника Офісу Президента (2021–2024) і першим заступником міністра закордонних справ. У 2025 році брав участь у переговорах зі США щодо завершення війни.',
  },
  background: [
    {
      en: 'Sybiha served as Ukraine’s ambassador to Turkey from 2016. In 2021 he moved to the Office of the President as a deputy head, and in April 2024 he became first deputy foreign minister under Dmytro Kuleba.',
      uk: 'З 2016 року Сибіга був послом України в Туреччині. У 2021 році перейшов до Офісу Президента на посаду заступника керівника, а у квітні 2024 року став першим заступником міністра закордонних справ Дмитра Кулеби.',
    },
    {
      en: 'When Kuleba resigned during the government reshuffle of September 2024, President Zelenskyy nominated Sybiha, and the Verkhovna Rada appointed him foreign minister on 5 September 2024 with 258 votes. On 11 March 2025 he was part of the Ukrainian delegation that met US officials in Jeddah.',
      uk: 'Коли під час перезавантаження уряду у вересні 2024 року Кулеба подав у відставку, президент Зеленський запропонував кандидатуру Сибіги, і 5 вересня 2024 року Верховна Рада призначила його міністром закордонних справ (258 голосів «за»). 11 березня 2025 року він входив до української делегації на зустрічі з представниками США в Джидді.',
    },
  ],
  whyNow: {
    asOf: '2025-11',
    text: {
      en: 'As of November 2025, Sybiha was Ukraine’s foreign minister and one of the officials presenting Kyiv’s position in the US-led talks on ending the war and on security guarantees.',
      uk: 'Станом на листопад 2025 року Сибіга обіймав посаду міністра закордонних справ і був одним із посадовців, які представляють позицію Києва на переговорах за посередництва США щодо завершення війни та гарантій безпеки.',
    },
  },
  timeline: [
    { date: '2016', text: { en: 'Becomes Ukraine’s ambassador to Turkey.', uk: 'Стає послом України в Туреччині.' } },
    { date: '2021', text: { en: 'Joins the Office of the President as a deputy head.', uk: 'Стає заступником керівника Офісу Президента.' } },
    { date: '2024-04', text: { en: 'Appointed first deputy foreign minister.', uk: 'Призначений першим заступником міністра закордонних справ.' } },
    { date: '2024-09-05', text: { en: 'The Verkhovna Rada appoints him foreign minister, replacing Dmytro Kuleba.', uk: 'Верховна Рада призначає його міністром закордонних справ замість Дмитра Кулеби.' } },
    { date: '2025-03-11', text: { en: 'Takes part in the US–Ukraine talks in Jeddah.', uk: 'Бере участь в українсько-американських переговорах у Джидді.' } },
  ],
  roles: [
    { title: { en: 'Deputy Head of the Office of the President of Ukraine', uk: 'Заступник керівника Офісу Президента України' }, from: '2021', to: '2024-04' },
    { title: { en: 'First Deputy Minister of Foreign Affairs of Ukraine', uk: 'Перший заступник міністра закордонних справ України' }, from: '2024-04', to: '2024-09-05' },
    { title: { en: 'Minister of Foreign Affairs of Ukraine', uk: 'Міністр закордонних справ України' }, from: '2024-09-05', asOf: '2025-11' },
  ],
  related: ['dmytro-kuleba', 'andriy-yermak', 'volodymyr-zelenskyy', 'peace-deal', 'security-guarantees'],
  sources: [
    { publisher: 'Kyiv Independent', title: 'Ukraine’s parliament approves Sybiha as Kuleba’s successor', date: '2024-09-05', url: 'https://kyivindependent.com/parliament-approves-sybiha-as-new-foreign-minister/' },
    { publisher: 'U.S. Department of State', title: 'Joint Statement on the United States-Ukraine Meeting in Jeddah', date: '2025-03-11' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
