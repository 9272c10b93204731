import type { KbEntryInput } from '../schema';
import { UKRAINE_CUES, KYIV_CUES, RUSSIA_CUES } from '../cues';
import { P } from '../positions';
import { HROMADSKE_2025_03, KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'peace-deal',
  kind: 'concept',
  title: { en: 'Russia–Ukraine peace deal', uk: 'Мирна угода між Росією та Україною' },
  aliases: [
    { text: 'peace deal', lang: 'en', ambiguous: true },
    { text: 'peace agreement', lang: 'en', ambiguous: true },
    { text: 'peace settlement', lang: 'en', ambiguous: true },
    { text: 'peace accord', lang: 'en', ambiguous: true },
    { text: 'мирна угода', lang: 'uk', stems: ['мирн', 'угод'], ambiguous: true },
    { text: 'мирний договір', lang: 'uk', stems: ['мирн', 'догов'], ambiguous: true },
    { text: 'мирное соглашение', lang: 'ru', stems: ['мирн', 'соглашени'], ambiguous: true },
    { text: 'мирный договор', lang: 'ru', stems: ['мирн', 'договор'], ambiguous: true },
    { text: 'Friedensabkommen', lang: 'de', ambiguous: true },
    { text: 'Friedensvertrag', lang: 'de', ambiguous: true },
    { text: 'porozumienie pokojowe', lang: 'pl', stems: ['porozumieni', 'pokojow'], ambiguous: true },
    { text: 'umowa pokojowa', lang: 'pl', stems: ['umow', 'pokojow'], ambiguous: true },
    { text: 'accord de paix', lang: 'fr', ambiguous: true },
  ],
  // Generic phrases: this card is only for the Russia–Ukraine war.
  disambiguation: {
    anyOf: [
      ...UKRAINE_CUES,
      ...KYIV_CUES,
      ...RUSSIA_CUES,
      'Moscow',
      'Kremlin',
      'Putin*',
      'Путін',
      'Путин',
      'Zelensk*',
      'Selensk*',
      'Zełensk*',
      'Зеленськ*',
      'Зеленск*',
    ],
    noneOf: ['Gaza', 'Hamas', 'Israel', 'Armenia', 'Azerbaijan', 'Congo', 'Rwanda'],
    window: 250,
  },
  summary:
    { en: 'A negotiated settlement to end Russia’s war against Ukraine. As of March 2025 no deal existed; the US pressed for talks, Ukraine sought security guarantees as part of any agreement, and Russia demanded terms including Ukraine’s renunciation of NATO membership. Any guarantees would themselves be bargained over.', uk: 'Врегулювання шляхом переговорів, яке мало б завершити війну Росії проти України. Станом на березень 2025 року угоди не було: США домагалися переговорів, Україна — гарантій безпеки в межах будь-якої угоди, а Росія висувала умови, зокрема відмову України від членства в НАТО. Самі гарантії теж стали б предметом торгу.' },
  background: [
    { en: 'Earlier attempts to settle the conflict include the Minsk agreements of 2014–2015, which did not end the fighting in Donbas, and talks in Istanbul in spring 2022, which broke down. Since 2022 Ukraine has insisted that any deal respect its territorial integrity and include guarantees against a new attack.', uk: 'Серед попередніх спроб урегулювати конфлікт — Мінські угоди 2014–2015 років, які не зупинили бойових дій на Донбасі, і переговори в Стамбулі навесні 2022 року, що зірвалися. Від 2022 року Україна наполягає, що будь-яка угода має поважати її територіальну цілісність і містити гарантії від нового нападу.' },
    { en: 'In 2025 the new US administration opened direct contacts with Russia and pressed both sides towards a ceasefire. The US position, per hromadske, was that terms must be accepted by both Ukraine and Russia to hold. European states prepared a contingent to safeguard a future agreement.', uk: 'У 2025 році нова адміністрація США встановила прямі контакти з Росією і підштовхувала обидві сторони до припинення вогню. Позиція США, за даними hromadske, полягала в тому, що умови мають схвалити і Україна, і Росія, — лише тоді вони триматимуться. Європейські держави готували контингент, який мав би забезпечити виконання майбутньої угоди.' },
    { en: 'A settlement would have to resolve disputed questions: control of occupied territory, Ukraine’s alliances and armed forces, sanctions, and how compliance would be secured. All the experts hromadske interviewed in March 2025 (Alina Hrytsenko, Volodymyr Ohryzko and Vitaliy Portnikov) agreed that no potential security guarantee condition could fully protect Ukraine from another Russian attack.', uk: 'Врегулювання мало б розв’язати спірні питання: контроль над окупованими територіями, союзи і збройні сили України, санкції, а також те, як забезпечити дотримання умов. Усі експерти, з якими говорив hromadske в березні 2025 року, — Аліна Гриценко, Володимир Огризко і Віталій Портников — погодилися, що жодна з можливих умов гарантій безпеки не зможе повністю захистити Україну від нового російського нападу.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske reported the view of Mike Waltz, then US National Security Adviser, that Moscow would have to accept European guarantees for Ukraine and Kyiv would concede territory, while Russia rejected each proposed guarantee, from peacekeepers to NATO membership, and hromadske expected it to demand neutrality.', uk: 'Станом на березень 2025 року hromadske писав про позицію тодішнього радника президента США з національної безпеки Майка Вальца: Москві доведеться погодитися на європейські гарантії для України, а Києву — поступитися територією. Росія ж відкидала кожну із запропонованих гарантій — від миротворців до членства в НАТО, і hromadske очікував, що вона вимагатиме нейтралітету.' },
  },
  timeline: [
    { date: '2014-09-05', text: { en: 'The Minsk Protocol is signed, aiming at a ceasefire in Donbas.', uk: 'Підписано Мінський протокол, який мав забезпечити припинення вогню на Донбасі.' } },
    { date: '2015-02-12', text: { en: 'The Minsk II package of measures is agreed; fighting continues at lower intensity.', uk: 'Погоджено Комплекс заходів «Мінськ-2»; бої тривають з меншою інтенсивністю.' } },
    { date: '2022-03-29', text: { en: 'Russian–Ukrainian talks in Istanbul discuss neutrality in exchange for guarantees; they later break down.', uk: 'На російсько-українських переговорах у Стамбулі обговорюють нейтралітет в обмін на гарантії; згодом переговори зриваються.' } },
    { date: '2024-06-14', text: { en: 'Putin sets out Russia’s conditions for a ceasefire and talks.', uk: 'Путін висуває умови Росії для припинення вогню і переговорів.' } },
    {
      date: '2025-03-11',
      text: { en: 'After talks with the US in Jeddah, Ukraine says it is ready to accept a 30-day ceasefire proposal.', uk: 'Після переговорів зі США в Джидді Україна заявляє, що готова прийняти пропозицію про 30-денне припинення вогню.' },
    },
  ],
  positions: [
    P.waltzTradeOff,
    P.putinJune2024Conditions,
    P.starmerCoalition,
    P.hrytsenkoBargainingChip,
    P.portnikovNeutralityDemand,
    P.portnikovEconomicTies,
  ],
  related: [
    'security-guarantees',
    'minsk-agreements',
    'neutral-status',
    'peacekeepers',
    'coalition-of-the-willing',
    'full-scale-invasion',
  ],
  sources: [HROMADSKE_2025_03, KREMLIN_2024_06_14],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
