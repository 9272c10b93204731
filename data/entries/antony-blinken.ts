import type { KbEntryInput } from '../schema';

export default {
  id: 'antony-blinken',
  kind: 'person',
  title: { en: 'Antony Blinken', uk: 'Ентоні Блінкен' },
  aliases: [
    { text: 'Antony Blinken', lang: 'en' },
    { text: 'Antony Blinken', lang: 'de' },
    { text: 'Antony Blinken', lang: 'pl', stems: ['Antony', 'Blinken'] },
    // "blinken" is a German verb (to flash, to blink) and, capitalised, its noun "das Blinken".
    { text: 'Blinken', lang: 'en', caseSensitive: true, ambiguous: true },
    // Polish case forms, exact and capitalised (case-sensitive aliases take no endings).
    { text: 'Blinkena', lang: 'pl', caseSensitive: true },
    { text: 'Blinkenowi', lang: 'pl', caseSensitive: true },
    { text: 'Blinkenem', lang: 'pl', caseSensitive: true },
    { text: 'Ентоні Блінкен', lang: 'uk' },
    { text: 'Блінкен', lang: 'uk' },
    { text: 'Энтони Блинкен', lang: 'ru' },
    { text: 'Блинкен', lang: 'ru' },
  ],
  disambiguation: {
    anyOf: [
      'Antony', 'Secretary of State', 'State Department', 'Außenminister*', 'US-Außenminister*', 'Chefdiplomat*', 'sekretarz stanu', 'sekretarza stanu', 'dyplomacj*',
      'USA', 'United States', 'American', 'Vereinigten Staaten', 'amerikanisch*', 'amerykańsk*', 'Washington*', 'Waszyngton*',
      'Biden*', 'Regierung*', 'Diplomat*', 'administration',
      'Ukrain*', 'Kiew', 'Kyiv', 'Kijów', 'Kijow*', 'Russia*', 'Russland', 'Rosj*', 'Putin*', 'Nato', 'NATO', 'Israel*', 'Izrael*', 'Gaza', 'Strefie Gazy', 'China', 'Chin*', 'Peking', 'Beijing',
    ],
    noneOf: ['Auto*', 'Blinker', 'Ampel*', 'Licht*', 'Lampe*', 'LED', 'Fahrzeug*', 'Warnblink*', 'Augen'],
    window: 250,
  },
  summary: {
    en: 'US Secretary of State from January 2021 to January 2025 under Joe Biden. He led US diplomacy during Russia’s full-scale invasion, visiting Kyiv several times and coordinating sanctions and military aid with allies.',
    uk: 'Державний секретар США з січня 2021 до січня 2025 року в адміністрації Джо Байдена. Очолював американську дипломатію під час повномасштабного вторгнення Росії: кілька разів відвідував Київ і координував із союзниками санкції та військову допомогу.',
  },
  background: [
    {
      en: 'A long-time foreign-policy aide to Joe Biden, Blinken was deputy national security adviser (2013–2015) and deputy secretary of state (2015–2017) under Barack Obama. The Senate confirmed him as secretary of state in January 2021.',
      uk: 'Давній зовнішньополітичний радник Джо Байдена, Блінкен за президентства Барака Обами був заступником радника з національної безпеки (2013–2015) і заступником держсекретаря (2015–2017). У січні 2021 року Сенат затвердив його на посаді держсекретаря.',
    },
    {
      en: 'In the weeks before 24 February 2022 he publicly set out US intelligence that Russia was preparing to invade, including at the UN Security Council on 17 February 2022. He visited Kyiv with Defence Secretary Lloyd Austin in April 2022 and several times afterwards, and supported Ukraine’s path to NATO membership as set out at the 2024 Washington summit. He left office on 20 January 2025; Marco Rubio succeeded him.',
      uk: 'За кілька тижнів до 24 лютого 2022 року він публічно викладав дані американської розвідки про підготовку Росії до вторгнення, зокрема в Раді Безпеки ООН 17 лютого 2022 року. У квітні 2022 року він відвідав Київ разом із міністром оборони Ллойдом Остіном, а згодом бував там ще кілька разів; підтримував шлях України до членства в НАТО, зафіксований на Вашингтонському саміті 2024 року. 20 січня 2025 року склав повноваження; його наступником став Марко Рубіо.',
    },
  ],
  timeline: [
    { date: '2021-01-26', text: { en: 'Sworn in as US Secretary of State.', uk: 'Складає присягу державного секретаря США.' } },
    { date: '2022-02-17', text: { en: 'Warns the UN Security Council that Russia is preparing to attack Ukraine.', uk: 'Попереджає Раду Безпеки ООН, що Росія готується напасти на Україну.' } },
    { date: '2022-04-24', text: { en: 'Visits Kyiv with Lloyd Austin, the first senior US visit since the invasion began.', uk: 'Разом із Ллойдом Остіном відвідує Київ — перший візит високопосадовців США від початку вторгнення.' } },
    { date: '2025-01-20', text: { en: 'Leaves office at the end of the Biden administration.', uk: 'Залишає посаду із завершенням каденції адміністрації Байдена.' } },
  ],
  roles: [
    { title: { en: 'US Deputy Secretary of State', uk: 'Заступник державного секретаря США' }, from: '2015-01', to: '2017-01-20' },
    { title: { en: 'US Secretary of State', uk: 'Державний секретар США' }, from: '2021-01-26', to: '2025-01-20' },
  ],
  related: ['joe-biden', 'marco-rubio', 'un-security-council', 'washington-summit-2024', 'full-scale-invasion'],
  sources: [
    { publisher: 'United Nations', title: 'Security Council meeting record on the situation in Ukraine, 17 February 2022', date: '2022-02-17' },
    { publisher: 'Wikipedia', title: 'Antony Blinken' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
