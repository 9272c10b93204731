import type { KbEntryInput } from '../schema';

export default {
  id: 'mobilisation-in-ukraine',
  kind: 'concept',
  title: { en: 'Mobilisation in Ukraine', uk: 'Мобілізація в Україні' },
  aliases: [
    { text: 'mobilisation in Ukraine', lang: 'en' },
    { text: 'mobilization in Ukraine', lang: 'en' },
    { text: 'Ukrainian mobilisation', lang: 'en' },
    { text: 'Ukrainian mobilization', lang: 'en' },
    { text: 'Ukraine’s mobilisation', lang: 'en' },
    { text: 'Ukraine’s mobilization', lang: 'en' },
    // Bare forms also name Russia's 2022 "partial mobilisation" and other countries' call-ups.
    { text: 'mobilisation', lang: 'en', ambiguous: true },
    { text: 'mobilization', lang: 'en', ambiguous: true },
    { text: 'мобілізація в Україні', lang: 'uk', stems: ['мобілізаці', 'в', 'Україні'] },
    { text: 'мобілізація', lang: 'uk', stems: ['мобілізаці'], ambiguous: true },
    { text: 'мобилизация на Украине', lang: 'ru', stems: ['мобилизаци', 'на', 'Украине'] },
    { text: 'мобилизация в Украине', lang: 'ru', stems: ['мобилизаци', 'в', 'Украине'] },
    { text: 'мобилизация', lang: 'ru', stems: ['мобилизаци'], ambiguous: true },
    { text: 'Mobilmachung', lang: 'de', ambiguous: true },
    { text: 'Mobilisierung', lang: 'de', ambiguous: true },
    { text: 'mobilizacja', lang: 'pl', stems: ['mobilizacj'], ambiguous: true },
    { text: 'mobilisation', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['Ukrain*', 'Україн*', 'Украин*', 'Kyiv', 'Kiev', 'Kiew', 'Kijów', 'Kijow*', 'Київ', 'Києв*', 'Киев*', 'Zelensk*', 'Selensk*', 'Zełensk*', 'Зеленськ*', 'Зеленск*', 'ТЦК', 'Reserve+', 'Резерв+'],
    noneOf: [
      // Russia's own "partial mobilisation" of September 2022. Cues must not contain the alias
      // itself: the matched words are left out of the window.
      'partial',
      'Teilmobilmachung',
      'częściow*',
      'часткова',
      'часткової',
      'частков*',
      'частичн*',
      'reservists',
      'Reservist*',
      'rezerwist*',
      'резервіст*',
      'резервист*',
      'военкомат*',
      'Shoigu',
      'Шойгу',
      // Mobilisation of voters, capital, resources.
      'voters',
      'Wähler*',
      'wyborc*',
      'виборц*',
      'избирател*',
      'capital',
      'funds',
    ],
    window: 250,
  },
  summary: {
    en: 'The call-up of men into Ukraine’s armed forces under the general mobilisation declared on 24 February 2022 and extended with martial law. Men aged 25 to 60 can be mobilised; men of military age generally may not leave the country, though since August 2025 those aged 18 to 22 may. Manpower shortages make its pace and fairness a political issue.',
    uk: 'Призов чоловіків до Збройних сил України в межах загальної мобілізації, оголошеної 24 лютого 2022 року й відтоді продовжуваної разом із воєнним станом. Мобілізувати можуть чоловіків віком від 25 до 60 років; чоловікам призовного віку здебільшого заборонено виїжджати за кордон, хоча з серпня 2025 року це дозволено тим, кому від 18 до 22 років. Нестача людей робить темпи й справедливість мобілізації постійною політичною темою.',
  },
  background: [
    {
      en: 'Zelenskyy ordered general mobilisation on the first day of the full-scale invasion. Volunteers filled the ranks in 2022; by 2023 recruitment relied increasingly on territorial recruitment centres (TCCs), whose methods drew public complaints. In April 2024 the minimum age for mobilisation was lowered from 27 to 25, and a new law tightened registration rules from May 2024, including an online registry and the Reserve+ app.',
      uk: 'Загальну мобілізацію Зеленський оголосив у перший день повномасштабного вторгнення. У 2022 році лави поповнювали добровольці; до 2023 року набір дедалі більше залежав від територіальних центрів комплектування (ТЦК), методи яких викликали скарги суспільства. У квітні 2024 року мінімальний вік мобілізації знизили з 27 до 25 років, а новий закон із травня 2024 року посилив правила військового обліку, зокрема запровадивши електронний реєстр і застосунок «Резерв+».',
    },
    {
      en: 'The US administration urged Kyiv in late 2024 to lower the mobilisation age to 18; Ukraine declined, arguing that it lacked weapons rather than soldiers. In February 2025 it launched voluntary one-year contracts for men aged 18 to 24 instead.',
      uk: 'Наприкінці 2024 року адміністрація США закликала Київ знизити вік мобілізації до 18 років; Україна відмовилася, наголошуючи, що їй бракує зброї, а не солдатів. Натомість у лютому 2025 року запровадили добровільні однорічні контракти для чоловіків віком від 18 до 24 років.',
    },
  ],
  whyNow: {
    asOf: '2025-03',
    text: {
      en: 'As of March 2025, mobilisation was also an issue in ceasefire talks: Putin asked whether Ukraine would use a 30-day pause to continue mobilising and rearming, while Kyiv’s own debate focused on manpower at the front and on abuses during call-ups.',
      uk: 'Станом на березень 2025 року мобілізація стала й питанням переговорів про припинення вогню: Путін запитував, чи не використає Україна 30-денну паузу, щоб продовжити мобілізацію й переозброєння, а в самій Україні обговорювали нестачу людей на фронті та порушення під час мобілізації.',
    },
  },
  timeline: [
    { date: '2022-02-24', text: { en: 'General mobilisation is declared.', uk: 'Оголошено загальну мобілізацію.' } },
    { date: '2024-04-02', text: { en: 'Zelenskyy signs the law lowering the mobilisation age from 27 to 25.', uk: 'Зеленський підписує закон про зниження мобілізаційного віку з 27 до 25 років.' } },
    { date: '2024-05-18', text: { en: 'The new mobilisation law takes effect, tightening registration rules.', uk: 'Набуває чинності новий закон про мобілізацію, що посилює правила військового обліку.' } },
    { date: '2025-02', text: { en: 'Voluntary “18–24” contracts are launched for younger men.', uk: 'Запроваджено добровільні контракти «18–24» для молодших чоловіків.' } },
    { date: '2025-03-13', text: { en: 'Putin questions whether Ukraine would keep mobilising during a ceasefire.', uk: 'Путін ставить питання, чи не продовжить Україна мобілізацію під час припинення вогню.' } },
  ],
  related: ['martial-law-in-ukraine', 'armed-forces-of-ukraine', 'ceasefire', 'full-scale-invasion', 'volodymyr-zelenskyy'],
  sources: [
    { publisher: 'President of Ukraine (president.gov.ua)', title: 'Decree No. 69/2022 on general mobilisation', date: '2022-02-24' },
    { publisher: 'Verkhovna Rada of Ukraine', title: 'Law No. 3633-IX on amendments concerning military service, mobilisation and military registration', date: '2024-04-11' },
    { publisher: 'Ministry of Defence of Ukraine', title: 'Contract 18–24 programme', date: '2025-02' },
    { publisher: 'LIGA.net', title: 'The Cabinet of Ministers has published a resolution on men’s travel abroad: the changes will come into force on August 28', date: '2025-08-27', url: 'https://news.liga.net/en/society/news/the-cabinet-of-ministers-has-published-a-resolution-on-mens-travel-abroad-the-changes-will-come-into-force-on-august-28' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
