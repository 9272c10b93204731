import type { KbEntryInput } from '../schema';

export default {
  id: 'fpv-drones',
  kind: 'weapon',
  title: { en: 'FPV drones', uk: 'FPV-дрони' },
  aliases: [
    { text: 'FPV drone', lang: 'en', ambiguous: true },
    { text: 'FPV drones', lang: 'en', ambiguous: true },
    { text: 'first-person-view drone', lang: 'en', ambiguous: true },
    { text: 'first-person view drone', lang: 'en', ambiguous: true },
    // FPV drones are also a hobby and a racing sport (FPV goggles, drone racing): every form needs war context.
    { text: 'FPV', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'FPV-дрон', lang: 'uk', stems: ['FPV-дрон'], ambiguous: true },
    { text: 'ФПВ-дрон', lang: 'uk', stems: ['ФПВ-дрон'], ambiguous: true },
    { text: 'FPV-дрон', lang: 'ru', stems: ['FPV-дрон'], ambiguous: true },
    { text: 'FPV-Drohne', lang: 'de', ambiguous: true },
    { text: 'FPV-Drohnen', lang: 'de', ambiguous: true },
    { text: 'dron FPV', lang: 'pl', stems: ['dron', 'FPV'], ambiguous: true },
    { text: 'drony FPV', lang: 'pl', stems: ['dron', 'FPV'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Ukrain*', 'Russia*', 'front*', 'troops', 'soldier*', 'strike*', 'attack*', 'war', 'military', 'army',
      'Україн*', 'Украин*', 'Росі*', 'Росси*', 'фронт*', 'ЗСУ', 'ВСУ', 'удар*', 'атак*', 'війн*', 'войн*',
      'Krieg*', 'Front*', 'Soldat*', 'Russland', 'wojn*', 'Rosj*', 'żołnierz*',
      'fronci*', 'okop*', 'czołg*', 'armi*', 'wojsk*', 'bojow*', 'Ukrai*', 'Rosyj*', 'окоп*', 'танк*', 'бійц*', 'боєць', 'бойц*', 'окуп*', 'військов*', 'военн*',
      'Schützengr*', 'Panzer*', 'Armee', 'Truppe*', 'ukrainisch*', 'russisch*', 'trench*', 'tank*', 'brigade*', 'Бригад*', 'brygad*',
    ],
    // Racing and hobby flying in the KB's languages: wyścigi dronów FPV, FPV-Rennen, перегони/гонки дронів.
    noneOf: [
      // Not bare "race" or "гонка": "arms race", "гонка озброєнь" are war news.
      'racing', 'drone race*', 'hobby*', 'cinematic', 'camera review', 'DJI Avata', 'DJI FPV',
      'wyścig*', 'hobbyst*', 'zawody', 'zawodnik*', 'Rennen', 'Drohnenrenn*', 'Freizeit*',
      'перегон*', 'гонки дронів', 'гонок дронів', 'гонки дронов', 'гонок дронов', 'хобі', 'любител*', 'аматор*', 'змаган*', 'соревнован*', 'хобби',
    ],
    window: 250,
  },
  summary: {
    en: 'Small, cheap attack drones, usually quadcopters built from commercial parts and carrying an explosive charge, which an operator steers into the target while watching a live video feed through goggles. Used in huge numbers by both Ukraine and Russia, they have become one of the defining weapons of the front line.',
    uk: 'Невеликі дешеві ударні дрони, зазвичай квадрокоптери з комерційних комплектувальних, що несуть вибуховий заряд; оператор веде їх на ціль, дивлячись відео з дрона в окулярах. Україна й Росія застосовують їх у величезних кількостях, і вони стали одним із визначальних видів зброї на лінії фронту.',
  },
  background: [
    {
      en: 'FPV drones, first adapted from racing hobby drones, spread across the front from 2023. They let small units hit tanks, artillery, trenches and individual soldiers kilometres away at a fraction of the cost of a missile or shell, making movement near the front line extremely dangerous. Both sides answer with electronic jamming, and from 2024 both began using drones guided through thin fibre-optic cables that cannot be jammed.',
      uk: 'FPV-дрони, що походять від спортивних гоночних моделей, поширилися по всьому фронту з 2023 року. Вони дають змогу невеликим підрозділам уражати танки, артилерію, окопи й окремих бійців за кілометри — за ціною в рази нижчою за ракету чи снаряд, — тож будь-який рух поблизу лінії фронту став украй небезпечним. Обидві сторони протидіють їм засобами РЕБ, а з 2024 року почали застосовувати дрони на оптоволокні, які неможливо заглушити.',
    },
    {
      en: 'Ukraine built up a mass domestic drone industry, much of it supplied by volunteers and small firms, and in February 2024 President Zelenskyy ordered the creation of a separate branch of the armed forces, the Unmanned Systems Forces. On 1 June 2025 the SBU’s “Operation Spiderweb” used FPV drones smuggled deep into Russia to strike strategic bombers at four airfields.',
      uk: 'Україна створила масове власне виробництво дронів, значну частину якого забезпечують волонтери й невеликі компанії, а в лютому 2024 року президент Зеленський ініціював створення окремого роду сил — Сил безпілотних систем. 1 червня 2025 року в операції СБУ «Павутина» FPV-дрони, таємно доставлені вглиб Росії, уразили стратегічні бомбардувальники на чотирьох аеродромах.',
    },
  ],
  timeline: [
    { date: '2023', text: { en: 'FPV drones spread along the whole front line.', uk: 'FPV-дрони поширюються по всій лінії фронту.' } },
    { date: '2024', text: { en: 'Fibre-optic FPV drones appear on the battlefield.', uk: 'На полі бою з’являються FPV-дрони на оптоволокні.' } },
    { date: '2024-02-06', text: { en: 'Zelenskyy signs a decree launching the creation of the Unmanned Systems Forces.', uk: 'Зеленський підписує указ, яким запускає створення Сил безпілотних систем.' } },
    { date: '2025-06-01', text: { en: 'Operation Spiderweb: FPV drones launched inside Russia hit bombers at four airfields.', uk: 'Операція «Павутина»: FPV-дрони, запущені на території Росії, уражають бомбардувальники на чотирьох аеродромах.' } },
  ],
  related: ['shahed', 'glide-bombs', 'sbu', 'pokrovsk', 'armed-forces-of-ukraine'],
  sources: [
    { publisher: 'Censor.NET', title: 'Zelenskyy ordered to create separate branch of Unmanned Systems Forces in Armed Forces', date: '2024-02-06', url: 'https://censor.net/en/news/3471928/zelenskyy_ordered_to_create_separate_branch_of_unmanned_systems_forces_in_armed_forces' },
    { publisher: 'The Kyiv Independent', title: "Russia shatters drone record, launches 472 UAVs at Ukraine night before Kyiv's strike on Russian airfields", date: '2025-06-01', url: 'https://kyivindependent.com/russia-shatters-drone-record-launches-472-uavs-at-ukraine-night-before-kyivs-strike-on-russian-airfields/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
