import type { KbEntryInput } from '../schema';
import { UNGA_RES_68_262 } from '../sources';

export default {
  id: 'crimea',
  kind: 'place',
  title: { en: 'Crimea', uk: 'Крим' },
  aliases: [
    { text: 'Crimea', lang: 'en' },
    { text: 'Crimean peninsula', lang: 'en' },
    { text: 'Крим', lang: 'uk', stems: ['Крим'] },
    { text: 'Кримський півострів', lang: 'uk', stems: ['Кримськ', 'півостр'] },
    { text: 'Крым', lang: 'ru', stems: ['Крым'] },
    { text: 'Крымский полуостров', lang: 'ru', stems: ['Крымск', 'полуостров'] },
    { text: 'Krim', lang: 'de' },
    { text: 'Halbinsel Krim', lang: 'de' },
    { text: 'Krym', lang: 'pl', stems: ['Krym'] },
    { text: 'Półwysep Krymski', lang: 'pl', stems: ['Półwysep', 'Krymsk'] },
    { text: 'Półwyspu Krymskiego', lang: 'pl', inflect: false },
    { text: 'Półwyspie Krymskim', lang: 'pl', inflect: false },
    { text: 'Crimée', lang: 'fr' },
  ],
  summary: {
    en: 'A Black Sea peninsula made up of the Autonomous Republic of Crimea and the city of Sevastopol. Russia has occupied it since February–March 2014 and claims to have annexed it. In resolution 68/262 the UN General Assembly affirmed Ukraine’s territorial integrity within its internationally recognised borders and called on states not to recognise any change in Crimea’s status.',
    uk: 'Півострів на північному узбережжі Чорного моря, до складу якого входять Автономна Республіка Крим і місто Севастополь. З лютого–березня 2014 року Крим окупований Росією, яка оголосила про його «приєднання». Генасамблея ООН у резолюції 68/262 підтвердила територіальну цілісність України в міжнародно визнаних кордонах і закликала держави не визнавати жодних змін статусу Криму.',
  },
  background: [
    {
      en: 'Crimea was transferred from the Russian to the Ukrainian Soviet republic in 1954 and remained part of Ukraine at independence in 1991, as an autonomous republic; Sevastopol, base of Russia’s Black Sea Fleet under agreements with Ukraine, had a special status. The Crimean Tatars, the peninsula’s indigenous people, were deported en masse by the Soviet authorities in May 1944 and returned in large numbers from the late 1980s.',
      uk: 'У 1954 році Крим передали зі складу Російської РФСР до Української РСР, і після проголошення незалежності 1991 року він залишився в Україні як автономна республіка; Севастополь, де за угодами з Україною базувався Чорноморський флот РФ, мав особливий статус. Корінний народ півострова — кримських татар — радянська влада в травні 1944 року депортувала; масове повернення почалося наприкінці 1980-х.',
    },
    {
      en: 'In February–March 2014 Russian troops without insignia seized the peninsula, and after a “referendum” under military control Russia declared it annexed (see the annexation of Crimea). Since 2022 Crimea has been a base and supply route for Russia’s invasion of southern Ukraine; Ukraine has struck military targets there, including the Black Sea Fleet in Sevastopol and the Crimean bridge.',
      uk: 'У лютому–березні 2014 року російські військові без розпізнавальних знаків захопили півострів, і після «референдуму» під контролем армії Росія оголосила про його «приєднання» (див. анексію Криму). Від 2022 року Крим слугує Росії плацдармом і шляхом постачання для наступу на півдні України; Україна уражає там військові цілі, зокрема Чорноморський флот у Севастополі та Кримський міст.',
    },
  ],
  whyNow: {
    asOf: '2025-04',
    text: {
      en: 'As of April 2025, Crimea’s status had become a point in US-led talks on ending the war: media reported that a US proposal included recognising Crimea as Russian. On 22 April President Zelenskyy said Ukraine would not legally recognise the occupation; the Kremlin says the peninsula’s status is not open to discussion.',
      uk: 'Станом на квітень 2025 року статус Криму став одним із питань переговорів про завершення війни за посередництва США: ЗМІ повідомили, що американська пропозиція передбачала визнання Криму російським. 22 квітня президент Зеленський заявив, що Україна юридично не визнає окупацію; у Кремлі кажуть, що статус півострова не обговорюється.',
    },
  },
  timeline: [
    { date: '1954', text: { en: 'Crimea is transferred from the Russian SFSR to the Ukrainian SSR.', uk: 'Крим передано зі складу РРФСР до складу УРСР.' } },
    { date: '2014-03-18', text: { en: 'Russia signs a treaty declaring the annexation of Crimea and Sevastopol.', uk: 'Росія підписує «договір» про приєднання Криму та Севастополя.' } },
    { date: '2014-03-27', text: { en: 'UN General Assembly resolution 68/262 affirms Ukraine’s territorial integrity and calls the referendum invalid.', uk: 'Резолюція Генасамблеї ООН 68/262 підтверджує територіальну цілісність України й визнає «референдум» недійсним.' } },
    { date: '2021-08-23', text: { en: 'Ukraine holds the first summit of the Crimea Platform in Kyiv.', uk: 'У Києві відбувається перший саміт Кримської платформи.' } },
    { date: '2025-04-22', text: { en: 'Zelenskyy says Ukraine will not legally recognise the occupation of Crimea.', uk: 'Зеленський заявляє, що Україна юридично не визнає окупацію Криму.' } },
  ],
  positions: [
    {
      personId: 'volodymyr-zelenskyy',
      name: { en: 'Volodymyr Zelenskyy', uk: 'Володимир Зеленський' },
      role: { en: 'President of Ukraine (since May 2019)', uk: 'президент України (з травня 2019 року)' },
      side: { en: 'Ukrainian government', uk: 'Уряд України' },
      stance: { en: 'Ukraine will not legally recognise the occupation', uk: 'Україна юридично не визнає окупацію Криму' },
      paraphrase: {
        en: 'On 22 April 2025, asked about reported US proposals, he said Crimea is Ukrainian territory, that recognising the occupation would violate the constitution, and that there was nothing to discuss.',
        uk: '22 квітня 2025 року, коментуючи повідомлення про американські пропозиції, він заявив, що Крим — територія України, визнання окупації суперечило б Конституції, і обговорювати тут нічого.',
      },
      source: {
        publisher: 'The Kyiv Independent',
        title: "Zelensky rules out recognizing Crimea as Russian, warns against legitimizing Putin's game",
        date: '2025-04-22',
        url: 'https://kyivindependent.com/zelensky-rules-out-recognizing-crimea-as-russian-warns-against-legitimizing-putins-game',
      },
    },
    {
      personId: 'dmitry-peskov',
      name: { en: 'Dmitry Peskov', uk: 'Дмитро Пєсков' },
      role: { en: 'Kremlin spokesman (since 2012)', uk: 'прессекретар президента Росії (з 2012 року)' },
      side: { en: 'Russian government', uk: 'Уряд Росії' },
      stance: { en: 'Crimea is Russian; its status is not negotiable', uk: 'Крим — російський, його статус не обговорюється' },
      paraphrase: {
        en: 'In February 2017, after the White House said it expected Russia to return Crimea, he called Crimea Russian territory and said Russia does not discuss its territories with foreign partners; the Kremlin has kept this line since.',
        uk: 'У лютому 2017 року, після заяви Білого дому про очікування, що Росія поверне Крим, він назвав півострів російською територією й сказав, що Росія не обговорює свої території з іноземними партнерами. Цієї лінії Кремль дотримується й надалі.',
      },
      source: {
        publisher: 'RFE/RL',
        title: "Russia Won't Discuss Crimea, Dismisses Report Of Contacts With Trump Team",
        date: '2017-02-15',
        url: 'https://www.rferl.org/a/russia-won-t-discuss-crimea-u-s/28311014.html',
      },
    },
  ],
  related: ['crimea-annexation', 'sevastopol', 'crimean-bridge', 'black-sea-fleet', 'unga-resolution-68-262', 'occupied-territories', 'territorial-concessions'],
  sources: [UNGA_RES_68_262],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
