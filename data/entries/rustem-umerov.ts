import type { KbEntryInput } from '../schema';

export default {
  id: 'rustem-umerov',
  kind: 'person',
  title: { en: 'Rustem Umerov', uk: 'Рустем Умєров' },
  aliases: [
    { text: 'Rustem Umerov', lang: 'en' },
    { text: 'Umerov', lang: 'en' },
    { text: 'Umierov', lang: 'en' },
    { text: 'Rustem Umjerow', lang: 'de' },
    { text: 'Umjerow', lang: 'de' },
    { text: 'Rustem Umierow', lang: 'pl' },
    { text: 'Umierow', lang: 'pl' },
    { text: 'Roustem Oumerov', lang: 'fr' },
    { text: 'Рустем Умєров', lang: 'uk', stems: ['Рустем', 'Умєров'] },
    { text: 'Умєров', lang: 'uk', stems: ['Умєров'] },
    // Ukrainian outlets also print the surname with е.
    { text: 'Рустем Умеров', lang: 'uk', stems: ['Рустем', 'Умеров'] },
    { text: 'Умеров', lang: 'uk', stems: ['Умеров'] },
    { text: 'Рустем Умеров', lang: 'ru', stems: ['Рустем', 'Умеров'] },
    { text: 'Умеров', lang: 'ru', stems: ['Умеров'] },
  ],
  summary: {
    en: 'Ukrainian politician of Crimean Tatar origin, Secretary of the National Security and Defence Council (NSDC) since July 2025 and previously defence minister (September 2023 – July 2025). He has been a member or head of Ukraine’s delegations in talks with Russia and with the United States since 2022.',
    uk: 'Український політик кримськотатарського походження, секретар Ради національної безпеки і оборони (РНБО) з липня 2025 року, до того — міністр оборони (вересень 2023 — липень 2025). З 2022 року входить до українських делегацій або очолює їх на переговорах з Росією та зі США.',
  },
  background: [
    {
      en: 'Umerov was elected to the Verkhovna Rada in 2019 for the Holos party. After Russia’s full-scale invasion he took part in Ukraine’s delegation in the spring 2022 talks with Russia, and in September 2022 he was appointed head of the State Property Fund.',
      uk: 'Умєров обраний до Верховної Ради у 2019 році від партії «Голос». Після початку повномасштабного вторгнення він входив до української делегації на переговорах з Росією навесні 2022 року, а у вересні 2022 року очолив Фонд державного майна.',
    },
    {
      en: 'In September 2023 the Rada appointed him defence minister, replacing Oleksii Reznikov. As minister he led Ukraine’s delegation at the direct talks with Russia in Istanbul in May and June 2025. In the government reshuffle of July 2025 Denys Shmyhal replaced him at the ministry, and on 18 July 2025 Zelenskyy appointed him NSDC secretary, tasking him with arms agreements with partners and with the negotiation track.',
      uk: 'У вересні 2023 року Рада призначила його міністром оборони замість Олексія Резнікова. На цій посаді він очолював українську делегацію на прямих переговорах з Росією у Стамбулі в травні та червні 2025 року. Під час перезавантаження уряду в липні 2025 року міністерство очолив Денис Шмигаль, а 18 липня 2025 року Зеленський призначив Умєрова секретарем РНБО, доручивши йому угоди з партнерами щодо зброї та переговорний трек.',
    },
    {
      en: 'After Andriy Yermak resigned, Umerov led the Ukrainian delegation at talks with US Secretary of State Marco Rubio, envoy Steve Witkoff and Jared Kushner in Florida on 30 November 2025, on the US plan to end the war.',
      uk: 'Після відставки Андрія Єрмака Умєров очолив українську делегацію на переговорах з держсекретарем США Марко Рубіо, спецпосланцем Стівом Віткоффом і Джаредом Кушнером у Флориді 30 листопада 2025 року щодо американського плану завершення війни.',
    },
  ],
  whyNow: {
    asOf: '2025-12',
    text: {
      en: 'As of December 2025, Umerov was NSDC secretary and head of Ukraine’s negotiating delegation in the US-mediated talks on ending the war.',
      uk: 'Станом на грудень 2025 року Умєров був секретарем РНБО та очолював українську переговорну делегацію на перемовинах за посередництва США щодо завершення війни.',
    },
  },
  timeline: [
    { date: '2019', text: { en: 'Elected to the Verkhovna Rada (Holos).', uk: 'Обраний народним депутатом («Голос»).' } },
    { date: '2022-09', text: { en: 'Appointed head of the State Property Fund.', uk: 'Очолює Фонд державного майна.' } },
    { date: '2023-09', text: { en: 'Appointed defence minister.', uk: 'Призначений міністром оборони.' } },
    { date: '2025-05-16', text: { en: 'Leads Ukraine’s delegation at direct talks with Russia in Istanbul.', uk: 'Очолює українську делегацію на прямих переговорах з Росією у Стамбулі.' } },
    { date: '2025-07-18', text: { en: 'Appointed Secretary of the National Security and Defence Council.', uk: 'Призначений секретарем РНБО.' } },
    { date: '2025-11-30', text: { en: 'Leads Ukraine’s delegation at talks with the US in Florida.', uk: 'Очолює українську делегацію на переговорах зі США у Флориді.' } },
  ],
  roles: [
    { title: { en: 'Member of the Verkhovna Rada (Holos)', uk: 'Народний депутат України («Голос»)' }, from: '2019', to: '2022' },
    { title: { en: 'Head of the State Property Fund of Ukraine', uk: 'Голова Фонду державного майна України' }, from: '2022-09', to: '2023-09' },
    { title: { en: 'Minister of Defence of Ukraine', uk: 'Міністр оборони України' }, from: '2023-09', to: '2025-07-17' },
    { title: { en: 'Secretary of the National Security and Defence Council of Ukraine', uk: 'Секретар Ради національної безпеки і оборони України' }, from: '2025-07-18', asOf: '2025-12' },
  ],
  related: ['nsdc-ukraine', 'istanbul-talks-2025', 'istanbul-communique-2022', 'denys-shmyhal', 'andriy-yermak', 'peace-deal'],
  sources: [
    { publisher: 'Ukrainska Pravda', title: 'Ukrainian parliament appoints Shmyhal as defence minister', date: '2025-07-17', url: 'https://www.pravda.com.ua/eng/news/2025/07/17/7522223/' },
    { publisher: 'Komersant Ukrainian', title: 'Zelensky gave three tasks to Umerov as NSDC Secretary', date: '2025-07-18', url: 'https://komersant.ua/en/zelenskyy-dav-try-zavdannia-umierovu-na-posadi-sekretaria-rnbo' },
    { publisher: 'Bloomberg (via gCaptain)', title: 'Rubio, Witkoff Meeting Ukrainian Team In Florida', date: '2025-11-30', url: 'https://gcaptain.com/rubio-witkoff-meeting-ukrainian-team-in-florida/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
