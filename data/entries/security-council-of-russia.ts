import type { KbEntryInput } from '../schema';

export default {
  id: 'security-council-of-russia',
  kind: 'institution',
  title: { en: 'Security Council of Russia', uk: 'Рада безпеки Росії' },
  // Only Russia's national council: bare "Security Council" / "Рада безпеки" belongs to `un-security-council`.
  aliases: [
    { text: 'Security Council of Russia', lang: 'en' },
    { text: 'Security Council of the Russian Federation', lang: 'en' },
    { text: 'Russian Security Council', lang: 'en' },
    { text: 'Russia’s Security Council', lang: 'en' },
    { text: "Russia's Security Council", lang: 'en' },
    { text: 'Рада безпеки РФ', lang: 'uk', stems: ['Рад', 'безпеки', 'РФ'] },
    { text: 'Рада безпеки Росії', lang: 'uk', stems: ['Рад', 'безпеки', 'Росії'] },
    { text: 'Радбез РФ', lang: 'uk', stems: ['Радбез', 'РФ'] },
    { text: 'Радбез Росії', lang: 'uk', stems: ['Радбез', 'Росії'] },
    { text: 'Совет безопасности России', lang: 'ru', stems: ['Совет', 'безопасности', 'России'] },
    { text: 'Совет безопасности РФ', lang: 'ru', stems: ['Совет', 'безопасности', 'РФ'] },
    { text: 'Совбез РФ', lang: 'ru', stems: ['Совбез', 'РФ'] },
    { text: 'Совбез России', lang: 'ru', stems: ['Совбез', 'России'] },
    // Russian media say "Совбез" for Russia's council, but it is also short for the UN Security Council.
    { text: 'Совбез', lang: 'ru', stems: ['Совбез'], ambiguous: true },
    { text: 'Sicherheitsrat Russlands', lang: 'de', stems: ['Sicherheitsrat', 'Russlands'] },
    { text: 'russischer Sicherheitsrat', lang: 'de', stems: ['russisch', 'Sicherheitsrat'] },
    { text: 'Rada Bezpieczeństwa Rosji', lang: 'pl', stems: ['Rad', 'Bezpieczeństwa', 'Rosji'] },
    { text: 'Rada Bezpieczeństwa Federacji Rosyjskiej', lang: 'pl', stems: ['Rad', 'Bezpieczeństwa', 'Federacji', 'Rosyjskiej'] },
    { text: 'rosyjska Rada Bezpieczeństwa', lang: 'pl', stems: ['rosyjsk', 'Rad', 'Bezpieczeństwa'] },
    { text: 'Conseil de sécurité russe', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: ['Медведев*', 'Шойгу', 'Патрушев*', 'Путин*', 'Кремл*', 'зампред*', 'секретар*', 'России', 'российск*'],
    noneOf: ['ООН', 'резолюц*', 'постоянн* член*', 'вето', 'Гутерреш*', 'Нью-Йорк*', 'Небензя*'],
    window: 250,
  },
  summary: {
    en: 'Russia’s top consultative body on security, chaired by the president, Vladimir Putin. As of June 2025, its deputy chairman was former president Dmitry Medvedev and its secretary, since May 2024, Sergei Shoigu. It is not the UN Security Council, where Russia is a permanent member.',
    uk: 'Найвищий дорадчий орган Росії з питань безпеки, який очолює президент Володимир Путін. Станом на червень 2025 року заступником голови був колишній президент Дмитро Медведєв, секретарем (із травня 2024 року) — Сергій Шойгу. Не плутати з Радою Безпеки ООН, де Росія є постійним членом.',
  },
  background: [
    {
      en: 'The council was created in 1992 and is set out in Russia’s Constitution. Its permanent members include the heads of the security, defence and foreign ministries and intelligence services; it drafts strategic documents such as the National Security Strategy, while decisions rest with the president.',
      uk: 'Раду створено 1992 року, її передбачає Конституція Росії. До постійних членів входять, зокрема, керівники силових відомств, Міноборони, МЗС і спецслужб; Рада готує стратегічні документи, як-от Стратегію національної безпеки, але рішення ухвалює президент.',
    },
    {
      en: 'On 21 February 2022 Putin held a televised session at which members spoke in favour of recognising the “Donetsk and Luhansk people’s republics”; he signed the recognition decrees that evening, three days before the full-scale invasion. Nikolai Patrushev, secretary from 2008, was replaced by Shoigu in May 2024, when Andrei Belousov succeeded Shoigu as defence minister. Medvedev, deputy chairman since January 2020, has frequently threatened Ukraine and the West, including with nuclear weapons, in that capacity.',
      uk: '21 лютого 2022 року Путін провів телевізійне засідання, на якому члени Ради висловилися за визнання «ДНР» і «ЛНР»; того ж вечора він підписав укази про визнання — за три дні до повномасштабного вторгнення. У травні 2024 року Шойгу, якого на посаді міністра оборони змінив Андрій Бєлоусов, замінив секретаря Ради Миколу Патрушева, що обіймав посаду з 2008 року. Медведєв, заступник голови з січня 2020 року, у цьому статусі регулярно погрожує Україні та Заходу, зокрема ядерною зброєю.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Shoigu, as the council’s secretary, had held talks in North Korea, Russia’s military partner in the war, and Medvedev kept up his threats against Ukraine and its backers while US-brokered talks on ending the war went on.',
      uk: 'Станом на червень 2025 року Шойгу як секретар Ради провів переговори в КНДР — військовій партнерці Росії у війні, а Медведєв і далі погрожував Україні та її союзникам на тлі переговорів про завершення війни за посередництва США.',
    },
  },
  timeline: [
    { date: '1992', text: { en: 'The Security Council of Russia is established.', uk: 'Створено Раду безпеки Росії.' } },
    { date: '2008-05', text: { en: 'Nikolai Patrushev becomes secretary.', uk: 'Секретарем стає Микола Патрушев.' } },
    { date: '2020-01', text: { en: 'Dmitry Medvedev becomes deputy chairman after resigning as prime minister.', uk: 'Дмитро Медведєв після відставки з посади прем’єра стає заступником голови.' } },
    { date: '2022-02-21', text: { en: 'Televised session on recognising the Donetsk and Luhansk “people’s republics”.', uk: 'Телевізійне засідання щодо визнання «ДНР» і «ЛНР».' } },
    { date: '2024-05', text: { en: 'Sergei Shoigu replaces Patrushev as secretary.', uk: 'Сергій Шойгу замінює Патрушева на посаді секретаря.' } },
  ],
  related: ['vladimir-putin', 'dmitry-medvedev', 'sergei-shoigu', 'andrei-belousov', 'kremlin', 'un-security-council', 'full-scale-invasion'],
  sources: [
    { publisher: 'President of Russia (kremlin.ru)', title: 'Security Council of the Russian Federation: composition and structure' },
    { publisher: 'President of Russia (kremlin.ru)', title: 'Security Council meeting (transcript)', date: '2022-02-21' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
