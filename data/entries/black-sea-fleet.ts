import type { KbEntryInput } from '../schema';

export default {
  id: 'black-sea-fleet',
  kind: 'institution',
  title: { en: 'Russian Black Sea Fleet', uk: 'Чорноморський флот Росії' },
  // Russia's fleet only. Ukraine's Navy (ВМС ЗСУ) is a different force and is not called the Black Sea Fleet.
  aliases: [
    { text: 'Black Sea Fleet', lang: 'en' },
    { text: 'Чорноморський флот', lang: 'uk', stems: ['Чорноморськ', 'флот'] },
    { text: 'Черноморский флот', lang: 'ru', stems: ['Черноморск', 'флот'] },
    { text: 'Schwarzmeerflotte', lang: 'de' },
    { text: 'Flota Czarnomorska', lang: 'pl', stems: ['Flot', 'Czarnomorsk'] },
    { text: 'Flocie Czarnomorskiej', lang: 'pl', inflect: false },
    { text: 'flotte de la mer Noire', lang: 'fr' },
  ],
  summary: {
    en: 'The Russian Navy’s fleet in the Black Sea, headquartered in Sevastopol in occupied Crimea. It has launched cruise missiles at Ukraine since 2022. It lost its flagship Moskva in April 2022, which Ukraine said it hit with missiles, and Ukrainian missile and naval-drone strikes later sank other ships and pushed much of the fleet east to Novorossiysk.',
    uk: 'Флот ВМФ Росії в Чорному морі з головною базою в Севастополі в окупованому Криму. Від 2022 року він випускає крилаті ракети по Україні. У квітні 2022 року флот утратив флагман «Москва», у який, за заявою України, влучили її ракети; згодом українські удари ракетами й морськими дронами потопили інші кораблі та змусили перевести значну частину флоту на схід, до Новоросійська.',
  },
  background: [
    {
      en: 'After the Soviet Union collapsed, Russia and Ukraine divided the Soviet Black Sea Fleet under agreements signed in 1997, and Russia leased bases in Sevastopol; the 2010 Kharkiv agreements extended the lease to 2042. Ukraine formed its own Navy from its share. In February–March 2014 the fleet’s bases and personnel were used in Russia’s seizure of Crimea, after which Russia terminated the lease agreements.',
      uk: 'Після розпаду СРСР Росія та Україна поділили радянський Чорноморський флот за угодами 1997 року, і Росія орендувала бази в Севастополі; Харківські угоди 2010 року продовжили оренду до 2042 року. Зі своєї частки Україна сформувала власні ВМС. У лютому–березні 2014 року бази й особовий склад флоту використали для захоплення Криму Росією, після чого Росія денонсувала угоди про оренду.',
    },
    {
      en: 'On 14 April 2022 the flagship cruiser Moskva sank; Ukraine said it had hit the ship with Neptune missiles, while Russia’s defence ministry spoke of a fire. Ukrainian strikes later damaged or sank landing ships, a submarine and patrol boats, and on 22 September 2023 a missile strike hit the fleet’s headquarters in Sevastopol. From 2023 many ships were moved to Novorossiysk.',
      uk: '14 квітня 2022 року затонув флагман флоту крейсер «Москва»: Україна заявила, що влучила в нього ракетами «Нептун», тоді як Міноборони Росії говорило про пожежу. Згодом українські удари пошкодили або потопили десантні кораблі, підводний човен і патрульні катери, а 22 вересня 2023 року ракетний удар влучив у штаб флоту в Севастополі. З 2023 року багато кораблів перевели до Новоросійська.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the fleet kept most of its ships away from Ukraine’s coast, which let Ukraine run its own shipping corridor from Odesa-region ports. Safety of navigation in the Black Sea was part of the US-brokered talks, in which Russia linked a maritime ceasefire to the lifting of some sanctions.',
      uk: 'Станом на червень 2025 року флот тримав більшість кораблів далеко від українського узбережжя, що дало Україні змогу підтримувати власний морський коридор із портів Одещини. Безпека судноплавства в Чорному морі була темою переговорів за посередництва США, на яких Росія пов’язувала припинення вогню на морі зі зняттям частини санкцій.',
    },
  },
  timeline: [
    { date: '1997-05-28', text: { en: 'Russia and Ukraine sign agreements dividing the fleet and leasing bases in Sevastopol.', uk: 'Росія та Україна підписують угоди про поділ флоту й оренду баз у Севастополі.' } },
    { date: '2010-04-21', text: { en: 'The Kharkiv agreements extend the lease to 2042.', uk: 'Харківські угоди продовжують оренду до 2042 року.' } },
    { date: '2014-03', text: { en: 'Russia annexes Crimea, using the fleet’s bases and personnel; in April it terminates the basing agreements.', uk: 'Росія анексує Крим, використовуючи бази й особовий склад флоту; у квітні вона денонсує угоди про базування.' } },
    { date: '2022-04-14', text: { en: 'The flagship Moskva sinks after Ukraine says it struck it with Neptune missiles.', uk: 'Флагман «Москва» тоне; Україна заявляє про влучання ракетами «Нептун».' } },
    { date: '2023-09-22', text: { en: 'A missile strike hits the fleet’s headquarters in Sevastopol.', uk: 'Ракетний удар влучає у штаб флоту в Севастополі.' } },
    { date: '2024-02-14', text: { en: 'Ukrainian naval drones sink the landing ship Tsezar Kunikov.', uk: 'Українські морські дрони топлять десантний корабель «Цезар Куніков».' } },
  ],
  related: ['sevastopol', 'crimea', 'crimea-annexation', 'hur', 'black-sea-grain-initiative', 'storm-shadow'],
  sources: [
    { publisher: 'Ministry of Defence of the Russian Federation', title: 'Statement on the sinking of the cruiser Moskva', date: '2022-04-14' },
    { publisher: 'Kyiv Independent', title: 'Ukrainian military strikes Russia’s Black Sea Fleet headquarters', date: '2023-09-22', url: 'https://kyivindependent.com/russian-proxies-claim-missile-strike-on-black-sea-fleet-headquarters-in-sevastopol/' },
    { publisher: 'Ukrainska Pravda (via Yahoo News)', title: 'Russian landing ship Caesar Kunikov hit in Black Sea, it has sunk – intelligence sources', date: '2024-02-14', url: 'https://news.yahoo.com/russian-landing-ship-caesar-kunikov-061257653.html' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
