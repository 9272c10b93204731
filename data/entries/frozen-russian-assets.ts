import type { KbEntryInput } from '../schema';
import { KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'frozen-russian-assets',
  kind: 'concept',
  title: { en: 'Frozen Russian assets', uk: 'Заморожені російські активи' },
  aliases: [
    { text: 'frozen Russian assets', lang: 'en' },
    { text: 'immobilised Russian assets', lang: 'en' },
    { text: 'immobilized Russian assets', lang: 'en' },
    { text: 'Russian frozen assets', lang: 'en' },
    { text: 'frozen Russian central bank assets', lang: 'en' },
    { text: 'Russian sovereign assets', lang: 'en' },
    { text: 'reparations loan', lang: 'en' },
    { text: 'заморожені російські активи', lang: 'uk', stems: ['заморожен', 'російськ', 'актив'] },
    { text: 'заморожені активи Росії', lang: 'uk', stems: ['заморожен', 'актив', 'Росі'] },
    { text: 'репараційний кредит', lang: 'uk', stems: ['репараційн', 'кредит'] },
    { text: 'замороженные российские активы', lang: 'ru', stems: ['замороженн', 'российск', 'актив'] },
    { text: 'замороженные активы России', lang: 'ru', stems: ['замороженн', 'актив', 'Росси'] },
    { text: 'eingefrorene russische Vermögen', lang: 'de', stems: ['eingefroren', 'russisch', 'Vermög'] },
    { text: 'russisches Staatsvermögen', lang: 'de', stems: ['russisch', 'Staatsvermög'] },
    { text: 'Reparationsdarlehen', lang: 'de' },
    { text: 'zamrożone rosyjskie aktywa', lang: 'pl', stems: ['zamrożon', 'rosyjsk', 'aktyw'] },
    { text: 'zamrożone aktywa Rosji', lang: 'pl', stems: ['zamrożon', 'aktyw', 'Rosji'] },
    { text: 'pożyczka reparacyjna', lang: 'pl', stems: ['pożyczk', 'reparacyjn'] },
    { text: 'avoirs russes gelés', lang: 'fr' },
  ],
  summary: {
    en: 'Reserves of Russia’s central bank blocked in the EU, the G7 and other countries since February 2022, which Russia’s finance minister put at about $300 billion in March 2022; most are at the Belgian depository Euroclear. The income they earn already funds loans to Ukraine; whether the assets themselves may be used is disputed.',
    uk: 'Резерви Центрального банку Росії, заблоковані в ЄС, країнах G7 та інших державах з лютого 2022 року; у березні 2022 року міністр фінансів Росії оцінив їх приблизно в 300 мільярдів доларів. Більшість зберігається в бельгійському депозитарії Euroclear. Доходи від них уже спрямовують на кредити Україні; чи можна використати самі активи — предмет суперечок.',
  },
  background: [
    {
      en: 'Days after the full-scale invasion, Western governments barred transactions with the Bank of Russia, immobilising the part of its reserves held in their jurisdictions. According to the European Commission, about €210 billion of these assets are in the EU, most of them at Euroclear in Brussels. Owners keep the title to immobilised assets, so their use raises questions of sovereign immunity.',
      uk: 'За кілька днів після повномасштабного вторгнення західні уряди заборонили операції з Банком Росії й таким чином знерухомили частину його резервів, що зберігалася в їхніх юрисдикціях. За даними Європейської комісії, близько 210 мільярдів євро цих активів перебувають в ЄС, переважно в Euroclear у Брюсселі. Власник зберігає право власності на знерухомлені активи, тож їх використання зачіпає питання суверенного імунітету.',
    },
    {
      en: 'In April 2024 the US adopted the REPO Act, which allows Russian sovereign assets in the US to be seized for Ukraine. In May 2024 the EU decided to channel the windfall profits earned on the assets to Ukraine, and in June 2024 the G7 agreed loans of about $50 billion to Ukraine to be repaid from those profits (ERA loans).',
      uk: 'У квітні 2024 року США ухвалили закон REPO Act, який дозволяє конфіскувати російські суверенні активи в США на користь України. У травні 2024 року ЄС вирішив спрямовувати Україні надприбутки від цих активів, а в червні 2024 року країни G7 домовилися про кредити Україні на близько 50 мільярдів доларів, які погашатимуть із цих прибутків (кредити ERA).',
    },
    {
      en: 'In September 2025 the European Commission proposed a “reparations loan”: the cash balances linked to the assets would fund a loan that Ukraine would repay only if Russia paid reparations. Belgium, which hosts Euroclear, demanded that the legal and financial risks be shared, and on 23 October 2025 EU leaders postponed a decision.',
      uk: 'У вересні 2025 року Європейська комісія запропонувала «репараційний кредит»: кошти, пов’язані з активами, фінансуватимуть позику, яку Україна поверне лише тоді, коли Росія виплатить репарації. Бельгія, де розташований Euroclear, вимагала розділити юридичні та фінансові ризики, і 23 жовтня 2025 року лідери ЄС відклали рішення.',
    },
  ],
  whyNow: {
    asOf: '2025-10',
    text: {
      en: 'As of October 2025, EU leaders had asked the Commission to set out options for Ukraine’s financing in 2026–2027, including the reparations loan, after Belgium blocked an agreement in principle; Russia said any use of the assets would be theft and threatened retaliation.',
      uk: 'Станом на жовтень 2025 року лідери ЄС доручили Єврокомісії підготувати варіанти фінансування України на 2026–2027 роки, зокрема репараційний кредит, після того як Бельгія заблокувала принципову згоду; Росія називала будь-яке використання активів крадіжкою й погрожувала відповіддю.',
    },
  },
  timeline: [
    { date: '2022-02-28', text: { en: 'EU ban on transactions with the Bank of Russia takes effect, immobilising its reserves in the EU.', uk: 'Набуває чинності заборона ЄС на операції з Банком Росії, що знерухомлює його резерви в ЄС.' } },
    { date: '2024-04-24', text: { en: 'The US REPO Act becomes law as part of the foreign aid package.', uk: 'Закон США REPO Act набуває чинності у складі пакета іноземної допомоги.' } },
    { date: '2024-05-21', text: { en: 'The EU decides to use windfall profits from the immobilised assets for Ukraine.', uk: 'ЄС ухвалює рішення використовувати надприбутки від знерухомлених активів на користь України.' } },
    { date: '2024-06-13', text: { en: 'G7 leaders agree loans of about $50 billion to Ukraine backed by the profits.', uk: 'Лідери G7 погоджують кредити Україні на близько 50 мільярдів доларів, забезпечені цими прибутками.' } },
    { date: '2025-09-10', text: { en: 'Ursula von der Leyen proposes a reparations loan in her State of the Union address.', uk: 'Урсула фон дер Ляєн пропонує репараційний кредит у промові про стан Союзу.' } },
    { date: '2025-10-23', text: { en: 'EU leaders postpone a decision on the reparations loan after Belgian objections.', uk: 'Лідери ЄС відкладають рішення щодо репараційного кредиту через заперечення Бельгії.' } },
  ],
  positions: [
    {
      personId: 'ursula-von-der-leyen',
      name: { en: 'Ursula von der Leyen', uk: 'Урсула фон дер Ляєн' },
      role: { en: 'President of the European Commission (since December 2019)', uk: 'президентка Європейської комісії (з грудня 2019 року)' },
      side: { en: 'European Commission', uk: 'Європейська комісія' },
      stance: { en: 'Fund a reparations loan with the cash balances', uk: 'Профінансувати репараційний кредит коштом цих активів' },
      paraphrase: {
        en: 'Proposed on 10 September 2025 that the cash balances tied to the immobilised assets fund a loan to Ukraine, repaid only once Russia pays reparations, without touching the assets themselves.',
        uk: '10 вересня 2025 року запропонувала, щоб кошти, пов’язані зі знерухомленими активами, профінансували кредит Україні, який повертатимуть лише після виплати Росією репарацій, не зачіпаючи самих активів.',
      },
      source: { publisher: 'European Commission', title: '2025 State of the Union Address by President von der Leyen', date: '2025-09-10' },
    },
    {
      name: { en: 'Bart De Wever', uk: 'Барт Де Вевер' },
      role: { en: 'Prime Minister of Belgium (since February 2025)', uk: 'прем’єр-міністр Бельгії (з лютого 2025 року)' },
      side: { en: 'Belgian government', uk: 'Уряд Бельгії' },
      stance: { en: 'Only if all EU states share the risks', uk: 'Лише якщо всі країни ЄС розділять ризики' },
      paraphrase: {
        en: 'At the EU summit of 23 October 2025 demanded that the financial and legal risks be fully shared, with guarantees from all member states, and that Russian assets held in other European countries be included; he warned of Russian retaliation.',
        uk: 'На саміті ЄС 23 жовтня 2025 року вимагав, щоб фінансові та юридичні ризики повністю розділили всі держави-члени, надавши гарантії, і щоб до механізму залучили російські активи, які зберігаються в інших європейських країнах; попереджав про можливу відповідь Росії.',
      },
      source: { publisher: 'Euronews', title: 'Belgian resistance holds up €140 billion loan for Ukraine at EU summit', date: '2025-10' },
    },
    {
      personId: 'vladimir-putin',
      name: { en: 'Vladimir Putin', uk: 'Володимир Путін' },
      role: { en: 'President of Russia (since 2012; also 2000–2008)', uk: 'Президент Росії (з 2012 року; також у 2000–2008 роках)' },
      side: { en: 'Russian government', uk: 'Уряд Росії' },
      stance: { en: 'Any use of the assets is theft', uk: 'Будь-яке використання активів — крадіжка' },
      paraphrase: {
        en: 'On 14 June 2024, as the G7 agreed loans backed by the assets’ profits, called the Western measures theft and said it would not go unpunished.',
        uk: '14 червня 2024 року, коли G7 погоджувала кредити під прибутки від активів, назвав західні заходи крадіжкою і заявив, що вона не залишиться безкарною.',
      },
      source: KREMLIN_2024_06_14,
    },
  ],
  related: ['sanctions', 'eu-sanctions-against-russia', 'g7', 'european-commission', 'european-council', 'ursula-von-der-leyen', 'peace-deal'],
  sources: [
    { publisher: 'Reuters', title: 'Sanctions have frozen around $300 bln of Russian reserves, FinMin says', date: '2022-03-13' },
    { publisher: 'Council of the EU', title: 'Russia’s military aggression against Ukraine: EU bans transactions with the Russian Central Bank', date: '2022-02-28' },
    { publisher: 'Council of the EU', title: 'Decision on the use of windfall profits from immobilised Russian assets to support Ukraine', date: '2024-05-21' },
    { publisher: 'G7', title: 'Apulia G7 Leaders’ Communiqué', date: '2024-06-14' },
    { publisher: 'European Commission', title: '2025 State of the Union Address by President von der Leyen', date: '2025-09-10' },
    { publisher: 'European Council', title: 'European Council conclusions, 23 October 2025', date: '2025-10-23' },
    { publisher: 'Euronews', title: 'Belgian resistance holds up €140 billion loan for Ukraine at EU summit', date: '2025-10' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
