import type { KbEntryInput } from '../schema';

export default {
  id: 'petro-poroshenko',
  kind: 'person',
  title: { en: 'Petro Poroshenko', uk: 'Петро Порошенко' },
  aliases: [
    { text: 'Petro Poroshenko', lang: 'en' },
    { text: 'Poroshenko', lang: 'en' },
    { text: 'Petro Poroschenko', lang: 'de' },
    { text: 'Poroschenko', lang: 'de' },
    { text: 'Petro Poroszenko', lang: 'pl', stems: ['Petr', 'Poroszenk'] },
    { text: 'Poroszenko', lang: 'pl', stems: ['Poroszenk'] },
    { text: 'Petro Porochenko', lang: 'fr' },
    { text: 'Porochenko', lang: 'fr' },
    { text: 'Петро Порошенко', lang: 'uk', stems: ['Петр', 'Порошенк'] },
    { text: 'Порошенко', lang: 'uk', stems: ['Порошенк'] },
    { text: 'Пётр Порошенко', lang: 'ru', stems: ['Пётр', 'Порошенк'] },
    { text: 'Петр Порошенко', lang: 'ru', stems: ['Петр', 'Порошенк'] },
    { text: 'Порошенко', lang: 'ru', stems: ['Порошенк'] },
  ],
  summary: {
    en: 'Ukrainian businessman and politician, the fifth President of Ukraine (June 2014 – May 2019), elected after the Euromaidan revolution and in office during the war in Donbas and the Minsk agreements. Since 2019 he has been a member of parliament and leader of the opposition European Solidarity party; in February 2025 the NSDC imposed sanctions on him.',
    uk: 'Український бізнесмен і політик, п’ятий Президент України (червень 2014 — травень 2019), обраний після Революції гідності; його каденція припала на війну на Донбасі та Мінські домовленості. З 2019 року — народний депутат і лідер опозиційної партії «Європейська солідарність». У лютому 2025 року РНБО запровадила проти нього санкції.',
  },
  background: [
    {
      en: 'Poroshenko built a business group that includes the confectionery company Roshen. He held several government posts before 2014, including secretary of the National Security and Defence Council (2005), foreign minister (2009–2010) and minister of economic development and trade (2012).',
      uk: 'Порошенко створив бізнес-групу, до якої входить кондитерська корпорація Roshen. До 2014 року обіймав низку державних посад, зокрема секретаря РНБО (2005), міністра закордонних справ (2009–2010) і міністра економічного розвитку і торгівлі (2012).',
    },
    {
      en: 'He won the presidential election of 25 May 2014 in the first round and took office on 7 June 2014, as Russia-backed forces fought in Donbas after the annexation of Crimea. His presidency saw the Minsk agreements (2014–2015), the signing of the economic part of the EU Association Agreement (June 2014), visa-free travel to the EU (2017) and the autocephaly of the Orthodox Church of Ukraine (2019). He lost the April 2019 runoff to Volodymyr Zelenskyy.',
      uk: 'Він переміг на президентських виборах 25 травня 2014 року в першому турі та вступив на посаду 7 червня 2014 року, коли на Донбасі тривали бої з підтримуваними Росією силами після анексії Криму. За його президентства було укладено Мінські домовленості (2014–2015), підписано економічну частину Угоди про асоціацію з ЄС (червень 2014), запроваджено безвіз з ЄС (2017) і здобуто автокефалію Православної церкви України (2019). У другому турі виборів у квітні 2019 року він програв Володимиру Зеленському.',
    },
    {
      en: 'After 2019 a number of criminal cases were opened against him, including on treason charges, which he calls politically motivated. On 12 February 2025 the National Security and Defence Council imposed personal sanctions on him, enacted by presidential decree on 13 February; his lawyers announced a challenge in the Supreme Court.',
      uk: 'Після 2019 року проти нього відкрили низку кримінальних справ, зокрема про державну зраду; сам він називає їх політично вмотивованими. 12 лютого 2025 року РНБО запровадила проти нього персональні санкції, введені в дію указом президента 13 лютого; його адвокати заявили, що оскаржать їх у Верховному Суді.',
    },
  ],
  whyNow: {
    asOf: '2025-02',
    text: {
      en: 'As of February 2025, Poroshenko led the opposition European Solidarity party in parliament and was contesting the NSDC sanctions imposed on him that month, which he called politically motivated and President Zelenskyy presented as protecting national security.',
      uk: 'Станом на лютий 2025 року Порошенко очолював опозиційну «Європейську солідарність» у парламенті й оскаржував запроваджені того місяця санкції РНБО, які він назвав політично вмотивованими, а президент Зеленський — захистом національної безпеки.',
    },
  },
  timeline: [
    { date: '2014-05-25', text: { en: 'Wins the presidential election in the first round.', uk: 'Перемагає на президентських виборах у першому турі.' } },
    { date: '2014-06-07', text: { en: 'Takes office as President of Ukraine.', uk: 'Вступає на посаду Президента України.' } },
    { date: '2019-04-21', text: { en: 'Loses the presidential runoff to Volodymyr Zelenskyy.', uk: 'Програє другий тур президентських виборів Володимиру Зеленському.' } },
    { date: '2019-05-20', text: { en: 'Hands over the presidency to Zelenskyy.', uk: 'Передає повноваження президента Зеленському.' } },
    { date: '2025-02-12', text: { en: 'The NSDC imposes personal sanctions on him.', uk: 'РНБО запроваджує проти нього персональні санкції.' } },
  ],
  roles: [
    { title: { en: 'Minister of Foreign Affairs of Ukraine', uk: 'Міністр закордонних справ України' }, from: '2009', to: '2010' },
    { title: { en: 'President of Ukraine', uk: 'Президент України' }, from: '2014-06-07', to: '2019-05-20' },
    { title: { en: 'Member of the Verkhovna Rada (European Solidarity)', uk: 'Народний депутат України («Європейська солідарність»)' }, from: '2019', asOf: '2025-02' },
  ],
  positions: [
    {
      personId: 'petro-poroshenko',
      name: { en: 'Petro Poroshenko', uk: 'Петро Порошенко' },
      role: { en: 'MP, leader of European Solidarity; President of Ukraine 2014–2019', uk: 'народний депутат, лідер «Європейської солідарності»; Президент України у 2014–2019 роках' },
      side: { en: 'Ukrainian opposition', uk: 'Українська опозиція' },
      stance: { en: 'The sanctions are unconstitutional and political', uk: 'Санкції неконституційні та політично вмотивовані' },
      paraphrase: {
        en: 'On 12 February 2025 he called the NSDC decision unconstitutional and politically motivated, aimed at him as opposition leader, and said it damaged national unity in wartime.',
        uk: '12 лютого 2025 року він назвав рішення РНБО неконституційним і політично вмотивованим, спрямованим проти нього як лідера опозиції, і заявив, що воно б’є по єдності країни у війні.',
      },
      source: { publisher: 'Interfax-Ukraine', title: 'NSDC imposes sanctions against Poroshenko - European Solidarity party', date: '2025-02-12', url: 'https://en.interfax.com.ua/news/general/1047517.html' },
    },
    {
      name: { en: 'Volodymyr Zelenskyy', uk: 'Володимир Зеленський' },
      role: { en: 'President of Ukraine (since 2019)', uk: 'Президент України (з 2019 року)' },
      side: { en: 'Ukrainian government', uk: 'Влада України' },
      stance: { en: 'Those who helped Russia must be held responsible', uk: 'Ті, хто допомагав Росії, мають відповісти' },
      paraphrase: {
        en: 'In his address of 12 February 2025, without naming anyone, he said the NSDC decisions were about defending the country and restoring justice, and that everyone who had harmed Ukraine’s national security and helped Russia must be held accountable.',
        uk: 'У зверненні 12 лютого 2025 року він, не називаючи імен, сказав, що рішення РНБО — це захист держави й відновлення справедливості, і що кожен, хто руйнував національну безпеку України та допомагав Росії, має відповісти.',
      },
      source: { publisher: 'hromadske', title: 'Ukraine’s National Security and Defense Council imposes sanctions against Poroshenko', date: '2025-02-12', url: 'https://hromadske.ua/en/amp/politics/239584-ukraines-national-security-and-defense-council-imposes-sanctions-against-poroshenko' },
    },
  ],
  related: ['euromaidan', 'war-in-donbas', 'minsk-agreements', 'eu-ukraine-association-agreement', 'volodymyr-zelenskyy', 'nsdc-ukraine', 'crimea-annexation'],
  sources: [
    { publisher: 'hromadske', title: 'Ukraine’s National Security and Defense Council imposes sanctions against Poroshenko', date: '2025-02-12', url: 'https://hromadske.ua/en/amp/politics/239584-ukraines-national-security-and-defense-council-imposes-sanctions-against-poroshenko' },
    { publisher: 'Interfax-Ukraine', title: 'NSDC imposes sanctions against Poroshenko - European Solidarity party', date: '2025-02-12', url: 'https://en.interfax.com.ua/news/general/1047517.html' },
    { publisher: 'Interfax-Ukraine', title: 'NSDC sanctions decision against Poroshenko altered on presidential website due to errors – lawyer', date: '2025-02-14', url: 'https://en.interfax.com.ua/news/general/1048611-amp.html' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
