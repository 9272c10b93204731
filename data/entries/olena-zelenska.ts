import type { KbEntryInput } from '../schema';

// Her aliases are only the feminine forms, listed as written (inflect: false), so they never
// reach the masculine stem Зеленськ-/Зеленск-/Zełensk- that belongs to volodymyr-zelenskyy.
export default {
  id: 'olena-zelenska',
  kind: 'person',
  title: { en: 'Olena Zelenska', uk: 'Олена Зеленська' },
  aliases: [
    { text: 'Olena Zelenska', lang: 'en' },
    { text: 'Zelenska', lang: 'en' },
    { text: 'Olena Selenska', lang: 'de' },
    { text: 'Selenska', lang: 'de' },
    { text: 'Ołena Zełenska', lang: 'pl', inflect: false },
    { text: 'Ołeny Zełenskiej', lang: 'pl', inflect: false },
    { text: 'Ołeną Zełenską', lang: 'pl', inflect: false },
    { text: 'Zełenska', lang: 'pl', inflect: false },
    { text: 'Zełenskiej', lang: 'pl', inflect: false },
    { text: 'Zełenską', lang: 'pl', inflect: false },
    { text: 'Olena Zelenska', lang: 'fr' },
    { text: 'Олена Зеленська', lang: 'uk', inflect: false },
    { text: 'Олени Зеленської', lang: 'uk', inflect: false },
    { text: 'Олені Зеленській', lang: 'uk', inflect: false },
    { text: 'Олену Зеленську', lang: 'uk', inflect: false },
    { text: 'Оленою Зеленською', lang: 'uk', inflect: false },
    { text: 'Зеленська', lang: 'uk', inflect: false },
    { text: 'Зеленської', lang: 'uk', inflect: false },
    { text: 'Зеленській', lang: 'uk', inflect: false },
    { text: 'Зеленську', lang: 'uk', inflect: false },
    { text: 'Зеленською', lang: 'uk', inflect: false },
    { text: 'Елена Зеленская', lang: 'ru', inflect: false },
    { text: 'Елены Зеленской', lang: 'ru', inflect: false },
    { text: 'Елене Зеленской', lang: 'ru', inflect: false },
    { text: 'Елену Зеленскую', lang: 'ru', inflect: false },
    { text: 'Еленой Зеленской', lang: 'ru', inflect: false },
    { text: 'Зеленская', lang: 'ru', inflect: false },
    { text: 'Зеленской', lang: 'ru', inflect: false },
    { text: 'Зеленскую', lang: 'ru', inflect: false },
  ],
  summary: {
    en: 'First Lady of Ukraine since May 2019, wife of President Volodymyr Zelenskyy. A screenwriter by profession, she has since 2022 represented Ukraine abroad on the humanitarian consequences of Russia’s war, including in an address to the US Congress in July 2022, and runs the Olena Zelenska Foundation.',
    uk: 'Перша леді України з травня 2019 року, дружина Президента Володимира Зеленського. Сценаристка за фахом, з 2022 року представляє Україну за кордоном у питаннях гуманітарних наслідків російської війни — зокрема виступила перед Конгресом США в липні 2022 року. Очолює Фонд Олени Зеленської.',
  },
  background: [
    {
      en: 'Zelenska was born in 1978 in Kryvyi Rih, where she went to the same school as Volodymyr Zelenskyy; they married in 2003. She trained as an architect but worked as a screenwriter for the Kvartal 95 studio. She became First Lady when her husband took office on 20 May 2019.',
      uk: 'Зеленська народилася 1978 року в Кривому Розі, де навчалася в одній школі з Володимиром Зеленським; вони одружилися 2003 року. За освітою архітекторка, працювала сценаристкою студії «Квартал 95». Першою леді стала, коли її чоловік вступив на посаду 20 травня 2019 року.',
    },
    {
      en: 'In 2021 she launched the annual Kyiv Summit of First Ladies and Gentlemen. After the full-scale invasion she campaigned abroad for support for Ukraine; on 20 July 2022 she addressed members of the US Congress in Washington. In September 2022 she founded the Olena Zelenska Foundation, which raises money for humanitarian projects in Ukraine.',
      uk: 'У 2021 році вона започаткувала щорічний Саміт перших леді та джентльменів у Києві. Після початку повномасштабного вторгнення закликала до підтримки України за кордоном; 20 липня 2022 року виступила перед членами Конгресу США у Вашингтоні. У вересні 2022 року заснувала Фонд Олени Зеленської, який збирає кошти на гуманітарні проєкти в Україні.',
    },
  ],
  timeline: [
    { date: '2019-05-20', text: { en: 'Becomes First Lady as Volodymyr Zelenskyy takes office.', uk: 'Стає першою леді після вступу Володимира Зеленського на посаду.' } },
    { date: '2021', text: { en: 'Holds the first Summit of First Ladies and Gentlemen in Kyiv.', uk: 'Проводить перший Саміт перших леді та джентльменів у Києві.' } },
    { date: '2022-07-20', text: { en: 'Addresses members of the US Congress.', uk: 'Виступає перед членами Конгресу США.' } },
    { date: '2022-09', text: { en: 'Launches the Olena Zelenska Foundation.', uk: 'Започатковує Фонд Олени Зеленської.' } },
  ],
  roles: [
    { title: { en: 'First Lady of Ukraine', uk: 'Перша леді України' }, from: '2019-05-20', asOf: '2025-11' },
  ],
  related: ['volodymyr-zelenskyy', 'full-scale-invasion'],
  sources: [
    { publisher: 'President of Ukraine', title: 'Volodymyr Zelenskyy supported the First Lady of Ukraine during her speech in the US Congress', date: '2022-07-20', url: 'https://www.president.gov.ua/en/news/volodimir-zelenskij-pidtrimav-pershu-ledi-ukrayini-pid-chas-76569' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
