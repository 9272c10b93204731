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
    en: 'Prime Minister of the United Kingdom from July 2019 to September 2022, earlier Foreign Secretary and Mayor of London. After Russia’s full-scale invasion he became one of Ukraine’s most visible Western backers, visiting Kyiv in April 2022. Whether he discouraged a deal at the 2022 Istanbul talks is disputed: Ukrainian sources have claimed so, and he denies it.',
    uk: 'Прем’єр-міністр Великої Британії з липня 2019 до вересня 2022 року, раніше — міністр закордонних справ і мер Лондона. Після повномасштабного вторгнення Росії став одним із найпомітніших західних прихильників України, у квітні 2022 року приїхав до Києва. Чи відраджував він Київ від угоди на стамбульських переговорах 2022 року — спірне питання: українські джерела це стверджували, він сам це заперечує.',
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
      en: 'On 5 May 2022 Ukrainska Pravda, citing sources close to Zelenskyy, reported that Johnson had told Kyiv that Putin should be pressured rather than negotiated with and that the West was not ready to sign guarantees with him. In November 2023 Davyd Arakhamia, who had led Ukraine’s delegation, said on the 1+1 channel that after the Istanbul round Johnson advised against signing anything with Russia. Russian officials, including Putin, have since repeated the claim; Johnson denies it.',
      uk: '5 травня 2022 року «Українська правда» з посиланням на джерела з оточення Зеленського повідомила, що Джонсон радив Києву тиснути на Путіна, а не домовлятися з ним, і що Захід не готовий підписувати з ним гарантії. У листопаді 2023 року Давид Арахамія, який очолював українську делегацію, заявив на каналі «1+1», що після стамбульського раунду Джонсон радив нічого не підписувати з Росією. Відтоді це твердження повторюють російські посадовці, зокрема Путін; Джонсон його заперечує.',
    },
  ],
  whyNow: {
    asOf: '2024-10',
    text: {
      en: 'As of October 2024, Johnson’s role in the 2022 talks remained contested: Putin repeated in a February 2024 interview with Tucker Carlson that Johnson had talked Kyiv out of a deal, while Johnson, in a January 2024 interview with The Times and in his memoir Unleashed (October 2024), called the claim nonsense and said he had only assured Zelenskyy of Western support.',
      uk: 'Станом на жовтень 2024 року роль Джонсона в переговорах 2022 року залишалася предметом суперечки: Путін у лютневому інтерв’ю 2024 року Такеру Карлсону знову заявив, що Джонсон відмовив Київ від угоди, а Джонсон в інтерв’ю The Times у січні 2024 року та в мемуарах Unleashed (жовтень 2024 року) назвав це нісенітницею і сказав, що лише запевняв Зеленського в підтримці Заходу.',
    },
  },
  timeline: [
    { date: '2019-07-24', text: { en: 'Becomes Prime Minister of the United Kingdom.', uk: 'Стає прем’єр-міністром Великої Британії.' } },
    { date: '2022-04-09', text: { en: 'Unannounced visit to Kyiv; walks through the city with Zelenskyy.', uk: 'Неоголошений візит до Києва; прогулянка містом із Зеленським.' } },
    { date: '2022-05-05', text: { en: 'Ukrainska Pravda reports he urged Kyiv not to negotiate with Putin.', uk: '«Українська правда» повідомляє, що він закликав Київ не домовлятися з Путіним.' } },
    { date: '2022-09-06', text: { en: 'Leaves office after announcing his resignation in July.', uk: 'Залишає посаду після оголошення про відставку в липні.' } },
    { date: '2023-11', text: { en: 'Arakhamia says Johnson advised Kyiv against signing a deal in 2022.', uk: 'Арахамія заявляє, що у 2022 році Джонсон радив Києву не підписувати угоду.' } },
    { date: '2024-01', text: { en: 'Denies the claim in an interview with The Times.', uk: 'Заперечує це твердження в інтерв’ю The Times.' } },
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
        en: 'Said in a November 2023 interview on the 1+1 channel that when the delegation returned from Istanbul, Johnson came to Kyiv and advised against signing anything with Russia, and that Kyiv in any case did not trust Russia to keep a deal without security guarantees.',
        uk: 'В інтерв’ю каналу «1+1» у листопаді 2023 року сказав, що коли делегація повернулася зі Стамбула, до Києва приїхав Джонсон і радив нічого з Росією не підписувати, а Київ і так не довіряв Росії у виконанні угоди без гарантій безпеки.',
      },
      source: { publisher: '1+1', title: 'Television interview with Davyd Arakhamia', date: '2023-11' },
    },
    {
      personId: 'boris-johnson',
      name: { en: 'Boris Johnson', uk: 'Борис Джонсон' },
      role: { en: 'Former UK prime minister (2019–2022)', uk: 'колишній прем’єр-міністр Великої Британії (2019–2022)' },
      side: { en: 'Former UK government', uk: 'Колишній уряд Великої Британії' },
      stance: { en: 'Denies derailing a deal; calls it Russian propaganda', uk: 'Заперечує, що зірвав угоду; називає це російською пропагандою' },
      paraphrase: {
        en: 'In a January 2024 interview with The Times, rejected the claim that he derailed a deal as nonsense and Russian propaganda; he said that after the Istanbul talks he had voiced concern about what any agreement with Putin would contain and had promised Zelenskyy the UK’s full support.',
        uk: 'В інтерв’ю The Times у січні 2024 року назвав твердження, ніби він зірвав угоду, нісенітницею і російською пропагандою; за його словами, після стамбульських переговорів він висловлював занепокоєння тим, що могла б містити будь-яка угода з Путіним, і пообіцяв Зеленському повну підтримку Британії.',
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
    { publisher: '1+1', title: 'Television interview with Davyd Arakhamia', date: '2023-11' },
    {
      publisher: 'Interfax-Ukraine',
      title: 'Johnson denies his attitude to breakdown of Ukraine-Russia peace talks in spring 2022 – The Times',
      date: '2024-01-11',
      url: 'https://en.interfax.com.ua/news/general/959851.html',
    },
    { publisher: 'President of Russia (kremlin.ru)', title: 'Interview to Tucker Carlson', date: '2024-02-09' },
    { publisher: 'HarperCollins', title: 'Unleashed (memoir by Boris Johnson)', date: '2024-10' },
    { publisher: 'Encyclopaedia Britannica', title: 'Boris Johnson' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
