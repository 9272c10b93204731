import type { KbEntryInput } from '../schema';

export default {
  id: 'glide-bombs',
  kind: 'weapon',
  title: { en: 'Glide bombs', uk: 'Керовані авіабомби (КАБи)' },
  aliases: [
    { text: 'glide bomb', lang: 'en' },
    { text: 'guided aerial bomb', lang: 'en' },
    { text: 'guided aerial bombs', lang: 'en' },
    { text: 'UMPK', lang: 'en', caseSensitive: true },
    // Upper case only: "каб" is not the acronym.
    { text: 'КАБ', lang: 'uk', caseSensitive: true },
    { text: 'КАБи', lang: 'uk', caseSensitive: true },
    { text: 'КАБів', lang: 'uk', caseSensitive: true },
    { text: 'КАБами', lang: 'uk', caseSensitive: true },
    { text: 'КАБ', lang: 'ru', caseSensitive: true },
    { text: 'КАБов', lang: 'ru', caseSensitive: true },
    { text: 'керована авіабомба', lang: 'uk', stems: ['керован', 'авіабомб'] },
    { text: 'керовані авіабомби', lang: 'uk', stems: ['керован', 'авіабомб'] },
    { text: 'керована авіаційна бомба', lang: 'uk', stems: ['керован', 'авіаційн', 'бомб'] },
    { text: 'управляемая авиабомба', lang: 'ru', stems: ['управляем', 'авиабомб'] },
    { text: 'управляемые авиабомбы', lang: 'ru', stems: ['управляем', 'авиабомб'] },
    { text: 'УМПК', lang: 'ru' },
    { text: 'Gleitbombe', lang: 'de' },
    { text: 'Gleitbomben', lang: 'de' },
    { text: 'bomba szybująca', lang: 'pl', stems: ['bomb', 'szybując'] },
    { text: 'bomby szybujące', lang: 'pl', stems: ['bomb', 'szybując'] },
  ],
  summary: {
    en: 'Heavy Soviet-era aerial bombs fitted by Russia with wing and satellite-guidance kits (UMPK), so that aircraft can release them tens of kilometres from their targets, outside the range of most Ukrainian air defences. Known in Ukraine as KABs, they have become one of Russia’s main weapons against front-line positions and cities such as Kharkiv.',
    uk: 'Важкі радянські авіабомби, які Росія оснащує модулями планування й корекції (УМПК) з крилами та супутниковим наведенням, щоб літаки скидали їх за десятки кілометрів від цілі, поза досяжністю більшості засобів української ППО. В Україні їх називають КАБами; вони стали одним із головних засобів ураження, які Росія застосовує проти позицій на фронті та міст, зокрема Харкова.',
  },
  background: [
    {
      en: 'Russia began using UMPK-fitted FAB bombs widely in 2023, from 250 kg up to 1,500 kg and later heavier. Dropped from Su-34 and other aircraft flying over Russian-held territory or Russia itself, they are cheap, hard to intercept and powerful enough to destroy fortified positions and multi-storey buildings.',
      uk: 'Росія почала масово застосовувати ФАБи з модулями УМПК у 2023 році — від 250 до 1500 кг, а згодом і важчі. Їх скидають із Су-34 та інших літаків над окупованою територією чи самою Росією; вони дешеві, їх важко перехопити, а їхньої потужності вистачає, щоб руйнувати укріплені позиції й багатоповерхівки.',
    },
    {
      en: 'Glide bombs were central to Russia’s assaults on Avdiivka in early 2024 and on towns across the Donetsk oblast since, and from spring 2024 they struck the city of Kharkiv itself. Ukraine’s answer has been to push Russian aircraft back, with long-range air defence, F-16s and strikes on airfields, and it asked the US to allow strikes on airbases inside Russia.',
      uk: 'КАБи відіграли ключову роль у штурмі Авдіївки на початку 2024 року, а згодом і в наступі на міста Донеччини; з весни 2024 року ними б’ють і по самому Харкову. Україна намагається відтіснити російську авіацію засобами ППО великої дальності, F-16 та ударами по аеродромах і просила США дозволити удари по авіабазах на території Росії.',
    },
  ],
  timeline: [
    { date: '2023', text: { en: 'Russia starts using UMPK-fitted glide bombs on a large scale.', uk: 'Росія починає масово застосовувати КАБи з модулями УМПК.' } },
    { date: '2024-02', text: { en: 'Glide bombs pound Avdiivka before Ukraine’s withdrawal.', uk: 'КАБи масовано застосовуються по Авдіївці перед виходом українських військ.' } },
    { date: '2024-05', text: { en: 'Russia’s new offensive in the Kharkiv region is backed by glide bombs, which also hit the city of Kharkiv.', uk: 'Новий російський наступ на Харківщині супроводжується ударами КАБами, зокрема по самому Харкову.' } },
  ],
  related: ['kharkiv', 'avdiivka', 'pokrovsk', 'f-16', 'patriot'],
  sources: [
    { publisher: 'BR24 (Bayerischer Rundfunk)', title: 'Russische Armee setzt verstärkt auf Gleitbomben', date: '2024-03-10', url: 'https://www.br.de/nachrichten/meldung/russische-armee-setzt-verstaerkt-auf-gleitbomben,30064a793' },
    { publisher: 'United24 Media', title: 'Russia Has Launched A New Offensive In Kharkiv Region. What Is Known So Far?', date: '2024-05-10', url: 'https://united24media.com/latest-news/russia-has-launched-a-new-offensive-in-kharkiv-region-what-is-known-so-far-297' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
