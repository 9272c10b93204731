import type { KbEntryInput } from '../schema';

export default {
  id: 'verkhovna-rada',
  kind: 'institution',
  title: { en: 'Verkhovna Rada', uk: 'Верховна Рада України' },
  aliases: [
    { text: 'Verkhovna Rada', lang: 'en' },
    { text: 'Ukrainian parliament', lang: 'en' },
    { text: 'Верховна Рада', lang: 'uk', stems: ['Верховн', 'Рад'] },
    { text: 'Верховная Рада', lang: 'ru', stems: ['Верховн', 'Рад'] },
    { text: 'Werchowna Rada', lang: 'de' },
    { text: 'Rada Najwyższa', lang: 'pl', stems: ['Rad', 'Najwyższ'] },
    { text: 'Radzie Najwyższej', lang: 'pl', inflect: false },
    { text: 'Rada suprême', lang: 'fr' },
    // "Rada" alone is also Polish for "council" (Rada Ministrów, Rada Miasta), other Ukrainian
    // councils (Рада безпеки, Рада ЄС, міська рада, the 1917 Central Rada) and a first name.
    { text: 'Rada', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Рада', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'Ради', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'Раді', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'Раду', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'Радою', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'Рады', lang: 'ru', caseSensitive: true, ambiguous: true },
    { text: 'Раде', lang: 'ru', caseSensitive: true, ambiguous: true },
    { text: 'Радой', lang: 'ru', caseSensitive: true, ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Verkhovna', 'Werchowna', 'Верховн*', 'parliament*', 'Parlament*', 'парламент*',
      'MPs', 'lawmaker*', 'legislator*', 'deputies', 'Abgeordnete*', 'deputowan*', 'депутат*', 'нардеп*',
      'Stefanchuk', 'Stefantschuk', 'Stefanczuk', 'Стефанчук*',
      'bill', 'draft law', 'законопроєкт*', 'законопроект*', 'ухвалил*', 'ухвали*', 'голосуван*', 'голосовани*', 'Gesetz*', 'ustaw*',
      'Servant of the People', 'Слуга народу', 'Слуга народа', 'Sługa Narodu', 'Diener des Volkes',
    ],
    noneOf: [
      'безпеки', 'безопасности', 'Bezpieczeństwa', 'РНБО', 'СНБО', 'NSDC',
      'Європи', 'Европы', 'Europy', 'Europejsk*', 'Європейськ*', 'Европейск*', 'Євросоюз*', 'Евросоюз*', 'Brussels', 'Брюссел*', 'Brüssel', 'Bruksel*', 'Kallas', 'Каллас',
      // "Рада ЄС" (Council of the EU, no entry) cannot be excluded by its two-letter acronym: exclude its usual context.
      'санкц*', 'санкци*', 'країн-член*', 'держав-член*', 'стран-член*', 'member states', 'Mitgliedstaat*', 'członkowsk*',
      'Угорщин*', 'Венгри*', 'Orbán', 'Orban', 'Орбан*', 'кластер*', 'переговорн*',
      'міністрів', 'министров', 'Ministrów', 'Miasta', 'Miejsk*', 'Gminy', 'Powiatu', 'Nadzorcz*', 'Krajowa', 'Krajowej',
      'Pieniężnej', 'Mediów', 'Fiskaln*', 'Osiedl*', 'Sołeck*', 'Rodziców',
      'директорів', 'директоров', 'суддів', 'судей', 'правосуддя', 'церков', 'миру', 'оборони', 'обороны',
      'Центральна', 'Центральної', 'Центральною', 'Центральній', 'Центральная', 'Центральной', 'Central Rada', 'Centralna',
      'міська', 'міської', 'обласна', 'обласної', 'сільська', 'селищна', 'районна', 'районної',
    ],
    window: 250,
  },
  summary: {
    en: 'Ukraine’s single-chamber parliament of 450 seats, elected for five years. It passes laws, ratifies treaties, approves the government and votes on each extension of martial law. Its last election was in July 2019; under martial law no new election can be held, so the 2019 parliament still sits.',
    uk: 'Однопалатний парламент України на 450 місць, який обирають на п’ять років. Рада ухвалює закони, ратифікує міжнародні договори, затверджує уряд і голосує за кожне продовження воєнного стану. Останні вибори відбулися в липні 2019 року; під час воєнного стану нові вибори провести не можна, тож працює парламент, обраний 2019 року.',
  },
  background: [
    {
      en: 'On 24 August 1991 the Verkhovna Rada adopted the Act of Declaration of Independence of Ukraine, confirmed by referendum on 1 December 1991. On 28 June 1996 it adopted the Constitution of Ukraine. Since 2019 the Constitution has also set the course towards EU and NATO membership.',
      uk: '24 серпня 1991 року Верховна Рада ухвалила Акт проголошення незалежності України, підтверджений на референдумі 1 грудня 1991 року. 28 червня 1996 року вона ухвалила Конституцію України. З 2019 року Конституція також закріплює курс на членство в ЄС і НАТО.',
    },
    {
      en: 'In the snap election of 21 July 2019, President Zelenskyy’s Servant of the People party won an outright majority, the first single-party majority since independence. Ruslan Stefanchuk has been Chairman since 8 October 2021 (as of June 2025). Since 24 February 2022 the Rada has approved the president’s decrees on martial law and general mobilisation and each of their extensions, usually for 90 days.',
      uk: 'На позачергових виборах 21 липня 2019 року партія президента Зеленського «Слуга народу» здобула абсолютну більшість — уперше з часів незалежності одна партія отримала більшість самостійно. Головою Верховної Ради з 8 жовтня 2021 року є Руслан Стефанчук (станом на червень 2025 року). Від 24 лютого 2022 року Рада затверджує укази президента про воєнний стан і загальну мобілізацію та кожне їх продовження, зазвичай на 90 днів.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the Rada elected in 2019 was still sitting because the law bars elections under martial law; Russian officials, Putin among them, cited the postponed elections to dispute the legitimacy of Ukraine’s leadership. It had ratified the minerals agreement with the United States in May 2025 and was passing laws required for EU accession.',
      uk: 'Станом на червень 2025 року працювала Рада, обрана 2019 року, бо закон забороняє вибори під час воєнного стану; російські посадовці, зокрема Путін, посилалися на відкладені вибори, щоб заперечувати легітимність української влади. У травні 2025 року Рада ратифікувала угоду про корисні копалини зі США й ухвалювала закони, потрібні для вступу до ЄС.',
    },
  },
  timeline: [
    { date: '1991-08-24', text: { en: 'The Rada adopts the Act of Declaration of Independence of Ukraine.', uk: 'Рада ухвалює Акт проголошення незалежності України.' } },
    { date: '1996-06-28', text: { en: 'The Rada adopts the Constitution of Ukraine.', uk: 'Рада ухвалює Конституцію України.' } },
    { date: '2019-07-21', text: { en: 'Snap election; Servant of the People wins a single-party majority.', uk: 'Позачергові вибори; «Слуга народу» отримує однопартійну більшість.' } },
    { date: '2021-10-08', text: { en: 'Ruslan Stefanchuk is elected Chairman.', uk: 'Головою Верховної Ради обрано Руслана Стефанчука.' } },
    { date: '2022-02-24', text: { en: 'The Rada approves martial law after Russia’s full-scale invasion.', uk: 'Рада затверджує воєнний стан після початку повномасштабного вторгнення Росії.' } },
    { date: '2025-05-08', text: { en: 'The Rada ratifies the minerals agreement with the United States.', uk: 'Рада ратифікує угоду про корисні копалини зі США.' } },
  ],
  related: ['ruslan-stefanchuk', 'volodymyr-zelenskyy', 'martial-law-in-ukraine', 'mobilisation-in-ukraine', 'minerals-deal', 'eu-accession-of-ukraine'],
  sources: [
    { publisher: 'Verkhovna Rada of Ukraine', title: 'Constitution of Ukraine', date: '1996-06-28' },
    { publisher: 'Verkhovna Rada of Ukraine', title: 'Act of Declaration of Independence of Ukraine', date: '1991-08-24' },
    { publisher: 'Central Election Commission of Ukraine', title: 'Early parliamentary elections of 21 July 2019: results' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
