import type { KbEntryInput } from '../schema';

export default {
  id: 'viktor-orban',
  kind: 'person',
  title: { en: 'Viktor Orbán', uk: 'Віктор Орбан' },
  aliases: [
    { text: 'Viktor Orbán', lang: 'en' },
    { text: 'Viktor Orban', lang: 'en' },
    { text: 'Orbán', lang: 'en' },
    { text: 'Orban', lang: 'en' },
    { text: 'Viktor Orbán', lang: 'de' },
    { text: 'Orbán', lang: 'de' },
    { text: 'Viktor Orbán', lang: 'pl' },
    { text: 'Orbán', lang: 'pl' },
    { text: 'Віктор Орбан', lang: 'uk' },
    { text: 'Виктор Орбан', lang: 'ru' },
    { text: 'Орбан', lang: 'ru' },
  ],
  summary: {
    en: 'Prime Minister of Hungary in 1998–2002 and again since May 2010, leader of the Fidesz party. Within the EU and NATO he is one of the most prominent opponents of arming Ukraine: Hungary sends no weapons, and he has delayed or threatened to veto EU aid, sanctions and Ukraine’s accession talks, while keeping ties with Moscow.',
    uk: 'Прем’єр-міністр Угорщини у 1998–2002 роках і знову з травня 2010 року, лідер партії «Фідес». У ЄС і НАТО — один із найпомітніших противників озброєння України: Угорщина не постачає зброї, а він затримував або погрожував ветувати допомогу ЄС, санкції та переговори про вступ України, зберігаючи зв’язки з Москвою.',
  },
  background: [
    {
      en: 'A co-founder of Fidesz in 1988, Orbán first led Hungary from 1998 to 2002 and returned to power in 2010 with a two-thirds parliamentary majority, which Fidesz and its ally won again in 2014, 2018 and 2022. The EU has disputed Hungary’s rule-of-law record and withheld some EU funds over it.',
      uk: 'Один із засновників «Фідесу» (1988), Орбан уперше очолював Угорщину у 1998–2002 роках і повернувся до влади у 2010 році з конституційною більшістю у дві третини, яку «Фідес» із союзниками знову здобували у 2014, 2018 і 2022 роках. ЄС оскаржує стан верховенства права в Угорщині і через це заморозив частину коштів для неї.',
    },
    {
      en: 'After the full-scale invasion Hungary took in refugees from Ukraine but refused to supply weapons or let them cross its territory. At the December 2023 European Council Orbán left the room so that the other 26 leaders could decide to open accession talks with Ukraine and Moldova; he blocked the €50 billion Ukraine Facility until agreeing to it on 1 February 2024. Hungary was the last ally to ratify Sweden’s NATO membership, in February 2024.',
      uk: 'Після початку повномасштабного вторгнення Угорщина приймала біженців з України, але відмовилася постачати зброю чи пропускати її своєю територією. На засіданні Європейської ради у грудні 2023 року Орбан вийшов із зали, щоб інші 26 лідерів могли ухвалити рішення про початок переговорів про вступ з Україною та Молдовою; фонд Ukraine Facility на 50 млрд євро він блокував, доки не погодився на нього 1 лютого 2024 року. Угорщина останньою з союзників ратифікувала членство Швеції в НАТО — у лютому 2024 року.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Orbán continues to oppose Ukraine’s EU membership and to call for an immediate ceasefire and negotiations; he welcomed the Trump administration’s talks with Russia. His “peace mission” of July 2024, at the start of Hungary’s EU Council presidency, took him to Kyiv, Moscow and Beijing without a mandate from the EU.',
      uk: 'Станом на червень 2025 року Орбан і далі виступає проти членства України в ЄС і закликає до негайного припинення вогню та переговорів; він схвалив переговори адміністрації Трампа з Росією. Його «мирна місія» в липні 2024 року, на початку головування Угорщини в Раді ЄС, привела його до Києва, Москви й Пекіна без мандата від ЄС.',
    },
  },
  timeline: [
    { date: '2010-05-29', text: { en: 'Returns as prime minister with a two-thirds majority.', uk: 'Повертається на посаду прем’єра з конституційною більшістю.' } },
    { date: '2022-03', text: { en: 'Hungary bars weapons shipments to Ukraine from crossing its territory.', uk: 'Угорщина забороняє транзит зброї для України своєю територією.' } },
    { date: '2023-12-14', text: { en: 'Leaves the room as EU leaders decide to open accession talks with Ukraine and Moldova.', uk: 'Виходить із зали, коли лідери ЄС ухвалюють рішення про початок переговорів про вступ з Україною та Молдовою.' } },
    { date: '2024-02-01', text: { en: 'Lifts his veto on the €50 billion EU Ukraine Facility.', uk: 'Знімає вето на фонд ЄС для України на 50 млрд євро.' } },
    { date: '2024-07-02', text: { en: 'Visits Kyiv, then Moscow (5 July) and Beijing (8 July) on a self-styled peace mission.', uk: 'Відвідує Київ, потім Москву (5 липня) і Пекін (8 липня) з так званою мирною місією.' } },
  ],
  roles: [
    { title: { en: 'Prime Minister of Hungary', uk: 'прем’єр-міністр Угорщини' }, from: '1998-07', to: '2002-05' },
    { title: { en: 'Prime Minister of Hungary', uk: 'прем’єр-міністр Угорщини' }, from: '2010-05-29', asOf: '2025-06' },
  ],
  positions: [
    {
      personId: 'viktor-orban',
      name: { en: 'Viktor Orbán', uk: 'Віктор Орбан' },
      role: { en: 'Prime Minister of Hungary (since 2010)', uk: 'прем’єр-міністр Угорщини (з 2010 року)' },
      side: { en: 'Hungarian government', uk: 'Уряд Угорщини' },
      stance: { en: 'No Hungarian weapons or arms transit for Ukraine', uk: 'Жодної угорської зброї чи транзиту зброї для України' },
      paraphrase: {
        en: 'In March 2022, after a meeting of Hungary’s national security board, Orbán said a decree made clear that no weapons shipments could be transported from Hungarian territory to Ukraine, while Hungary prepared to receive more refugees.',
        uk: 'У березні 2022 року після засідання угорської ради національної безпеки Орбан заявив, що ухвалений указ чітко забороняє транспортувати будь-які партії зброї з території Угорщини до України; водночас країна готувалася прийняти більше біженців.',
      },
      source: {
        publisher: 'About Hungary (Hungarian government)',
        title: 'PM Orbán: Hungary will not transport weapons to Ukraine',
        date: '2022-03',
        url: 'https://abouthungary.hu/news-in-brief/pm-orban-hungary-will-not-transport-weapons-to-ukraine',
      },
    },
  ],
  related: ['european-union', 'european-council', 'eu-accession-of-ukraine', 'eu-sanctions-against-russia', 'robert-fico', 'vladimir-putin'],
  sources: [
    {
      publisher: 'About Hungary (Hungarian government)',
      title: 'PM Orbán: Hungary will not transport weapons to Ukraine',
      date: '2022-03',
      url: 'https://abouthungary.hu/news-in-brief/pm-orban-hungary-will-not-transport-weapons-to-ukraine',
    },
    { publisher: 'Encyclopaedia Britannica', title: 'Viktor Orbán' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
