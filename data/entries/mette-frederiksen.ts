import type { KbEntryInput } from '../schema';

export default {
  id: 'mette-frederiksen',
  kind: 'person',
  title: { en: 'Mette Frederiksen', uk: 'Метте Фредеріксен' },
  aliases: [
    { text: 'Mette Frederiksen', lang: 'en' },
    { text: 'Mette Frederiksen', lang: 'pl', inflect: false },
    // Frederiksen is a very common Danish surname: the bare form needs a cue for the prime minister.
    { text: 'Frederiksen', lang: 'en', ambiguous: true },
    { text: 'Frederiksen', lang: 'de', ambiguous: true },
    { text: 'Frederiksen', lang: 'pl', inflect: false, ambiguous: true },
    { text: 'Метте Фредеріксен', lang: 'uk', inflect: false },
    { text: 'Фредеріксен', lang: 'uk', inflect: false, ambiguous: true },
    { text: 'Метте Фредериксен', lang: 'ru', inflect: false },
    { text: 'Фредериксен', lang: 'ru', inflect: false, ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Mette', 'Метте',
      'prime minister', 'premier*', 'Ministerpräsident*', 'Regierungschef*', 'statsminister', 'прем’єр*', "прем'єр*", 'премьер*',
      'Denmark', 'Danish', 'Dänemark', 'dänisch*', 'Dani*', 'duńsk*', 'Дані*', 'данськ*', 'Дани*', 'датск*', 'Copenhagen', 'Kopenhagen', 'Kopenhag*', 'Копенгаген*',
      'Greenland', 'Grönland', 'Grenlandi*', 'Гренланді*', 'Гренланди*', 'Social Democrat*', 'Sozialdemokrat*',
      'Ukrain*', 'Україн*', 'Украин*', 'Russia*', 'Russland', 'Rosj*', 'Росі*', 'Росси*', 'NATO', 'НАТО', 'Trump*', 'Трамп*',
    ],
    noneOf: ['football*', 'Fußball*', 'piłk*', 'футбол*', 'handball*', 'Handball*'],
    window: 300,
  },
  summary: {
    en: 'Prime Minister of Denmark since June 2019 and leader of the Social Democrats. Denmark has been one of Ukraine’s largest military donors relative to its size (Kiel Institute), co-leading the coalition that trained Ukrainian pilots and supplied F-16s, and in 2025 she rejected Donald Trump’s calls for the US to take over Greenland.',
    uk: 'Прем’єр-міністерка Данії з червня 2019 року, лідерка соціал-демократів. Данія — один із найбільших військових донорів України відносно свого розміру (за даними Кільського інституту): вона разом із Нідерландами очолила коаліцію, що навчала українських пілотів і передала F-16, а у 2025 році Фредеріксен відкинула заклики Дональда Трампа до переходу Гренландії під контроль США.',
  },
  background: [
    {
      en: 'Frederiksen became leader of the Social Democrats in 2015 and prime minister on 27 June 2019, Denmark’s youngest. In 2022 she formed a cross-bloc coalition government. After Russia’s full-scale invasion Denmark gave Ukraine all its CAESAR howitzers and pioneered the “Danish model” of funding weapons production inside Ukraine.',
      uk: 'Фредеріксен очолила соціал-демократів у 2015 році, а 27 червня 2019 року стала наймолодшою в історії Данії прем’єркою. У 2022 році сформувала міжблоковий коаліційний уряд. Після повномасштабного вторгнення Росії Данія передала Україні всі свої гаубиці CAESAR і першою запровадила «данську модель» — фінансування виробництва зброї безпосередньо в Україні.',
    },
    {
      en: 'In August 2023 Denmark and the Netherlands announced they would transfer F-16 fighter jets to Ukraine. In January 2025, after Trump refused to rule out using force to acquire Greenland, an autonomous territory of the Danish realm, Frederiksen said Greenland was not for sale and increased spending on Arctic security.',
      uk: 'У серпні 2023 року Данія та Нідерланди оголосили про передачу Україні винищувачів F-16. У січні 2025 року, після того як Трамп не виключив застосування сили для отримання Гренландії — автономної території у складі Королівства Данія, — Фредеріксен заявила, що Гренландія не продається, і збільшила видатки на безпеку в Арктиці.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, Frederiksen was among the European leaders pressing for faster rearmament and sustained aid to Ukraine, while managing the dispute with the Trump administration over Greenland; Denmark held the rotating presidency of the Council of the EU from 1 July 2025.',
      uk: 'Станом на липень 2025 року Фредеріксен була серед європейських лідерів, що закликали пришвидшити переозброєння й не послаблювати допомогу Україні, водночас залагоджуючи суперечку з адміністрацією Трампа щодо Гренландії; з 1 липня 2025 року Данія головувала в Раді ЄС.',
    },
  },
  timeline: [
    { date: '2019-06-27', text: { en: 'Becomes Prime Minister of Denmark.', uk: 'Стає прем’єр-міністеркою Данії.' } },
    { date: '2023-08-20', text: { en: 'Announces with the Netherlands the transfer of F-16s to Ukraine during a visit by Zelenskyy.', uk: 'Під час візиту Зеленського разом із Нідерландами оголошує про передачу Україні F-16.' } },
    { date: '2025-01', text: { en: 'Rejects Trump’s calls for the US to acquire Greenland.', uk: 'Відкидає заклики Трампа до переходу Гренландії під контроль США.' } },
    { date: '2025-07-01', text: { en: 'Denmark takes over the rotating presidency of the Council of the EU.', uk: 'Данія починає головування в Раді ЄС.' } },
  ],
  roles: [
    { title: { en: 'Prime Minister of Denmark', uk: 'Прем’єр-міністерка Данії' }, from: '2019-06-27', asOf: '2025-07' },
  ],
  related: ['f-16', 'mark-rutte', 'european-union', 'nato', 'donald-trump', 'coalition-of-the-willing'],
  sources: [
    { publisher: 'Kiel Institute for the World Economy', title: 'Ukraine Support Tracker' },
    { publisher: 'Wikipedia', title: 'Mette Frederiksen' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
