import type { KbEntryInput } from '../schema';

export default {
  id: 'iskander',
  kind: 'weapon',
  title: { en: 'Iskander missile system', uk: 'ОТРК «Іскандер»' },
  aliases: [
    { text: 'Iskander-M', lang: 'en' },
    { text: 'Iskander-K', lang: 'en' },
    { text: '9K720 Iskander', lang: 'en' },
    { text: 'Іскандер-М', lang: 'uk' },
    { text: 'Іскандер-К', lang: 'uk' },
    { text: 'Искандер-М', lang: 'ru' },
    { text: 'Искандер-К', lang: 'ru' },
    // Bare "Iskander" is also a common given name (and a Malaysian place name, Iskandar).
    { text: 'Iskander', lang: 'en', ambiguous: true },
    { text: 'Іскандер', lang: 'uk', stems: ['Іскандер'], ambiguous: true },
    { text: 'Искандер', lang: 'ru', stems: ['Искандер'], ambiguous: true },
    { text: 'Iskander', lang: 'pl', stems: ['Iskander'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'missile*', 'ballistic*', 'launcher*', 'strike*', 'nuclear-capable', 'Kaliningrad', 'Belarus',
      'ракет*', 'балістичн*', 'баллистическ*', 'ОТРК', 'комплекс*', 'удар*', 'Калінінград*', 'Калининград*', 'Білорус*', 'Беларус*', 'ППО', 'ПВО',
      'Rakete*', 'ballistisch*', 'Raketensystem*', 'rakiet*', 'balistyczn*', 'pocisk*', 'Królewc*',
      'Białoru*', 'głowic*', 'jądrow*', 'ядерн*', 'боєголов*', 'боеголов*', 'warhead*', 'Sprengk*', 'nuklear*', 'Łukaszenk*', 'Лукашенк*', 'Lukashenk*',
    ],
    noneOf: ['footballer', 'striker', 'midfielder', 'singer', 'actor', 'Sultan', 'Johor', 'Mirza', 'футболіст*', 'футболист*', 'співак*', 'певец*'],
    window: 250,
  },
  summary: {
    en: 'A Russian mobile short-range missile system. Its Iskander-M version fires ballistic missiles with a range of up to about 500 km and can carry nuclear warheads; the Iskander-K fires cruise missiles. Russia has used it against Ukrainian cities and military targets since the first day of the full-scale invasion.',
    uk: 'Російський мобільний оперативно-тактичний ракетний комплекс. Модифікація «Іскандер-М» запускає балістичні ракети з дальністю до приблизно 500 км і може нести ядерні боєголовки, «Іскандер-К» — крилаті ракети. Росія застосовує його проти українських міст і військових об’єктів від першого дня повномасштабного вторгнення.',
  },
  background: [
    {
      en: 'The Iskander entered Russian service in the 2000s. Russia keeps Iskander units in its Kaliningrad exclave between Poland and Lithuania. The missiles reach their targets within minutes, and Ukraine relies mainly on Patriot systems to intercept them.',
      uk: '«Іскандер» надійшов на озброєння армії РФ у 2000-х роках. Росія розміщує підрозділи з «Іскандерами» в Калінінградській області між Польщею та Литвою. Ракети досягають цілі за лічені хвилини, і перехоплює їх Україна передусім комплексами Patriot.',
    },
    {
      en: 'Iskander strikes have caused some of the deadliest attacks on Ukrainian civilians. On Palm Sunday, 13 April 2025, two ballistic missiles hit central Sumy, killing more than 30 people; Ukraine’s military intelligence chief Kyrylo Budanov said they were Iskander-M/KN-23 missiles. Ukraine says Russia also fires North Korean KN-23 missiles of a similar type.',
      uk: 'Удари «Іскандерами» стали причиною одних із наймасштабніших загибелей цивільних в Україні. У Вербну неділю, 13 квітня 2025 року, дві балістичні ракети влучили в центр Сум, загинули понад 30 людей; очільник ГУР Кирило Буданов заявив, що це були ракети «Іскандер-М»/KN-23. За даними України, Росія застосовує й подібні північнокорейські ракети KN-23.',
    },
  ],
  timeline: [
    { date: '2022-02-24', text: { en: 'Russia opens its full-scale invasion with missile strikes across Ukraine, including Iskanders.', uk: 'Росія починає повномасштабне вторгнення ракетними ударами по всій Україні, зокрема «Іскандерами».' } },
    { date: '2025-04-13', text: { en: 'Two ballistic missiles strike central Sumy on Palm Sunday, killing more than 30 people.', uk: 'Дві балістичні ракети б’ють по центру Сум у Вербну неділю, загинули понад 30 людей.' } },
    { date: '2025-06-01', text: { en: 'Ukraine’s Air Force reports Iskander-M/KN-23 ballistic missiles among the weapons of a record overnight attack.', uk: 'Повітряні сили повідомляють про балістичні ракети «Іскандер-М»/KN-23 серед засобів рекордної нічної атаки.' } },
  ],
  related: ['patriot', 'kinzhal', 'oreshnik', 'kaliningrad', 'shahed'],
  sources: [
        { publisher: 'Ukrinform (via MENAFN)', title: 'Russian Army Strikes Sumy With Two Iskander-M/KN-23 Ballistic Missiles – Budanov', date: '2025-04-13', url: 'https://menafn.com/1109424244/Russian-Army-Strikes-Sumy-With-Two-Iskander-MKN-23-Ballistic-Missiles-Budanov' },
    { publisher: 'The Kyiv Independent', title: "Russia shatters drone record, launches 472 UAVs at Ukraine night before Kyiv's strike on Russian airfields", date: '2025-06-01', url: 'https://kyivindependent.com/russia-shatters-drone-record-launches-472-uavs-at-ukraine-night-before-kyivs-strike-on-russian-airfields/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
