import type { KbEntryInput } from '../schema';

export default {
  id: 'mh17',
  kind: 'event',
  title: { en: 'Downing of flight MH17 (2014)', uk: 'Збиття рейсу MH17 (2014)' },
  aliases: [
    { text: 'MH17', lang: 'en' },
    { text: 'MH-17', lang: 'en' },
    { text: 'Malaysia Airlines Flight 17', lang: 'en' },
    // Cyrillic letters, as some Ukrainian and Russian outlets print it.
    { text: 'МН17', lang: 'uk', inflect: false },
    { text: 'МН-17', lang: 'ru', inflect: false },
  ],
  summary: {
    en: 'Malaysia Airlines flight MH17 from Amsterdam to Kuala Lumpur was shot down over eastern Ukraine on 17 July 2014, killing all 298 on board. The Dutch-led Joint Investigation Team traced the Buk missile system to Russia’s 53rd Anti-Aircraft Missile Brigade; a Dutch court convicted three men of murder (2022); the ICAO Council held Russia responsible (2025). Russia denies involvement.',
    uk: 'Рейс MH17 авіакомпанії Malaysia Airlines з Амстердама до Куала-Лумпура збили над Донеччиною 17 липня 2014 року; загинули всі 298 людей на борту. Спільна слідча група на чолі з Нідерландами встановила, що зенітний ракетний комплекс «Бук» належав 53-й зенітній ракетній бригаді ЗС Росії; 2022 року нідерландський суд засудив трьох чоловіків за вбивство, а 2025 року Рада ICAO визнала відповідальною Росію. Росія свою причетність заперечує.',
  },
  background: [
    {
      en: 'The Boeing 777 was hit over territory held by Russian-backed armed groups; 196 of the dead were Dutch citizens. In October 2015 the Dutch Safety Board concluded that a Buk surface-to-air missile had brought it down. The criminal investigation was led by the Joint Investigation Team (JIT) of the Netherlands, Australia, Belgium, Malaysia and Ukraine.',
      uk: 'Boeing 777 був уражений над територією, яку контролювали підтримувані Росією збройні формування; 196 загиблих були громадянами Нідерландів. У жовтні 2015 року Рада безпеки Нідерландів дійшла висновку, що літак збила зенітна ракета комплексу «Бук». Кримінальне розслідування вела Спільна слідча група (JIT) Нідерландів, Австралії, Бельгії, Малайзії та України.',
    },
    {
      en: 'In May 2018 the JIT concluded that the Buk belonged to the Russian army’s 53rd Anti-Aircraft Missile Brigade, based in Kursk, and the Netherlands and Australia formally held Russia responsible. On 17 November 2022 the District Court of The Hague convicted Igor Girkin, Sergei Dubinsky and Leonid Kharchenko of murder in absentia and acquitted a fourth defendant, Oleg Pulatov; it found that Russia had overall control over the “Donetsk people’s republic” at the time.',
      uk: 'У травні 2018 року JIT дійшла висновку, що «Бук» належав 53-й зенітній ракетній бригаді російської армії з Курська, і Нідерланди та Австралія офіційно поклали відповідальність на Росію. 17 листопада 2022 року окружний суд Гааги заочно засудив Ігоря Гіркіна, Сергія Дубинського та Леоніда Харченка за вбивство, а четвертого обвинуваченого, Олега Пулатова, виправдав; суд встановив, що Росія тоді здійснювала загальний контроль над «ДНР».',
    },
    {
      en: 'In May 2025 the Council of the International Civil Aviation Organization (ICAO) found Russia responsible in a case brought by the Netherlands and Australia, and on 9 July 2025 the European Court of Human Rights also held Russia responsible. Russia rejects the findings and denies involvement.',
      uk: 'У травні 2025 року Рада Міжнародної організації цивільної авіації (ICAO) визнала Росію відповідальною у справі, яку порушили Нідерланди та Австралія, а 9 липня 2025 року відповідальність Росії визнав і Європейський суд з прав людини. Росія ці висновки відкидає й заперечує свою причетність.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, two international bodies had within two months found Russia responsible for the downing — the ICAO Council in May and the European Court of Human Rights on 9 July — adding to the 2022 Dutch verdict. None of the three convicted men had been handed over.',
      uk: 'Станом на липень 2025 року два міжнародні органи протягом двох місяців визнали Росію відповідальною за збиття — Рада ICAO у травні та Європейський суд з прав людини 9 липня, — що доповнило вирок нідерландського суду 2022 року. Жодного із трьох засуджених так і не видали.',
    },
  },
  timeline: [
    { date: '2014-07-17', text: { en: 'MH17 is shot down over Donetsk region; 298 people are killed.', uk: 'MH17 збито над Донеччиною; гинуть 298 людей.' } },
    { date: '2015-10-13', text: { en: 'The Dutch Safety Board reports that a Buk missile downed the aircraft.', uk: 'Рада безпеки Нідерландів оприлюднює висновок: літак збила ракета «Бука».' } },
    { date: '2018-05-24', text: { en: 'The JIT names Russia’s 53rd Anti-Aircraft Missile Brigade as the Buk’s unit.', uk: 'JIT називає 53-тю зенітну ракетну бригаду ЗС Росії підрозділом, якому належав «Бук».' } },
    { date: '2022-11-17', text: { en: 'A Dutch court convicts three men of murder in absentia and acquits one.', uk: 'Нідерландський суд заочно засуджує трьох чоловіків за вбивство, одного виправдовує.' } },
    { date: '2025-05-12', text: { en: 'The ICAO Council finds Russia responsible.', uk: 'Рада ICAO визнає Росію відповідальною.' } },
    { date: '2025-07-09', text: { en: 'The European Court of Human Rights holds Russia responsible.', uk: 'Європейський суд з прав людини визнає відповідальність Росії.' } },
  ],
  related: ['war-in-donbas', 'donetsk-oblast', 'kursk-oblast'],
  sources: [
    { publisher: 'Dutch Safety Board', title: 'Crash of Malaysia Airlines flight MH17, Hrabove, Ukraine, 17 July 2014', date: '2015-10-13' },
    { publisher: 'District Court of The Hague', title: 'Judgments in the MH17 criminal case (Girkin, Dubinskiy, Pulatov, Kharchenko)', date: '2022-11-17' },
    { publisher: 'International Civil Aviation Organization (ICAO)', title: 'ICAO Council decision in the MH17 dispute (Australia and the Netherlands v. the Russian Federation)', date: '2025-05-12' },
    { publisher: 'European Court of Human Rights', title: 'Ukraine and the Netherlands v. Russia, Grand Chamber judgment', date: '2025-07-09' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
