import type { KbEntryInput } from '../schema';

export default {
  id: 'vladimir-medinsky',
  kind: 'person',
  title: { en: 'Vladimir Medinsky', uk: 'Володимир Мединський' },
  aliases: [
    { text: 'Vladimir Medinsky', lang: 'en' },
    { text: 'Vladimir Medinskiy', lang: 'en' },
    { text: 'Medinsky', lang: 'en' },
    { text: 'Wladimir Medinski', lang: 'de' },
    { text: 'Medinski', lang: 'de' },
    { text: 'Władimir Miedinski', lang: 'pl' },
    { text: 'Miedinski', lang: 'pl' },
    { text: 'Vladimir Medinski', lang: 'fr' },
    { text: 'Володимир Мединський', lang: 'uk' },
    { text: 'Мединський', lang: 'uk' },
    { text: 'Владимир Мединский', lang: 'ru' },
    { text: 'Мединский', lang: 'ru' },
  ],
  summary: {
    en: 'Aide to Vladimir Putin since January 2020 and head of Russia’s delegation at the direct talks with Ukraine in 2022 and again in Istanbul in 2025. A former culture minister (2012–2020) and co-author of Russia’s new school history textbooks, he is known for a state-centred, nationalist reading of Russian history.',
    uk: 'Помічник Володимира Путіна з січня 2020 року, очолював російську делегацію на прямих переговорах з Україною у 2022 році та знову у Стамбулі у 2025 році. Колишній міністр культури (2012–2020) і співавтор нових російських шкільних підручників історії, відомий державницьким, націоналістичним трактуванням історії Росії.',
  },
  background: [
    {
      en: 'Medinsky was Russia’s culture minister from May 2012 to January 2020 and heads the Russian Military Historical Society. After leaving the government he became an aide to the president. In 2023 a new unified history textbook for Russian senior school classes, co-written by him, covered the full-scale invasion of Ukraine in the Kremlin’s terms.',
      uk: 'Мединський був міністром культури Росії з травня 2012 до січня 2020 року і очолює Російське військово-історичне товариство. Після відставки з уряду став помічником президента. У 2023 році вийшов новий єдиний підручник історії для старших класів російських шкіл, співавтором якого він є; повномасштабне вторгнення в Україну в ньому описано в кремлівських термінах.',
    },
    {
      en: 'He led Russia’s delegation in the talks with Ukraine that began in Belarus days after the February 2022 invasion and continued in Istanbul on 29 March 2022, before they broke down. When Putin proposed resuming direct talks in Istanbul in May 2025, he again named Medinsky to lead the delegation; Ukraine’s delegation was led by defence minister Rustem Umerov.',
      uk: 'Він очолював російську делегацію на переговорах з Україною, які почалися в Білорусі за кілька днів після вторгнення в лютому 2022 року і продовжилися 29 березня 2022 року у Стамбулі, але згодом зайшли в глухий кут. Коли в травні 2025 року Путін запропонував відновити прямі переговори у Стамбулі, він знову призначив Мединського головою делегації; українську делегацію очолив міністр оборони Рустем Умєров.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Medinsky has led Russia’s side at two rounds of direct talks with Ukraine in Istanbul, on 16 May and 2 June 2025; they produced agreements on large prisoner exchanges and the return of soldiers’ bodies, but no ceasefire.',
      uk: 'Станом на червень 2025 року Мединський очолював російську сторону на двох раундах прямих переговорів з Україною у Стамбулі — 16 травня та 2 червня 2025 року; вони завершилися домовленостями про великі обміни полоненими та повернення тіл загиблих, але не про припинення вогню.',
    },
  },
  timeline: [
    { date: '2012-05', text: { en: 'Appointed culture minister.', uk: 'Призначений міністром культури.' } },
    { date: '2020-01', text: { en: 'Leaves the government and becomes an aide to the president.', uk: 'Залишає уряд і стає помічником президента.' } },
    { date: '2022-03-29', text: { en: 'Leads Russia’s delegation at the Istanbul round of talks with Ukraine.', uk: 'Очолює російську делегацію на стамбульському раунді переговорів з Україною.' } },
    { date: '2025-05-16', text: { en: 'Leads Russia’s delegation at the first direct Russian–Ukrainian talks since 2022, in Istanbul.', uk: 'Очолює російську делегацію на перших із 2022 року прямих російсько-українських переговорах у Стамбулі.' } },
    { date: '2025-06-02', text: { en: 'Leads Russia’s side at a second round in Istanbul.', uk: 'Очолює російську сторону на другому раунді у Стамбулі.' } },
  ],
  roles: [
    { title: { en: 'Minister of Culture of Russia', uk: 'міністр культури Росії' }, from: '2012-05', to: '2020-01' },
    { title: { en: 'Aide to the President of Russia', uk: 'помічник президента Росії' }, from: '2020-01', asOf: '2025-06' },
  ],
  related: ['istanbul-talks-2025', 'istanbul-communique-2022', 'vladimir-putin', 'rustem-umerov', 'recep-tayyip-erdogan', 'peace-deal'],
  sources: [
    {
      publisher: 'TRT World',
      title: 'Turkish foreign minister, US, Russian, Ukrainian delegations to meet in Istanbul on May 16',
      date: '2025-05-15',
      url: 'https://www.trtworld.com/article/65b604a52e77',
    },
    {
      publisher: 'Al Mayadeen English',
      title: 'Medinsky leads Russian delegation to Istanbul despite sabotage attacks',
      date: '2025-06',
      url: 'https://english.almayadeen.net/news/politics/medinsky-leads-russian-delegation-to-istanbul-despite-sabota',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
