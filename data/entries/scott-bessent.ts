import type { KbEntryInput } from '../schema';

export default {
  id: 'scott-bessent',
  kind: 'person',
  title: { en: 'Scott Bessent', uk: 'Скотт Бессент' },
  aliases: [
    { text: 'Scott Bessent', lang: 'en' },
    { text: 'Bessent', lang: 'en' },
    { text: 'Bessent', lang: 'de' },
    { text: 'Bessent', lang: 'pl' },
    { text: 'Скотт Бессент', lang: 'uk' },
    { text: 'Бессент', lang: 'uk' },
    { text: 'Скотт Бессент', lang: 'ru' },
    { text: 'Бессент', lang: 'ru' },
  ],
  summary: {
    en: 'US Treasury Secretary since January 2025, a former hedge fund manager. He negotiated the US–Ukraine minerals deal, presenting the first US draft in Kyiv in February 2025 and signing the final agreement with Ukraine’s then First Deputy Prime Minister Yuliia Svyrydenko in Washington on 30 April 2025.',
    uk: 'Міністр фінансів США з січня 2025 року, колишній керівник хедж-фонду. Вів переговори щодо угоди про надра між США та Україною: у лютому 2025 року привіз до Києва перший американський проєкт, а 30 квітня 2025 року у Вашингтоні підписав остаточну угоду з тодішньою першою віцепрем’єр-міністеркою України Юлією Свириденко.',
  },
  background: [
    {
      en: 'Bessent worked for many years at George Soros’s investment fund, including as its chief investment officer, before founding his own firm, Key Square. Donald Trump nominated him for Treasury Secretary in November 2024; he was confirmed and sworn in in late January 2025.',
      uk: 'Бессент багато років працював в інвестиційному фонді Джорджа Сороса, зокрема на посаді головного інвестиційного директора, а потім заснував власну компанію Key Square. У листопаді 2024 року Дональд Трамп висунув його на посаду міністра фінансів; наприкінці січня 2025 року його затвердили, і він склав присягу.',
    },
    {
      en: 'On 12 February 2025 he became the first Trump cabinet member to visit Kyiv, bringing a draft deal on Ukraine’s mineral resources, which President Zelenskyy declined to sign at that stage. After months of talks, he and Svyrydenko signed the agreement establishing the US–Ukraine Reconstruction Investment Fund on 30 April 2025.',
      uk: '12 лютого 2025 року він першим із членів кабінету Трампа приїхав до Києва з проєктом угоди щодо українських корисних копалин, який президент Зеленський на тому етапі не підписав. Після кількох місяців переговорів 30 квітня 2025 року він і Свириденко підписали угоду про створення Американсько-українського інвестиційного фонду відбудови.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, the Treasury under Bessent was setting up the US–Ukraine Reconstruction Investment Fund with Ukraine, and he also spoke publicly about possible further US sanctions against Russia.',
      uk: 'Станом на липень 2025 року Мінфін США під керівництвом Бессента разом з Україною запускав Американсько-український інвестиційний фонд відбудови, а сам Бессент публічно висловлювався щодо можливих нових санкцій США проти Росії.',
    },
  },
  timeline: [
    { date: '2024-11', text: { en: 'Trump names him as his choice for Treasury Secretary.', uk: 'Трамп називає його кандидатом на посаду міністра фінансів.' } },
    { date: '2025-01-28', text: { en: 'Sworn in as US Treasury Secretary.', uk: 'Складає присягу міністра фінансів США.' } },
    { date: '2025-02-12', text: { en: 'Visits Kyiv with a first US draft of the minerals deal.', uk: 'Відвідує Київ із першим американським проєктом угоди про надра.' } },
    { date: '2025-04-30', text: { en: 'Signs the minerals agreement with Yuliia Svyrydenko in Washington.', uk: 'Підписує у Вашингтоні угоду про надра з Юлією Свириденко.' } },
  ],
  roles: [
    { title: { en: 'US Secretary of the Treasury', uk: 'Міністр фінансів США' }, from: '2025-01-28', asOf: '2025-07' },
  ],
  related: ['minerals-deal', 'donald-trump', 'yuliia-svyrydenko', 'volodymyr-zelenskyy', 'sanctions'],
  sources: [
    { publisher: 'US Department of the Treasury', title: 'Agreement between the United States and Ukraine establishing the United States–Ukraine Reconstruction Investment Fund', date: '2025-04-30' },
    { publisher: 'Wikipedia', title: 'Scott Bessent' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
