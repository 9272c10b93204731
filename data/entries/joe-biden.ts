import type { KbEntryInput } from '../schema';

export default {
  id: 'joe-biden',
  kind: 'person',
  title: { en: 'Joe Biden', uk: 'Джо Байден' },
  aliases: [
    { text: 'Joe Biden', lang: 'en' },
    { text: 'Joseph R. Biden', lang: 'en' },
    // Guards against other Bidens in the news, above all his son Hunter Biden (pardoned December 2024) and Jill Biden.
    { text: 'Biden', lang: 'en', ambiguous: true },
    { text: 'Biden', lang: 'de', ambiguous: true },
    { text: 'Joe Biden', lang: 'pl', stems: ['Joe', 'Biden'] },
    { text: 'Biden', lang: 'pl', ambiguous: true },
    { text: 'Джо Байден', lang: 'uk' },
    { text: 'Байден', lang: 'uk', ambiguous: true },
    { text: 'Джо Байден', lang: 'ru' },
    { text: 'Байден', lang: 'ru', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Joe', 'Джо', 'president*', 'Präsident*', 'prezydent*', 'президент*', 'administration', 'Administration', 'administracj*', 'адміністраці*', 'администраци*',
      'White House', 'Weißen Haus*', 'Weiße Haus', 'Biały Dom', 'Białym Domu', 'Białego Domu', 'Білий дім', 'Білого дому', 'Белый дом', 'Белого дома',
      'Trump*', 'Трамп*', 'Blinken', 'Блінкен*', 'Блинкен*', 'Obama', 'Обам*',
      'Ukrain*', 'Україн*', 'Украин*', 'Russia*', 'Russland', 'Rosj*', 'Росі*', 'Росси*', 'Putin*', 'Путін*', 'Путин*', 'NATO', 'НАТО',
    ],
    noneOf: ['Hunter', 'Хантер*', 'Jill', 'Джилл*'],
    window: 300,
  },
  summary: {
    en: 'President of the United States from January 2021 to January 2025. His administration rallied Western support for Ukraine after Russia’s full-scale invasion, and the US became Ukraine’s largest military donor (Kiel Institute), while some deliveries were delayed or limited, with the administration citing the risk of escalation with Russia.',
    uk: 'Президент США з січня 2021 до січня 2025 року. Його адміністрація згуртувала Захід на підтримку України після повномасштабного вторгнення Росії, і США стали найбільшим донором військової допомоги Україні (за даними Кільського інституту); водночас частину постачань затримували чи обмежували — адміністрація посилалася на ризик ескалації з Росією.',
  },
  background: [
    {
      en: 'A Democrat, Biden represented Delaware in the US Senate from 1973 to 2009 and was Barack Obama’s vice president from 2009 to 2017, when he was the administration’s point man on Ukraine after 2014. He defeated Donald Trump in the 2020 election and took office on 20 January 2021.',
      uk: 'Демократ Байден представляв Делавер у Сенаті США з 1973 по 2009 рік, а у 2009–2017 роках був віцепрезидентом за Барака Обами й після 2014 року відповідав в адміністрації за український напрям. Переміг Дональда Трампа на виборах 2020 року й обійняв посаду 20 січня 2021 року.',
    },
    {
      en: 'Before the invasion his government publicly warned that Russia was preparing to attack. After 24 February 2022 it supplied, step by step, HIMARS, Patriot systems, Abrams tanks and ATACMS missiles, and set up the Ukraine Defense Contact Group. He visited Kyiv on 20 February 2023. In July 2024 he withdrew from the presidential race; Trump succeeded him on 20 January 2025.',
      uk: 'Перед вторгненням його уряд публічно попереджав, що Росія готує напад. Після 24 лютого 2022 року США поступово передали Україні HIMARS, системи Patriot, танки Abrams і ракети ATACMS, а також створили Контактну групу з питань оборони України («Рамштайн»). 20 лютого 2023 року Байден відвідав Київ. У липні 2024 року він відмовився від участі у виборах; 20 січня 2025 року його змінив Трамп.',
    },
  ],
  timeline: [
    { date: '2021-01-20', text: { en: 'Takes office as the 46th US president.', uk: 'Обіймає посаду 46-го президента США.' } },
    { date: '2022-02-24', text: { en: 'Russia launches its full-scale invasion; the US and allies impose sweeping sanctions.', uk: 'Росія починає повномасштабне вторгнення; США та союзники запроваджують масштабні санкції.' } },
    { date: '2023-02-20', text: { en: 'Visits Kyiv, days before the invasion’s first anniversary.', uk: 'Відвідує Київ за кілька днів до першої річниці вторгнення.' } },
    { date: '2024-04-24', text: { en: 'Signs a supplemental aid package including about $61 billion for Ukraine.', uk: 'Підписує пакет додаткових асигнувань, що передбачає близько 61 млрд доларів для України.' } },
    { date: '2024-07-21', text: { en: 'Withdraws from the presidential race.', uk: 'Відмовляється від участі в президентських перегонах.' } },
    { date: '2025-01-20', text: { en: 'Leaves office; Donald Trump is inaugurated.', uk: 'Складає повноваження; присягу складає Дональд Трамп.' } },
  ],
  roles: [
    { title: { en: 'US Senator for Delaware', uk: 'Сенатор США від штату Делавер' }, from: '1973-01-03', to: '2009-01-15' },
    { title: { en: 'Vice President of the United States', uk: 'Віцепрезидент США' }, from: '2009-01-20', to: '2017-01-20' },
    { title: { en: 'President of the United States (46th)', uk: 'Президент США (46-й)' }, from: '2021-01-20', to: '2025-01-20' },
  ],
  related: ['donald-trump', 'antony-blinken', 'ukraine-defense-contact-group', 'full-scale-invasion', 'himars', 'atacms', 'patriot', 'escalation'],
  sources: [
    { publisher: 'Wikipedia', title: 'Joe Biden' },
    { publisher: 'Kiel Institute for the World Economy', title: 'Ukraine Support Tracker' },
    { publisher: 'US Congress', title: 'Ukraine Security Supplemental Appropriations Act, 2024 (Public Law 118-50, Division B)', date: '2024-04-24' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
