import type { KbEntryInput } from '../schema';

export default {
  id: 'timothy-snyder',
  kind: 'person',
  title: { en: 'Timothy Snyder', uk: 'Тімоті Снайдер' },
  aliases: [
    { text: 'Timothy Snyder', lang: 'en' },
    { text: 'Timothy Snyder', lang: 'de' },
    { text: 'Timothy Snyder', lang: 'pl', stems: ['Timothy', 'Snyder'] },
    { text: 'Тімоті Снайдер', lang: 'uk', stems: ['Тімоті', 'Снайдер'] },
    { text: 'Тимоти Снайдер', lang: 'ru', stems: ['Тимоти', 'Снайдер'] },
    // Bare surname: common in the US — the film director Zack Snyder, former Michigan governor Rick Snyder,
    // NFL owner Dan Snyder.
    { text: 'Snyder', lang: 'en', ambiguous: true },
    { text: 'Snyder', lang: 'de', ambiguous: true },
    { text: 'Snyder', lang: 'pl', ambiguous: true },
    { text: 'Снайдер', lang: 'uk', stems: ['Снайдер'], ambiguous: true },
    { text: 'Снайдер', lang: 'ru', stems: ['Снайдер'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Timothy', 'Тімоті', 'Тимоти',
      'historian*', 'Historiker*', 'historyk*', 'історик*', 'историк*', 'history', 'Geschichte', 'histori*', 'історі*', 'истори*',
      'professor*', 'Professor*', 'profesor*', 'професор*', 'профессор*',
      'Yale', 'Єльськ*', 'Йельск*', 'Toronto', 'Торонт*',
      'Bloodlands', 'On Tyranny', 'Road to Unfreedom', 'On Freedom', 'Skrwawione ziemie', 'O tyranii', 'Über Tyrannei', 'Криваві землі', 'Про тиранію', 'Кровавые земли', 'О тирании',
      'Holocaust', 'Holokaust', 'Голокост*', 'Холокост*',
    ],
    noneOf: [
      'Zack', 'Зак', 'Зака', 'Rick', 'Michigan', 'Flint', 'Dan Snyder', 'Commanders', 'NFL',
      'Justice League', 'Man of Steel', 'Rebel Moon', 'film director', 'Regisseur*', 'reżyser*', 'режисер*', 'режиссер*', 'режиссёр*',
    ],
    window: 300,
  },
  summary: {
    en: 'American historian of Central and Eastern Europe and the Holocaust, author of Bloodlands and On Tyranny, and one of the most prominent Western academic voices in support of Ukraine. He taught at Yale from 2001 until 2025, when he moved to the University of Toronto’s Munk School.',
    uk: 'Американський історик Центральної та Східної Європи і Голокосту, автор книжок «Криваві землі» та «Про тиранію», один із найпомітніших західних науковців, що підтримують Україну. Викладав в Єльському університеті з 2001 до 2025 року, коли перейшов до Школи Мунка при Університеті Торонто.',
  },
  background: [
    {
      en: 'Born in Ohio in 1969, Snyder earned his doctorate at Oxford and joined Yale’s faculty in 2001, latterly as the Richard C. Levin Professor of History. He reads and speaks several Central and East European languages, including Polish and Ukrainian. Bloodlands: Europe Between Hitler and Stalin (2010) traced the mass killing of some 14 million civilians and prisoners in the lands between Germany and Russia; On Tyranny (2017) and The Road to Unfreedom (2018) turned to authoritarianism and Russia’s influence on Western politics.',
      uk: 'Народився 1969 року в Огайо, здобув докторський ступінь в Оксфорді, а з 2001 року викладав у Єлі, згодом — як професор історії імені Річарда Левіна. Читає і говорить кількома мовами Центральної та Східної Європи, зокрема польською та українською. Книжка «Криваві землі: Європа між Гітлером і Сталіним» (2010) простежила масове вбивство близько 14 мільйонів мирних жителів і полонених на землях між Німеччиною та Росією; «Про тиранію» (2017) і «Дорога до несвободи» (2018) присвячені авторитаризму та впливу Росії на західну політику.',
    },
    {
      en: 'Since 2014, and especially since the full-scale invasion, Snyder has written and lectured widely on Ukraine’s history and on Russia’s war; in autumn 2022 his Yale lecture course “The Making of Modern Ukraine” was published online. In 2025 he, his wife the historian Marci Shore and their Yale colleague Jason Stanley left Yale for the University of Toronto’s Munk School of Global Affairs & Public Policy, where Snyder became the inaugural Chair in Modern European History.',
      uk: 'З 2014 року, а особливо після початку повномасштабного вторгнення, Снайдер багато пише й читає лекції про історію України та війну Росії; восени 2022 року його єльський курс лекцій «Становлення сучасної України» було опубліковано онлайн. У 2025 році він, його дружина історикиня Марсі Шор і їхній колега з Єлю Джейсон Стенлі перейшли з Єлю до Школи глобальних справ і публічної політики імені Мунка при Університеті Торонто, де Снайдер став першим завідувачем кафедри сучасної європейської історії.',
    },
  ],
  whyNow: {
    asOf: '2025-05',
    text: {
      en: 'As of May 2025, Snyder had been appointed to the University of Toronto, where he was to direct a Public History Lab and begin teaching in the autumn.',
      uk: 'Станом на травень 2025 року Снайдера призначили до Університету Торонто, де він мав очолити Лабораторію публічної історії (Public History Lab) і восени почати викладання.',
    },
  },
  timeline: [
    { date: '2001', text: { en: 'Joins the faculty of Yale University.', uk: 'Починає викладати в Єльському університеті.' } },
    { date: '2010', text: { en: 'Publishes Bloodlands: Europe Between Hitler and Stalin.', uk: 'Видає книжку «Криваві землі: Європа між Гітлером і Сталіним».' } },
    { date: '2017', text: { en: 'Publishes On Tyranny: Twenty Lessons from the Twentieth Century.', uk: 'Видає книжку «Про тиранію. Двадцять уроків двадцятого століття».' } },
    { date: '2022', text: { en: 'His Yale course “The Making of Modern Ukraine” is published online.', uk: 'Його єльський курс «Становлення сучасної України» публікують онлайн.' } },
    { date: '2025', text: { en: 'Moves from Yale to the University of Toronto.', uk: 'Переходить з Єлю до Університету Торонто.' } },
  ],
  roles: [
    { title: { en: 'Professor of History, Yale University', uk: 'Професор історії, Єльський університет' }, from: '2001', to: '2025' },
    { title: { en: 'Director, Public History Lab, University of Toronto', uk: 'Директор Лабораторії публічної історії, Університет Торонто' }, from: '2025', asOf: '2025-05' },
  ],
  related: ['anne-applebaum', 'euromaidan', 'full-scale-invasion', 'vladimir-putin'],
  sources: [
    { publisher: 'Maclean’s', title: 'Timothy Snyder, author and historian, has studied tyrants for decades. Even he doesn’t know what comes next.', date: '2025-05' },
    { publisher: 'Mirage News (University of Toronto News)', title: 'U of T Course Explores Legacy of Hitler, Stalin', url: 'https://www.miragenews.com/u-of-t-course-explores-legacy-of-hitler-stalin-1464439' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
