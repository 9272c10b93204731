import type { KbEntryInput } from '../schema';

export default {
  id: 'dmitry-peskov',
  kind: 'person',
  title: { en: 'Dmitry Peskov', uk: 'Дмитро Пєсков' },
  aliases: [
    { text: 'Dmitry Peskov', lang: 'en' },
    { text: 'Dmitri Peskov', lang: 'en' },
    { text: 'Dmitriy Peskov', lang: 'en' },
    { text: 'Peskov', lang: 'en' },
    { text: 'Dmitri Peskow', lang: 'de' },
    { text: 'Dmitrij Peskow', lang: 'de' },
    { text: 'Peskow', lang: 'de' },
    { text: 'Dmitrij Pieskow', lang: 'pl' },
    { text: 'Pieskow', lang: 'pl' },
    { text: 'Dmitri Peskov', lang: 'fr' },
    { text: 'Дмитро Пєсков', lang: 'uk' },
    { text: 'Пєсков', lang: 'uk' },
    { text: 'Дмитрий Песков', lang: 'ru' },
    { text: 'Песков', lang: 'ru' },
  ],
  summary: {
    en: 'The Kremlin’s spokesman: press secretary of the President of Russia and deputy head of the Presidential Administration since May 2012. He delivers Moscow’s official reaction, often daily, to events in the war against Ukraine, to peace proposals and to Western sanctions.',
    uk: 'Речник Кремля: прессекретар президента Росії та заступник керівника його адміністрації з травня 2012 року. Майже щодня озвучує офіційну реакцію Москви на події війни проти України, мирні пропозиції та західні санкції.',
  },
  background: [
    {
      en: 'A former diplomat, Peskov has worked in Vladimir Putin’s press service since Putin’s first presidency. From 2008 to 2012, while Putin was prime minister, he was the prime minister’s press secretary, and he moved back to the Kremlin with Putin in May 2012.',
      uk: 'Колишній дипломат, Пєсков працює в пресслужбі Володимира Путіна ще з часів його першого президентства. У 2008–2012 роках, коли Путін очолював уряд, був прессекретарем прем’єр-міністра, а в травні 2012 року разом із Путіним повернувся до Кремля.',
    },
    {
      en: 'As spokesman he comments on almost every development in the war and in efforts to end it, from Western arms deliveries to ceasefire proposals, and presents the Kremlin’s line on them. After the full-scale invasion in February 2022 the European Union and the United States put him under sanctions.',
      uk: 'Як речник він коментує майже кожну подію війни та спроб її завершити — від західних поставок зброї до пропозицій про припинення вогню — і викладає позицію Кремля. Після початку повномасштабного вторгнення в лютому 2022 року Євросоюз і США запровадили проти нього санкції.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Peskov is the Kremlin’s main public voice on the US-backed peace efforts, commenting on Russia’s contacts with the Trump administration and on the direct Russian–Ukrainian talks held in Istanbul in May and June 2025.',
      uk: 'Станом на червень 2025 року Пєсков — головний публічний голос Кремля щодо мирних зусиль за участі США: він коментує контакти Росії з адміністрацією Трампа та прямі російсько-українські переговори у Стамбулі в травні й червні 2025 року.',
    },
  },
  timeline: [
    { date: '2008-05', text: { en: 'Becomes press secretary to Prime Minister Vladimir Putin.', uk: 'Стає прессекретарем прем’єр-міністра Володимира Путіна.' } },
    {
      date: '2012-05',
      text: {
        en: 'After Putin returns to the presidency, becomes presidential press secretary and deputy head of the Presidential Administration.',
        uk: 'Після повернення Путіна на посаду президента стає прессекретарем президента та заступником керівника Адміністрації президента.',
      },
    },
    { date: '2022-02-28', text: { en: 'The EU adds Peskov to its sanctions list over the invasion of Ukraine.', uk: 'ЄС вносить Пєскова до санкційного списку через вторгнення в Україну.' } },
    { date: '2022-03-03', text: { en: 'The United States announces sanctions against Peskov.', uk: 'США оголошують санкції проти Пєскова.' } },
  ],
  roles: [
    { title: { en: 'Press Secretary to the Prime Minister of Russia', uk: 'прессекретар прем’єр-міністра Росії' }, from: '2008-05', to: '2012-05' },
    {
      title: {
        en: 'Press Secretary of the President of Russia and Deputy Head of the Presidential Administration',
        uk: 'прессекретар президента Росії, заступник керівника Адміністрації президента',
      },
      from: '2012-05',
      asOf: '2025-06',
    },
  ],
  related: ['vladimir-putin', 'kremlin', 'sergey-lavrov', 'yuri-ushakov', 'eu-sanctions-against-russia'],
  sources: [
    {
      publisher: 'Ukrainska Pravda',
      title: 'Kremlin comments on personal sanctions against Putin',
      date: '2022-02-28',
      url: 'https://www.pravda.com.ua/eng/news/2022/02/28/7326802/',
    },
    {
      publisher: 'L’Important',
      title: 'L’UE sanctionne le porte-parole de Vladimir Poutine, des oligarques et des journalistes',
      date: '2022-02-28',
      url: 'https://limportant.fr/547812',
    },
    {
      publisher: 'WeForNews',
      title: 'US sanctions target Russian elites, Putin’s spokesperson',
      date: '2022-03',
      url: 'https://www.wefornews.com/us-sanctions-target-russian-elites-putins-spokesperson/',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
