import type { KbEntryInput } from '../schema';

export default {
  id: 'anne-applebaum',
  kind: 'person',
  title: { en: 'Anne Applebaum', uk: 'Енн Епплбом' },
  aliases: [
    { text: 'Anne Applebaum', lang: 'en' },
    { text: 'Anne Applebaum', lang: 'de' },
    { text: 'Anne Applebaum', lang: 'pl', inflect: false },
    { text: 'Anne Applebaum', lang: 'fr' },
    // Bare surname: also other people, e.g. the security researcher Jacob Applebaum.
    { text: 'Applebaum', lang: 'en', ambiguous: true },
    { text: 'Applebaum', lang: 'de', ambiguous: true },
    { text: 'Applebaum', lang: 'pl', inflect: false, ambiguous: true },
    { text: 'Енн Епплбом', lang: 'uk', inflect: false },
    { text: 'Енн Епплбаум', lang: 'uk', inflect: false },
    { text: 'Епплбом', lang: 'uk', inflect: false, ambiguous: true },
    { text: 'Епплбаум', lang: 'uk', inflect: false, ambiguous: true },
    { text: 'Энн Эпплбаум', lang: 'ru', inflect: false },
    { text: 'Эпплбаум', lang: 'ru', inflect: false, ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Anne', 'Енн', 'Энн',
      'historian*', 'Historiker*', 'historyk*', 'історик*', 'историк*', 'journalist*', 'Journalist*', 'Publizist*', 'dziennikar*', 'publicyst*', 'журналіст*', 'журналист*', 'публіцист*', 'публицист*',
      'Atlantic', 'Washington Post', 'Pulitzer*', 'Пулітцер*', 'Пулитцер*',
      'Gulag', 'Gułag', 'ГУЛАГ*', 'Гулаг*', 'Red Famine', 'Czerwony głód', 'Roter Hunger', 'Червоний голод', 'Красный голод', 'Iron Curtain', 'Autocracy', 'Twilight of Democracy',
      'Sikorsk*', 'Сікорськ*', 'Сикорск*',
      'Friedenspreis', 'Peace Prize',
    ],
    noneOf: ['Jacob', 'Якоб*', 'Tor Project', 'WikiLeaks'],
    window: 300,
  },
  summary: {
    en: 'American-Polish journalist and historian of the Soviet Union and Eastern Europe, a staff writer at The Atlantic since 2020. Her Gulag: A History won the 2004 Pulitzer Prize and Red Famine (2017) tells the story of the 1932–1933 famine in Ukraine. In 2022 she argued that only Russia’s defeat could bring lasting peace.',
    uk: 'Американсько-польська журналістка та історикиня Радянського Союзу й Східної Європи, з 2020 року — штатна авторка The Atlantic. Її книжка «ГУЛАГ» здобула Пулітцерівську премію 2004 року, а «Червоний голод» (2017) розповідає історію голоду 1932–1933 років в Україні. У 2022 році вона доводила, що тривалий мир можливий лише через поразку Росії.',
  },
  background: [
    {
      en: 'Born in Washington in 1964, Applebaum studied at Yale and the London School of Economics and from 1988 reported on the collapse of communism as The Economist’s Warsaw correspondent. She later worked at The Spectator, joined The Washington Post’s editorial board in 2002 and was a Post columnist until she moved to The Atlantic in January 2020. She became a Polish citizen in 2013 and is married to Radosław Sikorski, who became Poland’s foreign minister in December 2023.',
      uk: 'Народилася 1964 року у Вашингтоні, навчалася в Єлі та Лондонській школі економіки, а з 1988 року як варшавська кореспондентка The Economist висвітлювала падіння комунізму. Згодом працювала в The Spectator, у 2002 році увійшла до редакційної ради The Washington Post і була колумністкою цієї газети, доки в січні 2020 року не перейшла до The Atlantic. У 2013 році отримала польське громадянство; її чоловік — Радослав Сікорський, який у грудні 2023 року став міністром закордонних справ Польщі.',
    },
    {
      en: 'Her books include Gulag: A History (2003), Iron Curtain (2012), Red Famine: Stalin’s War on Ukraine (2017), Twilight of Democracy (2020) and Autocracy, Inc. (2024), on how authoritarian regimes cooperate. In 2024 she received the Peace Prize of the German Book Trade, presented in Frankfurt on 20 October; in her speech she linked autocracy at home with Russia’s wars of conquest.',
      uk: 'Серед її книжок — «ГУЛАГ» (2003), «Залізна завіса» (2012), «Червоний голод. Війна Сталіна проти України» (2017), «Сутінки демократії» (2020) та «Autocracy, Inc.» (2024) — про те, як співпрацюють авторитарні режими. У 2024 році вона отримала Премію миру німецьких книгарів, вручену у Франкфурті 20 жовтня; у промові пов’язала автократію всередині країни із загарбницькими війнами Росії.',
    },
  ],
  whyNow: {
    asOf: '2024-10',
    text: {
      en: 'As of October 2024, Applebaum was arguing in The Atlantic and elsewhere for sustained military support for Ukraine; accepting the Peace Prize of the German Book Trade on 20 October, she called for more military aid and said that those urging Ukraine to give up territory had learned nothing from the history of the 20th century.',
      uk: 'Станом на жовтень 2024 року Епплбом у The Atlantic та інших виданнях обстоювала тривалу військову підтримку України; отримуючи 20 жовтня Премію миру німецьких книгарів, вона закликала до більшої військової допомоги і сказала, що ті, хто закликає Україну поступитися територіями, нічого не винесли з історії ХХ століття.',
    },
  },
  timeline: [
    { date: '2003', text: { en: 'Publishes Gulag: A History.', uk: 'Видає книжку «ГУЛАГ».' } },
    { date: '2004', text: { en: 'Wins the Pulitzer Prize for General Nonfiction.', uk: 'Отримує Пулітцерівську премію в категорії документальної літератури.' } },
    { date: '2017', text: { en: 'Publishes Red Famine: Stalin’s War on Ukraine.', uk: 'Видає книжку «Червоний голод. Війна Сталіна проти України».' } },
    { date: '2020-01', text: { en: 'Joins The Atlantic as a staff writer.', uk: 'Стає штатною авторкою The Atlantic.' } },
    { date: '2022-05-23', text: { en: 'Argues in The Atlantic that defeating Putin is the only route to peace.', uk: 'Пише в The Atlantic, що поразка Путіна — єдиний шлях до миру.' } },
    { date: '2024-10-20', text: { en: 'Receives the Peace Prize of the German Book Trade in Frankfurt.', uk: 'Отримує Премію миру німецьких книгарів у Франкфурті.' } },
  ],
  roles: [
    { title: { en: 'Columnist and editorial board member, The Washington Post', uk: 'Колумністка та членкиня редакційної ради The Washington Post' }, from: '2002', to: '2019' },
    { title: { en: 'Staff writer, The Atlantic', uk: 'Штатна авторка The Atlantic' }, from: '2020-01', asOf: '2024-10' },
  ],
  positions: [
    {
      personId: 'anne-applebaum',
      name: { en: 'Anne Applebaum', uk: 'Енн Епплбом' },
      role: { en: 'Journalist and historian, staff writer at The Atlantic (since 2020)', uk: 'журналістка та історикиня, штатна авторка The Atlantic (з 2020 року)' },
      side: { en: 'Independent commentator', uk: 'Незалежна оглядачка' },
      stance: { en: 'Defeating Putin is the only route to peace', uk: 'Поразка Путіна — єдиний шлях до миру' },
      paraphrase: {
        en: 'In a May 2022 essay argued against offering Putin a face-saving compromise, saying it would only enable future aggression, and that a lasting peace required Russia to lose the war.',
        uk: 'У есеї в травні 2022 року виступила проти того, щоб пропонувати Путіну компроміс, який дозволив би йому «зберегти обличчя», бо це лише заохотило б майбутню агресію; тривалий мир, на її думку, можливий лише за поразки Росії у війні.',
      },
      source: { publisher: 'The Atlantic', title: 'Defeating Putin Is the Only Route to Peace in Ukraine', date: '2022-05-23' },
    },
  ],
  related: ['radoslaw-sikorski', 'timothy-snyder', 'full-scale-invasion', 'vladimir-putin'],
  sources: [
    { publisher: 'The Atlantic', title: 'Anne Applebaum Joins The Atlantic as a Staff Writer', date: '2019-11-15', url: 'https://www.theatlantic.com/press-releases/archive/2019/11/anne-applebaum-joins-atlantic-staff-writer/602083/' },
    { publisher: 'The Atlantic', title: 'Defeating Putin Is the Only Route to Peace in Ukraine', date: '2022-05-23' },
    {
      publisher: 'Detector Media',
      title: 'Цьогорічну німецьку літературну Премію миру отримала журналістка та письменниця Енн Епплбаум',
      date: '2024-06-25',
      url: 'https://detector.media/infospace/article/228755/2024-06-25-tsogorichnu-nimetsku-literaturnu-premiyu-myru-otrymala-zhurnalistka-ta-pysmennytsya-enn-epplbaum',
    },
    {
      publisher: 'Deutschlandfunk',
      title: 'Anne Applebaum nimmt Friedenspreis des Deutschen Buchhandels entgegen und ruft zur Unterstützung der Ukraine auf',
      date: '2024-10-20',
      url: 'https://deutschlandfunk.de/anne-applebaum-nimmt-friedenspreis-des-deutschen-buchhandels-entgegen-und-ruft-zur-unterstuetzung-de-104.html',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
