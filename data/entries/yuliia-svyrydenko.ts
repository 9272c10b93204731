import type { KbEntryInput } from '../schema';

export default {
  id: 'yuliia-svyrydenko',
  kind: 'person',
  title: { en: 'Yuliia Svyrydenko', uk: 'Юлія Свириденко' },
  aliases: [
    { text: 'Yuliia Svyrydenko', lang: 'en' },
    { text: 'Yulia Svyrydenko', lang: 'en' },
    { text: 'Svyrydenko', lang: 'en' },
    { text: 'Julija Swyrydenko', lang: 'de' },
    { text: 'Swyrydenko', lang: 'de' },
    { text: 'Julia Swyrydenko', lang: 'pl', inflect: false },
    { text: 'Swyrydenko', lang: 'pl', inflect: false },
    { text: 'Ioulia Svyrydenko', lang: 'fr' },
    // Feminine -enko surnames do not decline; only the first name does.
    { text: 'Юлія Свириденко', lang: 'uk', stems: ['Юлі', 'Свириденко'] },
    { text: 'Свириденко', lang: 'uk', inflect: false },
    { text: 'Юлия Свириденко', lang: 'ru', stems: ['Юли', 'Свириденко'] },
    { text: 'Свириденко', lang: 'ru', inflect: false },
  ],
  summary: {
    en: 'Ukrainian economist and politician, Prime Minister of Ukraine since 17 July 2025. As first deputy prime minister and economy minister (2021–2025) she negotiated and on 30 April 2025 signed the US–Ukraine agreement on a joint reconstruction investment fund, known as the minerals deal.',
    uk: 'Українська економістка і політикиня, прем’єр-міністерка України з 17 липня 2025 року. Як перша віцепрем’єр-міністерка — міністерка економіки (2021–2025) вела переговори і 30 квітня 2025 року підписала угоду між США та Україною про спільний інвестиційний фонд відбудови, відому як «угода про надра».',
  },
  background: [
    {
      en: 'Svyrydenko, born in 1985 in Chernihiv, worked in business and then in the Chernihiv regional state administration. From 2019 she was first deputy minister of economic development, and from 2020 a deputy head of the Office of the President. In November 2021 she became first deputy prime minister and minister of economy.',
      uk: 'Свириденко народилася 1985 року в Чернігові, працювала в бізнесі, потім у Чернігівській обласній державній адміністрації. З 2019 року була першою заступницею міністра економічного розвитку, з 2020 року — заступницею керівника Офісу Президента. У листопаді 2021 року стала першою віцепрем’єр-міністеркою — міністеркою економіки.',
    },
    {
      en: 'She led Ukraine’s side in the talks on the minerals agreement with the Trump administration and signed it with US Treasury Secretary Scott Bessent in Washington on 30 April 2025. On 14 July 2025 President Zelenskyy proposed her as prime minister; the Verkhovna Rada appointed her on 17 July 2025 with 262 votes, replacing Denys Shmyhal.',
      uk: 'Вона очолювала українську сторону на переговорах з адміністрацією Трампа щодо угоди про надра і 30 квітня 2025 року підписала її у Вашингтоні разом з міністром фінансів США Скоттом Бессентом. 14 липня 2025 року президент Зеленський запропонував її кандидатуру на посаду прем’єра; 17 липня 2025 року Верховна Рада призначила її 262 голосами замість Дениса Шмигаля.',
    },
  ],
  whyNow: {
    asOf: '2026-01',
    text: {
      en: 'As of January 2026, Svyrydenko headed the government, whose stated priorities on taking office were the economy, social support programmes and scaling up domestic weapons production.',
      uk: 'Станом на січень 2026 року Свириденко очолювала уряд, який на старті назвав своїми пріоритетами економіку, програми соціальної підтримки та нарощування власного виробництва зброї.',
    },
  },
  timeline: [
    { date: '2021-11', text: { en: 'Becomes first deputy prime minister and minister of economy.', uk: 'Стає першою віцепрем’єр-міністеркою — міністеркою економіки.' } },
    { date: '2025-04-30', text: { en: 'Signs the US–Ukraine reconstruction investment fund agreement in Washington.', uk: 'Підписує у Вашингтоні угоду про американсько-український інвестиційний фонд відбудови.' } },
    { date: '2025-07-14', text: { en: 'Zelenskyy proposes her as prime minister.', uk: 'Зеленський пропонує її на посаду прем’єр-міністерки.' } },
    { date: '2025-07-17', text: { en: 'The Verkhovna Rada appoints her prime minister.', uk: 'Верховна Рада призначає її прем’єр-міністеркою.' } },
  ],
  roles: [
    { title: { en: 'First Deputy Prime Minister – Minister of Economy of Ukraine', uk: 'Перша віцепрем’єр-міністерка — міністерка економіки України' }, from: '2021-11', to: '2025-07-16' },
    { title: { en: 'Prime Minister of Ukraine', uk: 'Прем’єр-міністерка України' }, from: '2025-07-17', asOf: '2026-01' },
  ],
  related: ['minerals-deal', 'denys-shmyhal', 'volodymyr-zelenskyy', 'scott-bessent', 'verkhovna-rada'],
  sources: [
    { publisher: 'Government of the United States and Government of Ukraine', title: 'Agreement on the Establishment of a United States–Ukraine Reconstruction Investment Fund', date: '2025-04-30' },
    { publisher: 'hromadske', title: 'Svyrydenko highlights defense, economic goals for Ukraine', date: '2025-07-14', url: 'https://hromadske.ua/en/politics/248034-svyrydenko-highlights-defense-economic-goals-for-ukraine' },
    { publisher: 'Ukrainska Pravda', title: 'Ukrainian parliament appoints Shmyhal as defence minister', date: '2025-07-17', url: 'https://www.pravda.com.ua/eng/news/2025/07/17/7522223/' },
    { publisher: 'UNN', title: 'Zelenskyy proposed appointing Shmyhal to head the Ministry of Energy', date: '2026-01-03', url: 'https://unn.ua/en/news/zelenskyy-proposed-appointing-shmyhal-to-head-the-ministry-of-energy' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
