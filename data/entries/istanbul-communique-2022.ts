import type { KbEntryInput } from '../schema';

export default {
  id: 'istanbul-communique-2022',
  kind: 'document',
  title: { en: 'Istanbul communiqué (2022)', uk: 'Стамбульське комюніке (2022)' },
  aliases: [
    { text: 'Istanbul communiqué', lang: 'en' },
    { text: 'Istanbul communique', lang: 'en' },
    { text: 'Istanbul agreements', lang: 'en', ambiguous: true },
    { text: 'Istanbul draft', lang: 'en', ambiguous: true },
    { text: 'Стамбульське комюніке', lang: 'uk', stems: ['Стамбульськ', 'комюніке'] },
    { text: 'стамбульські домовленості', lang: 'uk', stems: ['стамбульськ', 'домовленост'], ambiguous: true },
    { text: 'Стамбульское коммюнике', lang: 'ru', stems: ['Стамбульск', 'коммюнике'] },
    { text: 'стамбульские договорённости', lang: 'ru', stems: ['стамбульск', 'договорённост'], ambiguous: true },
    { text: 'стамбульские договоренности', lang: 'ru', stems: ['стамбульск', 'договоренност'], ambiguous: true },
    { text: 'Istanbuler Kommuniqué', lang: 'de' },
    { text: 'komunikat stambulski', lang: 'pl', stems: ['komunikat', 'stambulsk'] },
    { text: 'porozumienia stambulskie', lang: 'pl', stems: ['porozumie', 'stambulsk'], ambiguous: true },
  ],
  // "Istanbul agreements" also names the 2022 grain deal and the 2025 talks in Istanbul.
  disambiguation: {
    anyOf: ['2022', 'neutral*', 'нейтральн*', 'Neutralität*', 'neutraln*', 'Medinsk*', 'Мединськ*', 'Мединск*', 'Arakhami*', 'Arachami*', 'Арахамі*', 'Арахами*', 'security guarantee*', 'гарантії безпеки', 'гарантій безпеки', 'гарантии безопасности', 'гарантий безопасности', 'Sicherheitsgarantie*', 'gwarancje bezpieczeństwa', 'gwarancji bezpieczeństwa'],
    noneOf: ['grain', 'зерн*', 'Getreide*', 'zboż*', 'prisoner exchange', 'обмін полоненими', 'обмен пленными'],
    window: 300,
  },
  summary: {
    en: 'A set of proposals Ukraine’s delegation presented at talks with Russia in Istanbul on 29 March 2022: permanent neutrality and a non-nuclear status in exchange for binding security guarantees from a group of states, with Crimea’s status left to later negotiation. The talks produced no agreement and stalled by May 2022.',
    uk: 'Пропозиції, які українська делегація представила на переговорах із Росією в Стамбулі 29 березня 2022 року: постійний нейтралітет і без’ядерний статус в обмін на юридично зобов’язальні гарантії безпеки від групи держав, а статус Криму — предмет подальших переговорів. Угоди переговори не дали й до травня 2022 року зайшли в глухий кут.',
  },
  background: [
    {
      en: 'The Istanbul round, hosted by Turkey at the Dolmabahçe Palace, followed earlier meetings in Belarus in the first weeks of the invasion. Ukraine’s delegation, led in practice by Davyd Arakhamia, proposed that guarantor states, among them the permanent members of the UN Security Council, would be obliged to help Ukraine if it were attacked. Russia’s delegation was led by presidential aide Vladimir Medinsky.',
      uk: 'Стамбульський раунд, який Туреччина приймала в палаці Долмабахче, відбувся після перших зустрічей у Білорусі в перші тижні вторгнення. Українська делегація, яку фактично очолював Давид Арахамія, запропонувала, щоб держави-гаранти, зокрема постійні члени Радбезу ООН, були зобов’язані допомогти Україні в разі нападу. Російську делегацію очолював помічник президента Володимир Мединський.',
    },
    {
      en: 'On the same day Russia announced it would sharply reduce military activity near Kyiv and Chernihiv; its forces withdrew from the north within days. After the killings in Bucha became known in early April, work continued on draft treaty texts, but the sides remained far apart on guarantees and on limits to Ukraine’s armed forces, and contacts stalled in May 2022.',
      uk: 'Того ж дня Росія оголосила про різке скорочення військової активності під Києвом і Черніговом; за кілька днів її війська відійшли з півночі. Після того як на початку квітня стало відомо про вбивства в Бучі, роботу над проєктами договору продовжили, але сторони розходилися щодо гарантій та обмежень для українського війська, і в травні 2022 року контакти зупинилися.',
    },
  ],
  whyNow: {
    asOf: '2025-05',
    text: {
      en: 'As of May 2025, the 2022 talks were back in the news: on 11 May Putin proposed resuming, in Istanbul, the direct negotiations broken off in 2022, and when they resumed on 16 May 2025 Russia’s delegation was again led by Vladimir Medinsky.',
      uk: 'Станом на травень 2025 року переговори 2022 року знову в центрі уваги: 11 травня Путін запропонував відновити в Стамбулі прямі переговори, перервані у 2022 році, а коли вони відновилися 16 травня 2025 року, російську делегацію знову очолив Володимир Мединський.',
    },
  },
  timeline: [
    { date: '2022-02-28', text: { en: 'First Russian–Ukrainian talks after the invasion, in Belarus.', uk: 'Перші після вторгнення російсько-українські переговори в Білорусі.' } },
    { date: '2022-03-29', text: { en: 'Istanbul round: Ukraine presents its proposals; Russia announces a drawdown near Kyiv.', uk: 'Стамбульський раунд: Україна представляє пропозиції; Росія оголошує скорочення активності під Києвом.' } },
    { date: '2022-04', text: { en: 'Killings in Bucha come to light after the Russian withdrawal; drafting continues.', uk: 'Після відходу російських військ стає відомо про вбивства в Бучі; роботу над текстами продовжують.' } },
    { date: '2022-05', text: { en: 'Contacts stall without an agreement.', uk: 'Контакти зупиняються без угоди.' } },
    { date: '2025-05-16', text: { en: 'Direct talks resume in Istanbul, again with Medinsky leading Russia’s delegation.', uk: 'У Стамбулі відновлюються прямі переговори, російську делегацію знову очолює Мединський.' } },
  ],
  positions: [
    {
      personId: 'vladimir-putin',
      name: { en: 'Vladimir Putin', uk: 'Володимир Путін' },
      role: { en: 'President of Russia (since 2012; also 2000–2008)', uk: 'Президент Росії (з 2012 року; також у 2000–2008 роках)' },
      side: { en: 'Russian government', uk: 'Уряд Росії' },
      stance: { en: 'Kyiv walked away from an initialled deal', uk: 'Київ відмовився від парафованої угоди' },
      paraphrase: {
        en: 'Meeting African leaders on 17 June 2023, showed what he said was a draft treaty on Ukraine’s neutrality and security guarantees initialled by Ukraine’s delegation, and said Kyiv had abandoned it after Russian troops withdrew from near Kyiv.',
        uk: 'На зустрічі з африканськими лідерами 17 червня 2023 року показав, за його словами, парафований українською делегацією проєкт договору про нейтралітет і гарантії безпеки України та заявив, що Київ відмовився від нього після відведення російських військ з-під Києва.',
      },
      source: { publisher: 'President of Russia (kremlin.ru)', title: 'Meeting with delegation of African states', date: '2023-06-17' },
    },
    {
      name: { en: 'Davyd Arakhamia', uk: 'Давид Арахамія' },
      role: { en: 'Head of the Servant of the People faction in parliament (in 2023); led Ukraine’s delegation in 2022', uk: 'голова фракції «Слуга народу» у Верховній Раді (на 2023 рік); у 2022 році очолював українську делегацію' },
      side: { en: 'Ukrainian negotiator', uk: 'Український переговорник' },
      stance: { en: 'Russia wanted neutrality; Kyiv did not trust it', uk: 'Росія хотіла нейтралітету; Київ їй не довіряв' },
      paraphrase: {
        en: 'Said in a November 2023 interview on the 1+1 channel that Russia’s main demand had been neutrality, that Kyiv did not trust Russia to keep a deal without security guarantees, and that Boris Johnson, visiting Kyiv, advised against signing anything with Russia.',
        uk: 'В інтерв’ю телеканалу «1+1» у листопаді 2023 року сказав, що головною вимогою Росії був нейтралітет, що Київ не довіряв Росії у виконанні угоди без гарантій безпеки і що Борис Джонсон під час візиту до Києва радив нічого з Росією не підписувати.',
      },
      source: { publisher: '1+1', title: 'Television interview with Davyd Arakhamia', date: '2023-11' },
    },
  ],
  related: ['neutral-status', 'security-guarantees', 'peace-deal', 'bucha-massacre', 'istanbul-talks-2025', 'vladimir-medinsky', 'boris-johnson', 'recep-tayyip-erdogan'],
  sources: [
    { publisher: 'President of Russia (kremlin.ru)', title: 'Meeting with delegation of African states', date: '2023-06-17' },
    { publisher: '1+1', title: 'Television interview with Davyd Arakhamia', date: '2023-11' },
    { publisher: 'RBC-Ukraine', title: 'Putin proposed date and place for direct negotiations with Ukraine', date: '2025-05-11', url: 'https://newsukraine.rbc.ua/news/putin-proposed-date-and-place-for-direct-1746919013.html' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
