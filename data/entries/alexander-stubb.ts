import type { KbEntryInput } from '../schema';

export default {
  id: 'alexander-stubb',
  kind: 'person',
  title: { en: 'Alexander Stubb', uk: 'Александр Стубб' },
  aliases: [
    { text: 'Alexander Stubb', lang: 'en' },
    { text: 'Alexander Stubb', lang: 'pl', stems: ['Alexander', 'Stubb'] },
    // A rare surname, but also Stubb the mate in Moby-Dick and the painter George Stubbs: a light context check.
    { text: 'Stubb', lang: 'en', ambiguous: true },
    { text: 'Stubb', lang: 'de', ambiguous: true },
    { text: 'Stubb', lang: 'pl', ambiguous: true },
    { text: 'Александр Стубб', lang: 'uk' },
    { text: 'Олександр Стубб', lang: 'uk' },
    { text: 'Стубб', lang: 'uk' },
    { text: 'Александр Стубб', lang: 'ru' },
    { text: 'Стубб', lang: 'ru' },
  ],
  disambiguation: {
    anyOf: [
      'Alexander', 'Александр*', 'Олександр*',
      'Finland', 'Finnish', 'Finnland', 'finnisch*', 'Finlandi*', 'fińsk*', 'Фінлянд*', 'фінськ*', 'Финлянди*', 'финск*', 'Helsinki', 'Helsink*', 'Гельсінк*', 'Хельсинк*',
      'president*', 'Präsident*', 'prezydent*', 'президент*',
      'Trump*', 'Трамп*', 'Putin*', 'Путін*', 'Путин*', 'Zelensk*', 'Selensk*', 'Zełensk*', 'Зеленськ*', 'Зеленск*',
      'Ukrain*', 'Україн*', 'Украин*', 'Russia*', 'Russland', 'Rosj*', 'Росі*', 'Росси*', 'NATO', 'НАТО', 'golf*', 'гольф*',
    ],
    noneOf: ['Moby', 'Ahab', 'Melville', 'whale*', 'Wal', 'Pequod'],
    window: 300,
  },
  summary: {
    en: 'President of Finland since 1 March 2024, previously prime minister (2014–2015) and foreign and finance minister. Finland joined NATO in April 2023, and Stubb, who built a rapport with Donald Trump in 2025, is one of the European leaders closely involved in talks on Ukraine’s security.',
    uk: 'Президент Фінляндії з 1 березня 2024 року, раніше — прем’єр-міністр (2014–2015), міністр закордонних справ і міністр фінансів. Фінляндія вступила до НАТО у квітні 2023 року, а Стубб, який у 2025 році налагодив особисті стосунки з Дональдом Трампом, — один із європейських лідерів, залучених до переговорів про безпеку України.',
  },
  background: [
    {
      en: 'A National Coalition Party politician, Stubb was foreign minister (2008–2011), prime minister (June 2014 – May 2015) and finance minister (2015–2016), then worked in European institutions and academia. He won the presidential run-off against Pekka Haavisto on 11 February 2024 and took office on 1 March 2024.',
      uk: 'Політик від Національної коаліції, Стубб був міністром закордонних справ (2008–2011), прем’єр-міністром (червень 2014 — травень 2015) і міністром фінансів (2015–2016), а потім працював в європейських інституціях і в академічній сфері. 11 лютого 2024 року переміг у другому турі президентських виборів Пекку Хаавісто й 1 березня 2024 року обійняв посаду.',
    },
    {
      en: 'Finland shares a border of about 1,340 km with Russia and joined NATO on 4 April 2023 after Russia’s full-scale invasion. As president, Stubb leads Finnish foreign and security policy together with the government; in March 2025 he played golf with Trump in Florida and has since spoken with him regularly about Ukraine.',
      uk: 'Фінляндія має з Росією кордон завдовжки близько 1340 км і вступила до НАТО 4 квітня 2023 року — після повномасштабного вторгнення Росії. Як президент Стубб разом з урядом керує зовнішньою та безпековою політикою Фінляндії; у березні 2025 року він грав у гольф із Трампом у Флориді й відтоді регулярно говорив із ним про Україну.',
    },
  ],
  timeline: [
    { date: '2014-06-24', text: { en: 'Becomes Prime Minister of Finland.', uk: 'Стає прем’єр-міністром Фінляндії.' } },
    { date: '2023-04-04', text: { en: 'Finland joins NATO.', uk: 'Фінляндія вступає до НАТО.' } },
    { date: '2024-02-11', text: { en: 'Wins the presidential run-off against Pekka Haavisto.', uk: 'Перемагає в другому турі президентських виборів Пекку Хаавісто.' } },
    { date: '2024-03-01', text: { en: 'Takes office as President of Finland.', uk: 'Обіймає посаду президента Фінляндії.' } },
    { date: '2025-03-29', text: { en: 'Meets Donald Trump for a round of golf in Florida.', uk: 'Зустрічається з Дональдом Трампом за грою в гольф у Флориді.' } },
  ],
  roles: [
    { title: { en: 'Prime Minister of Finland', uk: 'Прем’єр-міністр Фінляндії' }, from: '2014-06-24', to: '2015-05-29' },
    { title: { en: 'President of Finland', uk: 'Президент Фінляндії' }, from: '2024-03-01', asOf: '2025-08' },
  ],
  related: ['nato', 'donald-trump', 'volodymyr-zelenskyy', 'coalition-of-the-willing', 'security-guarantees'],
  sources: [
    { publisher: 'Politico Europe', title: 'Finland’s Stubb boosts Trump ties over golf', date: '2025-03-30', url: 'https://www.politico.eu/article/trump-finlands-stubb-boost-ties-over-golf/' },
    { publisher: 'Wikipedia', title: 'Alexander Stubb' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
