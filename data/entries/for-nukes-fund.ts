import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'for-nukes-fund',
  kind: 'fund',
  title: { en: '“For Nukes” fund', uk: 'Фонд «For Nukes»' },
  aliases: [{ text: 'For Nukes', lang: 'en', caseSensitive: true, ambiguous: true }],
  disambiguation: {
    anyOf: [
      'fund', 'fundrais*', 'monobank*', 'Gorokhovsk*', 'Horokhovsk*', 'hryvnia', 'raised', 'donat*', 'jar',
      'монобанк*', 'Гороховськ*', 'Гороховск*', 'Horochowsk*', 'Gorochowsk*', 'фонд*', 'збір', 'сбор', 'банк*', 'гривень', 'гривен', 'zbiórk*', 'zbiera*', 'fundusz*', 'Spende*', 'Fonds',
    ],
    noneOf: [],
    window: 250,
  },
  summary:
    { en: 'A fund named “For Nukes” that, according to hromadske, monobank co-founder Oleh Gorokhovsky launched “amid the Washington spat between presidents”, days before its March 2025 article. hromadske reported that it raised 27 million hryvnias ($653,792) for military needs.', uk: 'Фонд під назвою «For Nukes», який, за даними hromadske, співзасновник monobank Олег Гороховський запустив на тлі вашингтонської сварки президентів, за кілька днів до виходу статті видання в березні 2025 року. Як повідомив hromadske, фонд зібрав 27 мільйонів гривень (653 792 долари) на військові потреби.' },
  background: [
    { en: 'hromadske mentioned the fund in its March 2025 article on security guarantees, right after Zelenskyy’s early-February call to give Ukraine back its nuclear weapons: “It’s not just Zelenskyy’s wish,” it wrote, adding that Gorokhovsky had “tapped public sentiment” by launching the fund.', uk: 'hromadske згадав фонд у статті про гарантії безпеки в березні 2025 року — одразу після заклику Зеленського на початку лютого повернути Україні ядерну зброю. Видання писало, що це не лише бажання Зеленського: Гороховський, запустивши фонд, вловив суспільні настрої.' },
    { en: 'hromadske gave the total as 27 million hryvnias (with the equivalent of $653,792), raised for military needs. The article gives no exact launch date.', uk: 'hromadske назвав суму — 27 мільйонів гривень (еквівалент — 653 792 долари), зібраних на військові потреби. Точної дати запуску фонду стаття не наводить.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske cited the fund as a sign that calls for nuclear weapons were not only Zelenskyy’s wish, while noting that such talk was unlikely to reflect reality: US Secretary of State Marco Rubio had called Zelenskyy’s demand unrealistic.', uk: 'Станом на березень 2025 року hromadske наводив фонд як ознаку того, що заклики до ядерної зброї — не лише бажання Зеленського, але зазначав, що ці розмови навряд чи відповідають реальності: держсекретар США Марко Рубіо назвав вимогу Зеленського нереалістичною.' },
  },
  timeline: [
    { date: '2025-02', text: { en: 'Zelenskyy calls for Ukraine’s nuclear weapons to be given back, as an alternative to NATO membership.', uk: 'Зеленський закликає повернути Україні ядерну зброю як альтернативу членству в НАТО.' } },
    { date: '2025-03', text: { en: 'hromadske reports that the “For Nukes” fund has raised 27 million hryvnias for military needs.', uk: 'hromadske повідомляє, що фонд «For Nukes» зібрав 27 мільйонів гривень на військові потреби.' } },
  ],
  positions: [],
  related: ['oleh-gorokhovsky', 'monobank', 'ukraine-nuclear-disarmament', 'budapest-memorandum'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
