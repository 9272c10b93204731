import type { KbEntryInput } from '../schema';
import { KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'ukraine-peace-summit-2024',
  kind: 'summit',
  title: { en: 'Summit on Peace in Ukraine, Bürgenstock (2024)', uk: 'Глобальний саміт миру, Бюргеншток (2024)' },
  aliases: [
    { text: 'Summit on Peace in Ukraine', lang: 'en' },
    { text: 'Ukraine peace summit', lang: 'en' },
    { text: 'Global Peace Summit', lang: 'en' },
    { text: 'Bürgenstock summit', lang: 'en' },
    { text: 'Burgenstock summit', lang: 'en' },
    { text: 'Глобальний саміт миру', lang: 'uk', stems: ['Глобальн', 'саміт', 'миру'] },
    // "Саміт миру" alone may also mean the planned second summit or other peace meetings.
    { text: 'Саміт миру', lang: 'uk', stems: ['саміт', 'миру'], ambiguous: true },
    { text: 'саммит мира', lang: 'ru', stems: ['саммит', 'мира'], ambiguous: true },
    { text: 'конференция в Бюргенштоке', lang: 'ru', stems: ['конференци', 'в', 'Бюргенштоке'] },
    { text: 'Bürgenstock-Konferenz', lang: 'de' },
    { text: 'Bürgenstock-Gipfel', lang: 'de' },
    { text: 'Friedensgipfel auf dem Bürgenstock', lang: 'de' },
    { text: 'szczyt pokojowy w Szwajcarii', lang: 'pl', stems: ['szczyt', 'pokojow', 'w', 'Szwajcarii'] },
    { text: 'sommet du Bürgenstock', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: ['2024', 'Швейцар*', 'Бюргеншток*', 'Бюргенштоке', 'Switzerland', 'Swiss', 'Україн*', 'Украин*', 'Зеленськ*', 'Зеленск*', 'формул* миру', 'формул* мира'],
    noneOf: [],
    window: 300,
  },
  summary: {
    en: 'A conference of some 100 delegations hosted by Switzerland at the Bürgenstock resort on 15–16 June 2024, at Ukraine’s initiative. Russia was not invited and China did not attend. Most participants endorsed a communiqué on three points of Ukraine’s peace formula: nuclear safety, food security and the release of prisoners and deported children.',
    uk: 'Конференція близько ста делегацій, яку Швейцарія за ініціативою України провела на курорті Бюргеншток 15–16 червня 2024 року. Росію не запросили, Китай участі не взяв. Більшість учасників підтримали комюніке щодо трьох пунктів української формули миру: ядерної безпеки, продовольчої безпеки та звільнення полонених і повернення депортованих дітей.',
  },
  background: [
    {
      en: 'The summit grew out of President Zelenskyy’s ten-point peace formula, first presented in November 2022. The joint communiqué called for Ukraine to control the Zaporizhzhia nuclear power plant safely, for free commercial shipping and an end to attacks on ports, and for all prisoners of war to be exchanged and deported Ukrainian children returned. Several participants, among them India, Saudi Arabia and South Africa, did not endorse it. The US was represented by Vice-President Kamala Harris.',
      uk: 'Саміт виріс із десятипунктної формули миру президента Зеленського, вперше представленої в листопаді 2022 року. Спільне комюніке закликало до безпечного контролю України над Запорізькою АЕС, до вільного торговельного судноплавства й припинення атак на порти, до обміну всіх військовополонених і повернення депортованих українських дітей. Кілька учасників, зокрема Індія, Саудівська Аравія та ПАР, його не підтримали. США представляла віцепрезидентка Камала Гарріс.',
    },
    {
      en: 'On 14 June 2024, on the eve of the summit, Vladimir Putin set out Russia’s conditions for a ceasefire: Ukraine’s withdrawal from the four regions Russia claims and a renunciation of NATO membership. Kyiv and Western governments rejected them as an ultimatum. A second summit, which Ukraine wanted Russia to attend, had not been held as of mid-2025.',
      uk: '14 червня 2024 року, напередодні саміту, Володимир Путін висунув умови Росії для припинення вогню: виведення українських військ із чотирьох регіонів, на які претендує Росія, і відмову від членства в НАТО. Київ і західні уряди відкинули їх як ультиматум. Другий саміт, на який Україна хотіла запросити Росію, станом на середину 2025 року так і не відбувся.',
    },
  ],
  timeline: [
    { date: '2022-11', text: { en: 'Zelenskyy presents Ukraine’s ten-point peace formula.', uk: 'Зеленський представляє десятипунктну формулу миру.' } },
    { date: '2024-06-14', text: { en: 'Putin sets out Russia’s conditions for a ceasefire.', uk: 'Путін висуває умови Росії для припинення вогню.' } },
    { date: '2024-06-15', text: { en: 'The summit opens at Bürgenstock, Switzerland.', uk: 'У швейцарському Бюргенштоку відкривається саміт.' } },
    { date: '2024-06-16', text: { en: 'Most participants endorse the joint communiqué.', uk: 'Більшість учасників підтримують спільне комюніке.' } },
  ],
  related: ['ukraine-peace-formula', 'peace-deal', 'zaporizhzhia-nuclear-power-plant', 'volodymyr-zelenskyy', 'vladimir-putin', 'territorial-concessions'],
  sources: [
    { publisher: 'Swiss Federal Department of Foreign Affairs', title: 'Summit on Peace in Ukraine: Joint Communiqué on a Peace Framework', date: '2024-06-16' },
    KREMLIN_2024_06_14,
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
