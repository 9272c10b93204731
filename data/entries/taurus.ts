import type { KbEntryInput } from '../schema';

export default {
  id: 'taurus',
  kind: 'weapon',
  title: { en: 'Taurus cruise missile', uk: 'Крилата ракета Taurus' },
  aliases: [
    { text: 'Taurus KEPD 350', lang: 'en' },
    { text: 'KEPD 350', lang: 'en' },
    { text: 'Taurus missile', lang: 'en' },
    { text: 'Taurus cruise missile', lang: 'en' },
    { text: 'Taurus-Marschflugkörper', lang: 'de' },
    { text: 'Taurus-Lieferung', lang: 'de' },
    { text: 'pocisk Taurus', lang: 'pl', stems: ['pocisk', 'Taurus'] },
    { text: 'ракета Taurus', lang: 'uk', stems: ['ракет', 'Taurus'] },
    // Bare "Taurus" is also the zodiac sign, the Ford Taurus car, the Taurus Mountains and a firearms maker.
    { text: 'Taurus', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Таурус', lang: 'uk', stems: ['Таурус'], ambiguous: true },
    { text: 'Таурус', lang: 'ru', stems: ['Таурус'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'missile*', 'cruise', 'long-range', 'Scholz', 'Merz', 'Pistorius', 'Bundeswehr', 'Bundestag', 'German*', 'Berlin', 'Ukrain*', 'Kyiv',
      'Marschflugkörper*', 'Rakete*', 'Reichweite*', 'Lieferung*', 'Deutschland', 'Kiew', 'Kanzler*',
      'ракет*', 'крилат*', 'крылат*', 'Шольц*', 'Мерц*', 'Німеччин*', 'Германи*', 'Україн*', 'Украин*', 'далекобійн*', 'дальнобойн*',
      'pocisk*', 'rakiet*', 'Niemc*', 'niemieck*', 'dalekiego zasięgu',
    ],
    noneOf: [
      'Ford', 'zodiac*', 'horoscope*', 'Horoskop*', 'horoskop*', 'Sternzeichen', 'гороскоп*', 'зодіак*', 'зодиак*', 'Тельц*', 'Телець',
      'pistol*', 'Pistole*', 'revolver*', 'handgun*', 'firearm*', 'Mountains', 'Gebirge', 'Toros',
    ],
    window: 300,
  },
  summary: {
    en: 'A German-Swedish air-launched cruise missile, the Taurus KEPD 350, with a range of over 500 km. Ukraine has asked Germany for it since 2023; Chancellor Olaf Scholz refused, fearing Germany could be drawn into the war, and as of mid-2025 his successor Friedrich Merz had not announced a delivery.',
    uk: 'Німецько-шведська крилата ракета повітряного базування Taurus KEPD 350 із дальністю понад 500 км. Україна просить її в Німеччини з 2023 року; канцлер Олаф Шольц відмовляв, побоюючись утягнути Німеччину у війну, а його наступник Фрідріх Мерц станом на середину 2025 року про постачання не оголошував.',
  },
  background: [
    {
      en: 'Taurus is made by Taurus Systems, a joint venture of MBDA Deutschland and Saab, and is used by the air forces of Germany, Spain and South Korea. Ukraine requested it in 2023. Scholz argued on 26 February 2024 that German soldiers must not be linked anywhere to the targets the system hits; days later Russia published a leaked call in which German air force officers discussed Taurus.',
      uk: 'Ракету виробляє Taurus Systems — спільне підприємство MBDA Deutschland і Saab; вона на озброєнні ВПС Німеччини, Іспанії та Південної Кореї. Україна попросила її 2023 року. 26 лютого 2024 року Шольц пояснив, що німецькі військові ніде не мають бути пов’язані з цілями, які уражає ця система; за кілька днів Росія оприлюднила перехоплену розмову офіцерів Люфтваффе про Taurus.',
    },
    {
      en: 'The CDU/CSU opposition and parts of Scholz’s own three-party coalition pressed for delivery. Friedrich Merz, who became chancellor in May 2025, had backed it in opposition; in office he said on 28 May 2025 that a Taurus delivery was “within the realm of possibility”, but that day he announced German funding for long-range weapons produced in Ukraine.',
      uk: 'За передачу виступали опозиційні ХДС/ХСС і частина трипартійної коаліції самого Шольца. Фрідріх Мерц, який став канцлером у травні 2025 року, підтримував постачання в опозиції; на посаді 28 травня 2025 року він сказав, що передача Taurus «цілком можлива», але того ж дня оголосив про німецьке фінансування виробництва далекобійної зброї в Україні.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Germany had not announced a Taurus delivery. Merz’s government said there were no range restrictions on weapons for Ukraine and stopped publishing full details of its arms deliveries, citing “strategic ambiguity”.',
      uk: 'Станом на червень 2025 року Німеччина не оголошувала про передачу Taurus. Уряд Мерца заявив, що обмежень дальності для зброї, наданої Україні, немає, і перестав публікувати повні дані про постачання, пославшись на «стратегічну невизначеність».',
    },
  },
  timeline: [
    { date: '2023-05', text: { en: 'Ukraine formally asks Germany for Taurus missiles.', uk: 'Україна офіційно просить у Німеччини ракети Taurus.' } },
    { date: '2024-02-26', text: { en: 'Scholz explains publicly why he will not send Taurus.', uk: 'Шольц публічно пояснює, чому не передаватиме Taurus.' } },
    { date: '2024-03-01', text: { en: 'Russian state media publish a leaked call of German officers discussing Taurus.', uk: 'Російські державні медіа оприлюднюють перехоплену розмову німецьких офіцерів про Taurus.' } },
    { date: '2025-05-28', text: { en: 'Merz, now chancellor, announces funding for Ukrainian-made long-range weapons instead of a Taurus decision.', uk: 'Мерц, уже як канцлер, оголошує фінансування українських далекобійних озброєнь замість рішення щодо Taurus.' } },
  ],
  positions: [
    {
      personId: 'olaf-scholz',
      name: { en: 'Olaf Scholz', uk: 'Олаф Шольц' },
      role: { en: 'Chancellor of Germany (Dec 2021–May 2025)', uk: 'канцлер Німеччини (грудень 2021 — травень 2025)' },
      side: { en: 'German government', uk: 'Уряд Німеччини' },
      stance: { en: 'Against delivery: risk of drawing Germany in', uk: 'Проти: ризик утягнути Німеччину у війну' },
      paraphrase: {
        en: 'In February 2024 he said he would not send Taurus because its long range could reach deep into Russia and because, in his view, targeting it would require German involvement that he ruled out.',
        uk: 'У лютому 2024 року він заявив, що не передаватиме Taurus, бо ракета може вражати цілі глибоко в Росії, а її наведення, на його думку, потребувало б участі німецьких військових, яку він виключав.',
      },
      source: { publisher: 'AP', title: 'Germany’s Scholz explains his reluctance to send Taurus long-range missiles to Ukraine', date: '2024-02-26' },
    },
    {
      personId: 'friedrich-merz',
      name: { en: 'Friedrich Merz', uk: 'Фрідріх Мерц' },
      role: { en: 'CDU leader, in opposition (Chancellor from May 2025)', uk: 'лідер ХДС в опозиції (канцлер з травня 2025 року)' },
      side: { en: 'German opposition (CDU/CSU)', uk: 'Німецька опозиція (ХДС/ХСС)' },
      stance: { en: 'For delivery if Russia keeps bombing civilians', uk: 'За передачу, якщо Росія не припинить удари по цивільних' },
      paraphrase: {
        en: 'On 16 October 2024 he told the Bundestag that Russia should be given an ultimatum to stop bombing Ukrainian civilians within 24 hours, and that if it refused Germany should supply Taurus to hit the supply lines used for those attacks.',
        uk: '16 жовтня 2024 року він заявив у Бундестазі, що Росії слід висунути ультиматум припинити протягом 24 годин бомбардування цивільних в Україні, а в разі відмови Німеччина має передати Taurus для ударів по лініях постачання, які використовують для цих атак.',
      },
      source: { publisher: 'Ukrainska Pravda', title: 'German chancellor candidate proposes to intimidate Putin with Taurus missiles', date: '2024-10-16', url: 'https://www.pravda.com.ua/eng/news/2024/10/16/7480008/' },
    },
  ],
  related: ['storm-shadow', 'atacms', 'olaf-scholz', 'friedrich-merz', 'boris-pistorius', 'escalation'],
  sources: [
    { publisher: 'AP', title: 'Germany’s Scholz explains his reluctance to send Taurus long-range missiles to Ukraine', date: '2024-02-26' },
    { publisher: 'DW', title: 'Ukraine: Merz announces long-range weapons with Zelenskyy', date: '2025-05-28', url: 'https://www.dw.com/en/ukraine-merz-announces-long-range-weapons-with-zelenskyy/live-72693164' },
    { publisher: 'AP', title: 'Zelenskyy visits Berlin as he seeks more support for Ukraine in the war against Russia', date: '2025-05-28' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
