import type { KbEntryInput } from '../schema';

export default {
  id: 'kinzhal',
  kind: 'weapon',
  title: { en: 'Kinzhal missile', uk: 'Ракета «Кинджал»' },
  aliases: [
    { text: 'Kinzhal', lang: 'en' },
    { text: 'Kh-47M2', lang: 'en' },
    { text: 'Kh-47M2 Kinzhal', lang: 'en' },
    { text: 'Х-47М2', lang: 'uk' },
    { text: 'Х-47М2', lang: 'ru' },
    { text: 'Kinschal', lang: 'de' },
    // The Ukrainian, Russian and Polish words also simply mean "dagger".
    { text: 'Кинджал', lang: 'uk', stems: ['Кинджал'], ambiguous: true },
    { text: 'Кинжал', lang: 'ru', stems: ['Кинжал'], ambiguous: true },
    { text: 'Kindżał', lang: 'pl', stems: ['Kindżał'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'ракет*', 'гіперзвук*', 'гиперзвук*', 'аеробалістичн*', 'аэробаллистическ*', 'балістичн*', 'баллистическ*', 'МіГ-31*', 'МиГ-31*', 'Х-47*', 'ППО', 'ПВО', 'Patriot', 'збит*', 'сбит*',
      'rakiet*', 'pocisk*', 'hipersoniczn*', 'MiG-31*', 'missile*', 'hypersonic',
    ],
    noneOf: ['ніж', 'нож', 'клинок', 'sztylet*', 'nóż', 'фільм*', 'фильм*', 'film*', 'орден*'],
    window: 250,
  },
  summary: {
    en: 'The Kh-47M2 Kinzhal (“dagger”), a Russian air-launched ballistic missile carried by MiG-31K jets, which Russia presents as hypersonic and hard to intercept. Russia first used it in Ukraine in March 2022; in May 2023 Ukraine shot one down with a US Patriot system, and it remains part of Russia’s mass strikes.',
    uk: 'Х-47М2 «Кинджал» — російська аеробалістична ракета, яку запускають з винищувачів МіГ-31К; Росія подає її як гіперзвукову й таку, що її важко перехопити. Уперше Росія застосувала її в Україні в березні 2022 року; у травні 2023-го Україна збила «Кинджал» американським комплексом Patriot, а ракети й далі використовуються в масованих ударах.',
  },
  background: [
    {
      en: 'Putin unveiled the Kinzhal among a set of new strategic weapons in his address of 1 March 2018; Russia says it can overcome air defences. On 19 March 2022 Russia’s defence ministry said it had used Kinzhals for the first time, against an underground arms depot in Deliatyn in Ukraine’s Ivano-Frankivsk region.',
      uk: 'Путін представив «Кинджал» серед нових стратегічних озброєнь у посланні Федеральним зборам 1 березня 2018 року; у Росії стверджують, що він здатен долати ППО. 19 березня 2022 року Міноборони Росії заявило, що вперше застосувало «Кинджали» — по підземному складу озброєння в Делятині на Івано-Франківщині.',
    },
    {
      en: 'On 6 May 2023 Ukraine’s Air Force commander Mykola Oleshchuk announced that a Patriot had shot down a Kinzhal over the Kyiv region two nights earlier, the first known interception; US officials confirmed it. Since then Ukraine has reported intercepting a number of them, though not all, during combined missile and drone attacks.',
      uk: '6 травня 2023 року командувач Повітряних сил Микола Олещук повідомив, що двома ночами раніше комплекс Patriot збив «Кинджал» над Київщиною, — це перше відоме перехоплення; американські посадовці його підтвердили. Відтоді Україна повідомляє про збиття частини цих ракет під час комбінованих ракетно-дронових атак.',
    },
  ],
  timeline: [
    { date: '2018-03-01', text: { en: 'Putin unveils the Kinzhal in his address to parliament.', uk: 'Путін представляє «Кинджал» у посланні Федеральним зборам.' } },
    { date: '2022-03-19', text: { en: 'Russia announces its first use of the Kinzhal, against a depot in Deliatyn.', uk: 'Росія оголошує про перше застосування «Кинджала» — по складу в Делятині.' } },
    { date: '2023-05-06', text: { en: 'Ukraine announces it shot down a Kinzhal with a Patriot over the Kyiv region.', uk: 'Україна повідомляє, що збила «Кинджал» комплексом Patriot над Київщиною.' } },
  ],
  related: ['patriot', 'iskander', 'oreshnik', 'shahed'],
  sources: [
    { publisher: 'Daily Sabah', title: 'Hypersonic missiles used in western Ukraine, says Russia', date: '2022-03-19', url: 'https://www.dailysabah.com/world/europe/hypersonic-missiles-used-in-western-ukraine-says-russia' },
    { publisher: 'Al Arabiya', title: 'Ukraine says downed Russian hypersonic Kinzhal missile for first time', date: '2023-05-06', url: 'https://english.alarabiya.net/News/world/2023/05/06/Ukraine-says-downed-Russian-hypersonic-Kinzhal-missile-for-first-time' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
