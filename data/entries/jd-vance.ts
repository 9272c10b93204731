import type { KbEntryInput } from '../schema';

const NAME = { en: 'JD Vance', uk: 'Джей Ді Венс' };

export default {
  id: 'jd-vance',
  kind: 'person',
  title: NAME,
  aliases: [
    { text: 'JD Vance', lang: 'en' },
    { text: 'J.D. Vance', lang: 'en' },
    { text: 'James David Vance', lang: 'en' },
    // Guards against other Vances, above all Cyrus Vance (US Secretary of State 1977–1980, the Vance–Owen plan for Bosnia).
    { text: 'Vance', lang: 'en', ambiguous: true },
    { text: 'Vance', lang: 'de', ambiguous: true },
    { text: 'Vance', lang: 'pl', ambiguous: true },
    { text: 'Джей Ді Венс', lang: 'uk' },
    { text: 'Венс', lang: 'uk', ambiguous: true },
    { text: 'Джей Ди Вэнс', lang: 'ru' },
    { text: 'Вэнс', lang: 'ru', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'vice president*', 'vice-president*', 'vice presidential', 'Vizepräsident*', 'Vize-Präsident*', 'wiceprezydent*', 'віцепрезидент*', 'віце-президент*', 'вице-президент*', 'вицепрезидент*',
      'Trump*', 'Трамп*', 'White House', 'Weißen Haus*', 'Weiße Haus', 'Biały Dom', 'Białym Domu', 'Białego Domu', 'Білий дім', 'Білого дому', 'Белый дом', 'Белого дома',
      'Ohio', 'Republican*', 'Republikaner*', 'Munich Security Conference', 'Münchner Sicherheitskonferenz', 'Monachium', 'Мюнхен*',
      'Oval Office', 'Ovalen Office', 'Gabinet Owalny', 'Gabinecie Owalnym', 'Gabinetu Owalnego', 'Овальн*',
      'Zelensk*', 'Selensk*', 'Zełensk*', 'Зеленськ*', 'Зеленск*', 'Ukrain*', 'Україн*', 'Украин*',
    ],
    noneOf: ['Cyrus', 'Сайрус', 'Vance-Owen', 'Owen', 'Оуен*', 'Оуэн*', 'Carter', 'Картер*'],
    window: 300,
  },
  summary: {
    en: 'Vice President of the United States since 20 January 2025, previously a Republican senator for Ohio (2023–2025). In February 2025 he told the Munich Security Conference that Europe’s main threat came from within, and two weeks later clashed with Volodymyr Zelenskyy in the Oval Office.',
    uk: 'Віцепрезидент США з 20 січня 2025 року, до того — сенатор-республіканець від Огайо (2023–2025). У лютому 2025 року заявив на Мюнхенській безпековій конференції, що головна загроза для Європи — внутрішня, а через два тижні разом із Трампом посварився з Володимиром Зеленським в Овальному кабінеті.',
  },
  background: [
    {
      en: 'Vance, a former Marine and venture investor, became known for his 2016 memoir “Hillbilly Elegy”. Elected to the Senate for Ohio in 2022, he was among the Republicans most critical of US aid to Ukraine. Donald Trump chose him as his running mate in July 2024.',
      uk: 'Колишній морський піхотинець і венчурний інвестор, Венс став відомим завдяки мемуарам «Елегія горян» (2016). Обраний сенатором від Огайо у 2022 році, він був серед республіканців, які найгостріше критикували американську допомогу Україні. У липні 2024 року Дональд Трамп обрав його кандидатом у віцепрезиденти.',
    },
    {
      en: 'At the Munich Security Conference on 14 February 2025 he spoke mostly not about Russia or Ukraine but about what he called Europe’s retreat from shared values, criticising European governments over free speech and migration. On 28 February 2025, in the Oval Office, he told Zelenskyy that the path to peace was diplomacy and accused him of being disrespectful; the meeting ended without the planned minerals deal being signed.',
      uk: 'На Мюнхенській безпековій конференції 14 лютого 2025 року він говорив переважно не про Росію чи Україну, а про те, що назвав відступом Європи від спільних цінностей, критикуючи європейські уряди за обмеження свободи слова та міграційну політику. 28 лютого 2025 року в Овальному кабінеті він заявив Зеленському, що шлях до миру — дипломатія, і звинуватив його в неповазі; зустріч завершилася без підписання запланованої угоди про надра.',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, Vance was among the administration’s public voices on the war, arguing for a negotiated settlement and for Europe to carry more of the burden of supporting Ukraine.',
      uk: 'Станом на серпень 2025 року Венс був серед тих в адміністрації, хто публічно висловлювався щодо війни: він обстоював мирне врегулювання шляхом переговорів і те, що Європа має взяти на себе більшу частину тягаря підтримки України.',
    },
  },
  timeline: [
    { date: '2023-01-03', text: { en: 'Sworn in as US senator for Ohio.', uk: 'Складає присягу сенатора США від штату Огайо.' } },
    { date: '2024-07', text: { en: 'Trump picks him as his running mate.', uk: 'Трамп обирає його кандидатом у віцепрезиденти.' } },
    { date: '2025-01-20', text: { en: 'Sworn in as the 50th vice president of the United States.', uk: 'Складає присягу як 50-й віцепрезидент США.' } },
    { date: '2025-02-14', text: { en: 'Speech at the Munich Security Conference criticising European governments.', uk: 'Виступ на Мюнхенській безпековій конференції з критикою європейських урядів.' } },
    { date: '2025-02-28', text: { en: 'Public clash with Zelenskyy in the Oval Office.', uk: 'Публічна суперечка із Зеленським в Овальному кабінеті.' } },
  ],
  roles: [
    { title: { en: 'US Senator for Ohio', uk: 'Сенатор США від штату Огайо' }, from: '2023-01-03', to: '2025-01-10' },
    { title: { en: 'Vice President of the United States', uk: 'Віцепрезидент США' }, from: '2025-01-20', asOf: '2025-08' },
  ],
  positions: [
    {
      personId: 'jd-vance',
      name: NAME,
      role: { en: 'US Vice President (since January 2025)', uk: 'віцепрезидент США (з січня 2025 року)' },
      side: { en: 'US administration', uk: 'Адміністрація США' },
      stance: { en: 'Europe’s main threat is from within, not Russia', uk: 'Головна загроза для Європи — внутрішня, а не Росія' },
      paraphrase: {
        en: 'At the Munich Security Conference on 14 February 2025, Vance said the threat to Europe that worried him most was not Russia or China but Europe’s retreat from values shared with the US, citing restrictions on speech and migration policy.',
        uk: 'На Мюнхенській безпековій конференції 14 лютого 2025 року Венс заявив, що найбільше його турбує не Росія чи Китай, а відступ Європи від цінностей, спільних зі США; як приклади він навів обмеження свободи слова та міграційну політику.',
      },
      source: { publisher: 'NPR', title: 'Vance scorches European allies in Munich speech, lecturing them about democracy', date: '2025-02-14' },
    },
    {
      personId: 'jd-vance',
      name: NAME,
      role: { en: 'US Vice President (since January 2025)', uk: 'віцепрезидент США (з січня 2025 року)' },
      side: { en: 'US administration', uk: 'Адміністрація США' },
      stance: { en: 'The path to peace is diplomacy', uk: 'Шлях до миру — дипломатія' },
      paraphrase: {
        en: 'In the Oval Office on 28 February 2025, Vance said the way to peace was diplomacy; when Zelenskyy pointed to Putin’s broken agreements, Vance called it disrespectful to argue the point in front of the American media.',
        uk: 'В Овальному кабінеті 28 лютого 2025 року Венс заявив, що шлях до миру — дипломатія; коли Зеленський нагадав про порушені Путіним домовленості, Венс назвав неповагою сперечатися про це перед американськими медіа.',
      },
      source: { publisher: 'CNN', title: 'Trump, Vance castigate Zelensky in tense Oval Office meeting', date: '2025-02-28' },
    },
  ],
  related: ['donald-trump', 'volodymyr-zelenskyy', 'oval-office-meeting-2025', 'minerals-deal', 'marco-rubio'],
  sources: [
    { publisher: 'NPR', title: 'Vance scorches European allies in Munich speech, lecturing them about democracy', date: '2025-02-14' },
    { publisher: 'CNN', title: 'Trump, Vance castigate Zelensky in tense Oval Office meeting', date: '2025-02-28' },
    { publisher: 'Wikipedia', title: 'JD Vance' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
