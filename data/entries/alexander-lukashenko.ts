import type { KbEntryInput } from '../schema';

export default {
  id: 'alexander-lukashenko',
  kind: 'person',
  title: { en: 'Alexander Lukashenko', uk: 'Олександр Лукашенко' },
  aliases: [
    { text: 'Alexander Lukashenko', lang: 'en' },
    { text: 'Aleksandr Lukashenko', lang: 'en' },
    { text: 'Alyaksandr Lukashenka', lang: 'en' },
    { text: 'Lukashenko', lang: 'en' },
    { text: 'Lukashenka', lang: 'en' },
    { text: 'Alexander Lukaschenko', lang: 'de' },
    { text: 'Lukaschenko', lang: 'de' },
    { text: 'Aleksandr Łukaszenka', lang: 'pl' },
    { text: 'Łukaszenka', lang: 'pl' },
    // Polish case forms whose stem changes.
    { text: 'Łukaszence', lang: 'pl', inflect: false },
    { text: 'Łukaszenką', lang: 'pl', inflect: false },
    { text: 'Alexandre Loukachenko', lang: 'fr' },
    { text: 'Loukachenko', lang: 'fr' },
    { text: 'Олександр Лукашенко', lang: 'uk' },
    { text: 'Лукашенко', lang: 'uk' },
    { text: 'Александр Лукашенко', lang: 'ru' },
  ],
  summary: {
    en: 'Leader of Belarus since July 1994 and Vladimir Putin’s closest ally. The EU and other Western governments did not recognise his claimed victory in the disputed 2020 election. In February 2022 he let Russian troops use Belarus to invade Ukraine, and in June 2023 he brokered the deal that ended Wagner’s mutiny.',
    uk: 'Правитель Білорусі з липня 1994 року і найближчий союзник Володимира Путіна. ЄС та інші західні уряди не визнали його заявленої перемоги на спірних виборах 2020 року. У лютому 2022 року він дозволив російським військам напасти на Україну з території Білорусі, а в червні 2023 року став посередником в угоді, що завершила заколот «Вагнера».',
  },
  background: [
    {
      en: 'A former state farm director, Lukashenko won Belarus’s first presidential election in 1994 and has since extended his rule through constitutional referendums and elections that Western governments and international observers have not considered free or fair. Belarus and Russia have formed a “Union State” since 1999.',
      uk: 'Колишній директор радгоспу, Лукашенко переміг на перших президентських виборах у Білорусі в 1994 році і відтоді продовжував своє правління через конституційні референдуми та вибори, які західні уряди й міжнародні спостерігачі не визнавали вільними й чесними. Білорусь і Росія з 1999 року утворюють так звану «Союзну державу».',
    },
    {
      en: 'After the August 2020 election, officially won with about 80 percent, mass protests were crushed and thousands were detained; the EU imposed sanctions and does not recognise him as legitimately elected. Minsk hosted the 2014–2015 talks on the war in Donbas. In February 2022 Russian forces attacked northern Ukraine, including towards Kyiv, from Belarusian territory, and in 2023 Russia began deploying tactical nuclear weapons in Belarus.',
      uk: 'Після серпневих виборів 2020 року, на яких йому офіційно приписали близько 80 % голосів, масові протести придушили, тисячі людей затримали; ЄС запровадив санкції і не визнає його легітимно обраним. У Мінську у 2014–2015 роках відбувалися переговори щодо війни на Донбасі. У лютому 2022 року російські війська атакували північ України, зокрема в напрямку Києва, з території Білорусі, а у 2023 році Росія почала розміщувати в Білорусі тактичну ядерну зброю.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Lukashenko remains in power after an election in January 2025 that gave him a seventh term and that the EU rejected as neither free nor fair; Belarus continues to host Russian forces and, according to Minsk and Moscow, Russian tactical nuclear weapons.',
      uk: 'Станом на червень 2025 року Лукашенко залишається при владі після виборів у січні 2025 року, які дали йому сьомий термін і які ЄС відкинув як невільні й нечесні; Білорусь і далі розміщує російські війська, а також, за заявами Мінська й Москви, російську тактичну ядерну зброю.',
    },
  },
  timeline: [
    { date: '1994-07-20', text: { en: 'Takes office as the first President of Belarus.', uk: 'Обіймає посаду першого президента Білорусі.' } },
    { date: '2020-08-09', text: { en: 'Disputed presidential election; mass protests follow.', uk: 'Спірні президентські вибори; після них — масові протести.' } },
    { date: '2022-02-24', text: { en: 'Russian troops invade Ukraine from Belarus as well as from Russia.', uk: 'Російські війська вторгаються в Україну з території Білорусі, а також Росії.' } },
    { date: '2023-06-24', text: { en: 'Brokers the deal under which Yevgeny Prigozhin halts Wagner’s march on Moscow.', uk: 'Стає посередником в угоді, за якою Євген Пригожин зупиняє похід «Вагнера» на Москву.' } },
    { date: '2025-01-26', text: { en: 'Declared winner of a seventh term.', uk: 'Оголошений переможцем виборів на сьомий термін.' } },
  ],
  roles: [{ title: { en: 'President of Belarus', uk: 'президент Білорусі' }, from: '1994-07-20', asOf: '2025-06' }],
  related: ['vladimir-putin', 'yevgeny-prigozhin', 'wagner-mutiny-2023', 'minsk-agreements', 'full-scale-invasion', 'russian-nuclear-doctrine'],
  sources: [{ publisher: 'Encyclopaedia Britannica', title: 'Alexander Lukashenko' }],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
