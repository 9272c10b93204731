import type { KbEntryInput } from '../schema';
import { RU_UA_WAR_CUES } from './ceasefire';

export default {
  id: 'ukraine-peace-formula',
  kind: 'document',
  title: { en: 'Ukrainian Peace Formula', uk: 'Українська Формула миру' },
  aliases: [
    { text: 'Ukrainian Peace Formula', lang: 'en' },
    { text: 'Ukraine’s Peace Formula', lang: 'en' },
    { text: 'Zelenskyy’s peace formula', lang: 'en' },
    { text: 'Zelensky’s peace formula', lang: 'en' },
    { text: '10-point peace plan', lang: 'en' },
    // Bare "peace formula" is occasionally used of other conflicts.
    { text: 'Peace Formula', lang: 'en', ambiguous: true },
    { text: 'Українська формула миру', lang: 'uk', stems: ['Українськ', 'формул', 'миру'] },
    { text: 'Формула миру', lang: 'uk', stems: ['Формул', 'миру'] },
    { text: 'формула мира', lang: 'ru', stems: ['формул', 'мира'], ambiguous: true },
    { text: 'Friedensformel', lang: 'de', ambiguous: true },
    { text: 'formuła pokojowa', lang: 'pl', stems: ['formuł', 'pokojow'], ambiguous: true },
    { text: 'ukraińska formuła pokoju', lang: 'pl', stems: ['ukraińsk', 'formuł', 'pokoju'] },
    { text: 'formule de paix', lang: 'fr', ambiguous: true },
  ],
  disambiguation: { anyOf: RU_UA_WAR_CUES, noneOf: ['Gaza', 'Israel*', 'Hamas'], window: 300 },
  summary: {
    en: 'Volodymyr Zelenskyy’s ten-point plan for ending the war, presented to the G20 summit in November 2022. It set out Ukraine’s terms, from nuclear and food security to the withdrawal of Russian troops, justice for war crimes and a final peace treaty, and was the basis of the June 2024 peace summit in Switzerland.',
    uk: 'План Володимира Зеленського з десяти пунктів щодо завершення війни, представлений на саміті G20 у листопаді 2022 року. Він визначив умови України — від ядерної та продовольчої безпеки до виведення російських військ, справедливості за воєнні злочини й остаточного мирного договору — і ліг в основу Саміту миру у Швейцарії в червні 2024 року.',
  },
  background: [
    {
      en: 'Zelenskyy presented the formula by video to the G20 summit in Bali on 15 November 2022. Its ten points are radiation and nuclear safety; food security; energy security; the release of all prisoners and deportees; the UN Charter and Ukraine’s territorial integrity; the withdrawal of Russian troops and an end to hostilities; justice; protection of the environment; prevention of escalation; and a document confirming the end of the war.',
      uk: 'Зеленський представив формулу у відеозверненні до саміту G20 на Балі 15 листопада 2022 року. Її десять пунктів: радіаційна та ядерна безпека; продовольча безпека; енергетична безпека; звільнення всіх полонених і депортованих; Статут ООН і територіальна цілісність України; виведення російських військ і припинення бойових дій; справедливість; захист довкілля; запобігання ескалації; документ про завершення війни.',
    },
    {
      en: 'Ukraine built support for it through meetings of national security advisers, in Copenhagen, Jeddah, Malta and Davos in 2023–2024, and at the Summit on Peace in Ukraine at the Bürgenstock resort on 15–16 June 2024, whose communiqué covered nuclear safety, food security and the exchange of prisoners. Russia was not invited; the Kremlin dismissed the formula as unrealistic.',
      uk: 'Україна збирала підтримку формули на зустрічах радників з національної безпеки — у Копенгагені, Джидді, на Мальті та в Давосі у 2023–2024 роках — і на Саміті миру в Україні на курорті Бюргеншток 15–16 червня 2024 року, комюніке якого охопило ядерну безпеку, продовольчу безпеку та обмін полоненими. Росію не запрошували; Кремль відкидав формулу як нереалістичну.',
    },
  ],
  whyNow: {
    asOf: '2025-03',
    text: {
      en: 'As of March 2025, the formula had been overtaken by US-led diplomacy that began from a ceasefire rather than from Ukraine’s full terms, though Kyiv continued to invoke its principles of territorial integrity and justice.',
      uk: 'Станом на березень 2025 року формулу відсунула на другий план дипломатія за посередництва США, що починалася з припинення вогню, а не з повних умов України, хоча Київ і далі посилався на її принципи територіальної цілісності та справедливості.',
    },
  },
  timeline: [
    { date: '2022-11-15', text: { en: 'Zelenskyy presents the ten-point formula to the G20 summit in Bali.', uk: 'Зеленський представляє формулу з десяти пунктів саміту G20 на Балі.' } },
    { date: '2023-06', text: { en: 'First meeting of national security advisers on the formula, in Copenhagen.', uk: 'Перша зустріч радників з національної безпеки щодо формули — у Копенгагені.' } },
    { date: '2023-08', text: { en: 'Advisers’ meeting in Jeddah.', uk: 'Зустріч радників у Джидді.' } },
    { date: '2024-01', text: { en: 'Advisers’ meeting in Davos.', uk: 'Зустріч радників у Давосі.' } },
    { date: '2024-06-16', text: { en: 'The Summit on Peace in Ukraine at Bürgenstock ends with a communiqué.', uk: 'Саміт миру в Україні в Бюргенштоку завершується комюніке.' } },
  ],
  related: ['ukraine-peace-summit-2024', 'volodymyr-zelenskyy', 'peace-deal', 'ceasefire', 'andriy-yermak'],
  sources: [
    { publisher: 'President of Ukraine (president.gov.ua)', title: 'Address by the President of Ukraine to the G20 summit participants', date: '2022-11-15' },
    { publisher: 'Federal Department of Foreign Affairs (Switzerland)', title: 'Summit on Peace in Ukraine: Joint Communiqué on a Peace Framework', date: '2024-06-16' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
