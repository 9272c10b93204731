import type { KbEntryInput } from '../schema';

export default {
  id: 'boris-johnson',
  kind: 'person',
  title: { en: 'Boris Johnson', uk: 'Борис Джонсон' },
  aliases: [
    { text: 'Boris Johnson', lang: 'en' },
    { text: 'Boris Johnson', lang: 'de' },
    { text: 'Boris Johnson', lang: 'pl', stems: ['Boris', 'Johnson'] },
    { text: 'Borys Johnson', lang: 'pl', stems: ['Borys', 'Johnson'] },
    { text: 'Борис Джонсон', lang: 'uk', stems: ['Борис', 'Джонсон'] },
    { text: 'Борис Джонсон', lang: 'ru', stems: ['Борис', 'Джонсон'] },
    // Bare surname: one of the commonest English surnames — Mike Johnson (US House Speaker),
    // Lyndon B. Johnson, Magic Johnson, Dwayne Johnson, Scarlett and Dakota Johnson, Johnson & Johnson.
    { text: 'Johnson', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Johnson', lang: 'de', caseSensitive: true, ambiguous: true },
    { text: 'Johnson', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Johnsona', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Johnsonem', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Johnsonowi', lang: 'pl', caseSensitive: true, ambiguous: true },
    { text: 'Джонсон', lang: 'uk', stems: ['Джонсон'], ambiguous: true },
    { text: 'Джонсон', lang: 'ru', stems: ['Джонсон'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Boris', 'Borys*', 'Борис*',
      'British prime minister', 'UK prime minister', 'former prime minister', 'Downing Street', 'Tory', 'Tories', 'Brexit',
      'britisch* Premier*', 'Ex-Premier*', 'Premierminister*', 'brytyjsk*', 'premier Wielkiej Brytanii', 'były premier',
      'британськ*', 'прем’єр Британії', "прем'єр Британії", 'прем’єр-міністр Великої Британії', 'експрем’єр*', 'британск*', 'премьер Великобритании', 'экс-премьер*',
      'Istanbul talks', 'Istanbul', 'Стамбул*', 'Arakhami*', 'Arachami*', 'Арахамі*', 'Арахами*',
    ],
    noneOf: [
      'Mike', 'Майк*', 'House Speaker', 'Speaker of the House', 'House of Representatives', 'Repräsentantenhaus*', 'Izby Reprezentantów', 'Палат* представників', 'Палат* представителей', 'Louisiana',
      'Lyndon', 'Magic', 'Dwayne', 'Scarlett', 'Dakota', 'Johnson & Johnson', 'Jack Johnson', 'Ben Johnson',
      'Лайндон*', 'Двейн*', 'Дуэйн*', 'Скарлет*',
    ],
    window: 300,
  },
  summary: {
    en: 'Prime Minister of the United Kingdom from July 2019 to September 2022, earlier Foreign Secretary and Mayor of London. In April 2022 he was one of the first Western leaders to visit Kyiv after the full-scale invasion. Ukrainska Pravda (May 2022) and negotiator Davyd Arakhamia (November 2023) said he discouraged a deal with Russia; Johnson denies it.',
    uk: 'Прем’єр-міністр Великої Британії з липня 2019 до вересня 2022 року, раніше — міністр закордонних справ і мер Лондона. У квітні 2022 року він одним із перших західних лідерів приїхав до Києва після початку повномасштабного вторгнення. «Українська правда» (травень 2022 року) і переговорник Давид Арахамія (листопад 2023 року) стверджували, що він відраджував Київ від угоди з Росією; Джонсон це заперечує.',
  },
  background: [
    {
      en: 'Johnson was Mayor of London from 2008 to 2016 and a leading campaigner for Brexit in the 2016 referendum, then Foreign Secretary until July 2018. He became Conservative leader and prime minister in July 2019, won a large majority in December 2019 and took the UK out of the EU in January 2020.',
      uk: 'Джонсон був мером Лондона у 2008–2016 роках і одним із лідерів кампанії за Brexit на референдумі 2016 року, потім до липня 2018 року — міністром закордонних справ. У липні 2019 року очолив Консервативну партію та уряд, у грудні 2019 року здобув велику більшість у парламенті, а в січні 2020 року вивів Велику Британію з ЄС.',
    },
    {
      en: 'On 9 April 2022 Johnson made an unannounced visit to Kyiv and walked through the city centre with Volodymyr Zelenskyy; he returned in June and August 2022. Under him the UK had begun supplying anti-tank weapons to Ukraine in January 2022, before the invasion. He announced his resignation as party leader on 7 July 2022 after a series of scandals and left office on 6 September 2022.',
      uk: '9 квітня 2022 року Джонсон без попередження приїхав до Києва й пройшовся центром міста разом з Володимиром Зеленським; він повертався у червні та серпні 2022 року. За нього Велика Британія почала постачати Україні протитанкову зброю ще в січні 2022 року, до вторгнення. Після низки скандалів 7 липня 2022 року він оголосив про відставку з посади лідера партії, а 6 вересня 2022 року залишив посаду прем’єра.',
    },
    {
      en: 'On 5 May 2022 Ukrainska Pravda, citing sources close to Zelenskyy, reported that Johnson had told Kyiv that Putin should be pressured rather than negotiated with and that the West was not ready to sign guarantees with him. In November 2023 Davyd Arakhamia, who had led Ukraine’s delegation, said on the 1+1 channel that after the Istanbul round Johnson advised against signing anything with Russia. Russian officials, including Putin, have since repeated the claim. Johnson denies it: in an interview with The Times published on 10 January 2024 he called it “total nonsense and Russian propaganda”.',
      uk: '5 травня 2022 року «Українська правда» з посиланням на джерела з оточення Зеленського повідомила, що Джонсон радив Києву тиснути на Путіна, а не домовлятися з ним, і що Захід не готовий підписувати з ним гарантії. У листопаді 2023 року Давид Арахамія, який очолював українську делегацію, заявив на каналі «1+1», що після стамбульського раунду Джонсон радив нічого не підписувати з Росією. Відтоді це твердження повторюють російські посадовці, зокрема Путін. Джонсон його заперечує: в інтерв’ю The Times, опублікованому 10 січня 2024 року, він назвав його «цілковитою нісенітницею і російською пропагандою».',
    },
  ],
  whyNow: {
    asOf: '2024-10',
    text: {
      en: 'As of October 2024, Johnson’s role in the 2022 talks remained contested: Putin, citing Arakhamia, repeated in his interview with Tucker Carlson (published 9 February 2024) that Johnson had talked Kyiv out of a deal, while Johnson rejected the claim in The Times in January 2024 and again in his memoir Unleashed (October 2024), where he wrote that his aim in Kyiv had been to reassure Zelenskyy of Western support.',
      uk: 'Станом на жовтень 2024 року роль Джонсона в переговорах 2022 року залишалася предметом суперечки: Путін, посилаючись на Арахамію, в інтерв’ю Такеру Карлсону (оприлюдненому 9 лютого 2024 року) знову заявив, що Джонсон відмовив Київ від угоди, а Джонсон відкинув це твердження в The Times у січні 2024 року і повторно в мемуарах Unleashed (жовтень 2024 року), де написав, що в Києві мав на меті запевнити Зеленського в підтримці Заходу.',
    },
  },
  timeline: [
    { date: '2019-07-24', text: { en: 'Becomes Prime Minister of the United Kingdom.', uk: 'Стає прем’єр-міністром Великої Британії.' } },
    { date: '2022-04-09', text: { en: 'Unannounced visit to Kyiv; walks through the city with Zelenskyy.', uk: 'Неоголошений візит до Києва; прогулянка містом із Зеленським.' } },
    { date: '2022-05-05', text: { en: 'Ukrainska Pravda reports he urged Kyiv not to negotiate with Putin.', uk: '«Українська правда» повідомляє, що він закликав Київ не домовлятися з Путіним.' } },
    { date: '2022-09-06', text: { en: 'Leaves office after announcing his resignation in July.', uk: 'Залишає посаду після оголошення про відставку в липні.' } },
    { date: '2023-11', text: { en: 'Arakhamia says on 1+1 that Johnson advised Kyiv against signing a deal in 2022.', uk: 'Арахамія заявляє на «1+1», що у 2022 році Джонсон радив Києву не підписувати угоду.' } },
    { date: '2024-01-10', text: { en: 'Denies the claim in an interview with The Times.', uk: 'Заперечує це твердження в інтерв’ю The Times.' } },
    { date: '2024-10-10', text: { en: 'Publishes his memoir Unleashed, again rejecting the claim.', uk: 'Видає мемуари Unleashed, де знову відкидає це твердження.' } },
  ],
  roles: [
    { title: { en: 'Mayor of London', uk: 'Мер Лондона' }, from: '2008-05', to: '2016-05' },
    { title: { en: 'Foreign Secretary of the United Kingdom', uk: 'Міністр закордонних справ Великої Британії' }, from: '2016-07-13', to: '2018-07-09' },
    { title: { en: 'Prime Minister of the United Kingdom', uk: 'Прем’єр-міністр Великої Британії' }, from: '2019-07-24', to: '2022-09-06' },
  ],
  positions: [
    {
      name: { en: 'Davyd Arakhamia', uk: 'Давид Арахамія' },
      role: { en: 'Head of the Servant of the People faction in parliament (in 2023); led Ukraine’s delegation in 2022', uk: 'голова фракції «Слуга народу» у Верховній Раді (на 2023 рік); у 2022 році очолював українську делегацію' },
      side: { en: 'Ukrainian negotiator', uk: 'Український переговорник' },
      stance: { en: 'Johnson advised Kyiv not to sign with Russia', uk: 'Джонсон радив Києву нічого не підписувати з Росією' },
      paraphrase: {
        en: 'Said in a November 2023 interview on the 1+1 channel that Russia had been ready to end the war in exchange for Ukrainian neutrality; that Kyiv did not trust Moscow to keep such a deal without security guarantees; and that after the delegation returned from Istanbul, Johnson came to Kyiv and said they would sign nothing with Russia and should fight.',
        uk: 'В інтерв’ю каналу «1+1» у листопаді 2023 року сказав, що Росія була готова завершити війну в обмін на нейтралітет України; що Київ не довіряв Москві й не вірив, що вона виконає таку угоду без гарантій безпеки; і що після повернення делегації зі Стамбула до Києва приїхав Джонсон і сказав, що з Росією нічого не підписуватимуть і треба воювати.',
      },
      source: { publisher: 'Mamul.am', title: '‘Boris Johnson came to Kyiv and said that we would not sign anything at all’. Arakhamiia', date: '2023-11-26' },
    },
    {
      personId: 'boris-johnson',
      name: { en: 'Boris Johnson', uk: 'Борис Джонсон' },
      role: { en: 'Former UK prime minister (2019–2022)', uk: 'колишній прем’єр-міністр Великої Британії (2019–2022)' },
      side: { en: 'Former UK prime minister', uk: 'Колишній прем’єр-міністр Великої Британії' },
      stance: { en: 'Denies derailing a deal; calls it Russian propaganda', uk: 'Заперечує, що зірвав угоду; називає це російською пропагандою' },
      paraphrase: {
        en: 'In an interview with The Times published on 10 January 2024, called the claim that he derailed a deal “total nonsense and Russian propaganda”; he said that after the Istanbul talks he had voiced concern about what any agreement with Putin would contain and had promised Zelenskyy the UK’s support “a thousand percent”.',
        uk: 'В інтерв’ю The Times, опублікованому 10 січня 2024 року, назвав твердження, ніби він зірвав угоду, «цілковитою нісенітницею і російською пропагандою»; за його словами, після стамбульських переговорів він висловлював занепокоєння тим, що могла б містити будь-яка угода з Путіним, і пообіцяв Зеленському підтримку Британії «на тисячу відсотків».',
      },
      source: {
        publisher: 'Interfax-Ukraine',
        title: 'Johnson denies his attitude to breakdown of Ukraine-Russia peace talks in spring 2022 – The Times',
        date: '2024-01-11',
        url: 'https://en.interfax.com.ua/news/general/959851.html',
      },
    },
  ],
  related: ['istanbul-communique-2022', 'keir-starmer', 'volodymyr-zelenskyy', 'vladimir-putin', 'peace-deal'],
  sources: [
    {
      publisher: 'UAWire',
      title: 'Ukrainian media: Johnson tells Zelensky not to negotiate with Putin and fight Russia to a victorious end',
      date: '2022-05',
      url: 'https://www.uawire.org/ukrainian-media-johnson-tells-zelensky-to-stop-negotiations-with-putin-and-fight-russia-to-a-victorious-end',
    },
    { publisher: 'Mamul.am', title: '‘Boris Johnson came to Kyiv and said that we would not sign anything at all’. Arakhamiia', date: '2023-11-26' },
    {
      publisher: 'Interfax-Ukraine',
      title: 'Johnson denies his attitude to breakdown of Ukraine-Russia peace talks in spring 2022 – The Times',
      date: '2024-01-11',
      url: 'https://en.interfax.com.ua/news/general/959851.html',
    },
    { publisher: 'President of Russia (kremlin.ru)', title: 'Interview to Tucker Carlson', date: '2024-02-09' },
    { publisher: 'William Collins', title: 'Unleashed', date: '2024-10-10' },
    { publisher: 'Encyclopaedia Britannica', title: 'Boris Johnson' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
