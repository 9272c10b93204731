import type { KbEntryInput } from '../schema';
import { UKRAINE_CUES, RUSSIA_CUES } from '../cues';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'escalation',
  kind: 'concept',
  title: { en: 'Escalation', uk: 'Ескалація' },
  aliases: [
    { text: 'escalation', lang: 'en', ambiguous: true },
    { text: 'escalatory', lang: 'en', ambiguous: true },
    { text: 'ескалація', lang: 'uk', stems: ['ескалац'], ambiguous: true },
    { text: 'эскалация', lang: 'ru', stems: ['эскалац'], ambiguous: true },
    { text: 'Eskalation', lang: 'de', ambiguous: true },
    { text: 'eskalacja', lang: 'pl', stems: ['eskalac'], ambiguous: true },
    { text: 'escalade', lang: 'fr', ambiguous: true },
  ],
  // Only the military-political sense, not rising prices or support tickets (or, in French, climbing).
  disambiguation: {
    anyOf: [
      'milit*',
      'nuclear',
      'nuklear*',
      'nucléaire',
      'ядерн*',
      'atom*',
      'war',
      'Krieg*',
      'wojn*',
      'guerre',
      'війн*',
      'войн*',
      'військ*',
      'военн*',
      'wojsk*',
      'NATO',
      'НАТО',
      'OTAN',
      ...RUSSIA_CUES,
      ...UKRAINE_CUES,
      'Kremlin',
      'Moscow',
      'Putin*',
      'troops',
      'missile',
      'conflict',
      'Konflikt',
      'конфлікт',
      'конфликт',
      'attack*',
      'strike',
    ],
    noneOf: ['ціна', 'цін', 'цена', 'цен', 'price', 'Preis*', 'ticket', 'customer', 'escalation clause', 'climbing', 'Klettern', 'grimpe', 'varappe'],
    window: 250,
  },
  summary:
    { en: 'A step-by-step increase in the intensity or scope of a conflict, for example new weapons, new territory or the entry of new participants, up to the risk of nuclear war. Fear of escalation shapes how far Western states go in supporting Ukraine and what guarantees they offer.', uk: 'Поступове посилення інтенсивності чи масштабу конфлікту — нова зброя, нові території, нові учасники — аж до ризику ядерної війни. Страх ескалації визначає, як далеко західні держави готові йти в підтримці України і які гарантії пропонують.' },
  background: [
    { en: 'Strategists since the Cold War, notably Herman Kahn in his 1965 book On Escalation, have described conflicts as a ladder of rungs from crisis to all-out nuclear war. Each side weighs whether a step will force the other to back down or provoke a stronger response.', uk: 'Стратеги ще з часів холодної війни, зокрема Герман Кан у книжці «Про ескалацію» (1965), описували конфлікти як драбину зі щаблями — від кризи до тотальної ядерної війни. Кожна сторона зважує, чи змусить її крок супротивника відступити, чи спровокує сильнішу відповідь.' },
    { en: 'Since 2022 Western debates over tanks, long-range missiles and troops for Ukraine have repeatedly turned on escalation risks, and Russia has used warnings, including nuclear ones, to discourage such steps. Critics of this caution argue that restraint has encouraged Russia; proponents argue it has avoided a direct NATO–Russia war.', uk: 'Від 2022 року західні суперечки про танки, ракети великої дальності та війська для України раз у раз зводилися до ризиків ескалації, а Росія вдавалася до погроз, зокрема ядерних, щоб відвадити від таких кроків. Критики цієї обережності вважають, що стриманість заохочувала Росію; прихильники — що вона запобігла прямій війні НАТО з Росією.' },
    { en: 'For guarantees, the question is whether a commitment deters Russia or is seen by Moscow as provocation. In March 2025, per hromadske, Russia’s foreign minister called NATO troops in Ukraine unacceptable and his deputy called a deployment an “escalatory step”.', uk: 'Щодо гарантій питання в тому, чи стримає зобов’язання Росію, чи Москва сприйме його як провокацію. У березні 2025 року, за даними hromadske, міністр закордонних справ Росії назвав війська НАТО в Україні неприйнятними, а його заступник назвав їхнє розгортання «кроком до ескалації».' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, Russian officials described a possible European contingent in Ukraine as unacceptable and escalatory, while Ukrainian analyst Alina Hrytsenko argued that a large force would act as a human shield Putin would have to destroy to keep fighting.', uk: 'Станом на березень 2025 року російські посадовці називали можливий європейський контингент в Україні неприйнятним і таким, що веде до ескалації, а українська аналітикиня Аліна Гриценко вважала, що великий контингент став би живим щитом, який Путіну довелося б знищити, щоб продовжувати війну.' },
  },
  timeline: [
    {
      date: '2022-02-24',
      text: { en: 'Russia launches its full-scale invasion; Putin warns outside states of consequences if they interfere.', uk: 'Росія розпочинає повномасштабне вторгнення; Путін погрожує наслідками іншим державам, якщо ті втрутяться.' },
    },
    { date: '2022-09-21', text: { en: 'Russia announces a partial mobilisation, and Putin warns that Russia would use all means at its disposal.', uk: 'Росія оголошує часткову мобілізацію, а Путін заявляє, що Росія застосує всі наявні засоби.' } },
    { date: '2024-11-19', text: { en: 'Russia adopts an updated nuclear doctrine that broadens the conditions under which it says it could use nuclear weapons.', uk: 'Росія ухвалює оновлену ядерну доктрину, яка розширює перелік умов, за яких, за її словами, може застосувати ядерну зброю.' } },
    { date: '2024-11-21', text: { en: 'Russia strikes Dnipro with a new intermediate-range ballistic missile, “Oreshnik”.', uk: 'Росія б’є по Дніпру новою балістичною ракетою середньої дальності «Орєшнік».' } },
  ],
  positions: [P.lavrovTroopsUnacceptable, P.hrytsenkoRussiaRejectsContingent, P.portnikovNeutralityDemand, P.trumpNatoProvokedWar],
  related: ['deterrence', 'peacekeepers', 'nuclear-umbrella', 'full-scale-invasion', 'sphere-of-influence'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
