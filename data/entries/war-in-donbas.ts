import type { KbEntryInput } from '../schema';

export default {
  id: 'war-in-donbas',
  kind: 'event',
  title: { en: 'War in Donbas (2014–2022)', uk: 'Війна на Донбасі (2014–2022)' },
  aliases: [
    { text: 'war in Donbas', lang: 'en' },
    { text: 'war in Donbass', lang: 'en' },
    { text: 'Donbas war', lang: 'en' },
    { text: 'Donbass war', lang: 'en' },
    { text: 'війна на Донбасі', lang: 'uk', stems: ['війн', 'на', 'Донбас'] },
    { text: 'АТО', lang: 'uk', caseSensitive: true, inflect: false },
    { text: 'Антитерористична операція', lang: 'uk', stems: ['Антитерористичн', 'операці'] },
    { text: 'Операція об’єднаних сил', lang: 'uk', stems: ['Операці', 'об’єднан', 'сил'] },
    { text: 'война в Донбассе', lang: 'ru', stems: ['войн', 'в', 'Донбасс'] },
    { text: 'война на Донбассе', lang: 'ru', stems: ['войн', 'на', 'Донбасс'] },
    { text: 'Krieg im Donbass', lang: 'de' },
    { text: 'Donbass-Krieg', lang: 'de' },
    { text: 'wojna w Donbasie', lang: 'pl', stems: ['wojn', 'w', 'Donbasie'] },
    { text: 'wojna na Donbasie', lang: 'pl', stems: ['wojn', 'na', 'Donbasie'] },
    { text: 'guerre du Donbass', lang: 'fr' },
  ],
  summary: {
    en: 'The armed conflict in Ukraine’s Donetsk and Luhansk regions from April 2014 until Russia’s full-scale invasion in February 2022, between Ukrainian forces and Russian-backed armed groups of the self-proclaimed “people’s republics”, reinforced by Russian troops. The UN human rights office estimated that 14,200–14,400 people were killed by the end of 2021. Russia denied taking part.',
    uk: 'Збройний конфлікт у Донецькій і Луганській областях з квітня 2014 року до повномасштабного вторгнення Росії в лютому 2022 року: українські сили воювали проти підтримуваних Росією збройних формувань самопроголошених «народних республік», яким допомагали російські війська. За даними Управління Верховного комісара ООН з прав людини, до кінця 2021 року загинули 14 200–14 400 людей. Росія свою участь заперечувала.',
  },
  background: [
    {
      en: 'In April 2014, weeks after the annexation of Crimea, armed groups seized government buildings in towns of the Donetsk and Luhansk regions; a unit led by the Russian citizen Igor Girkin took Sloviansk on 12 April. Kyiv responded with what it called an Anti-Terrorist Operation (ATO). On 11 May the self-proclaimed “Donetsk” and “Luhansk people’s republics” held “referendums” that Ukraine and Western states did not recognise.',
      uk: 'У квітні 2014 року, за кілька тижнів після анексії Криму, збройні групи захопили адміністративні будівлі в містах Донеччини й Луганщини; 12 квітня загін російського громадянина Ігоря Гіркіна захопив Слов’янськ. Київ відповів Антитерористичною операцією (АТО). 11 травня самопроголошені «ДНР» і «ЛНР» провели «референдуми», яких Україна та західні держави не визнали.',
    },
    {
      en: 'Ukrainian forces retook Sloviansk in July 2014; on 17 July flight MH17 was shot down over the area held by the armed groups. In August 2014 Ukrainian forces suffered heavy losses near Ilovaisk; Ukraine and NATO said regular Russian troops had crossed the border, which Russia denied. The Minsk agreements of September 2014 and February 2015 reduced but never ended the fighting; in 2018 the ATO became the Joint Forces Operation.',
      uk: 'У липні 2014 року українські сили звільнили Слов’янськ; 17 липня над підконтрольною бойовикам територією був збитий рейс MH17. У серпні 2014 року українські війська зазнали великих втрат під Іловайськом; Україна та НАТО заявляли, що кордон перетнули регулярні російські війська, Росія це заперечувала. Мінські домовленості вересня 2014 і лютого 2015 року зменшили інтенсивність боїв, але не припинили їх; 2018 року АТО змінила Операція об’єднаних сил.',
    },
    {
      en: 'On 21 February 2022 Russia recognised the two “republics”, and on 24 February it launched its full-scale invasion. In January 2023 the European Court of Human Rights ruled that areas held by the armed groups were under Russia’s jurisdiction from May 2014, and in July 2025 it found Russia responsible for violations there, including the downing of MH17.',
      uk: '21 лютого 2022 року Росія визнала обидві «республіки», а 24 лютого почала повномасштабне вторгнення. У січні 2023 року Європейський суд з прав людини визнав, що підконтрольні бойовикам райони з травня 2014 року перебували під юрисдикцією Росії, а в липні 2025 року визнав Росію відповідальною за порушення там, зокрема за збиття MH17.',
    },
  ],
  timeline: [
    { date: '2014-04-12', text: { en: 'Armed men led by Igor Girkin seize Sloviansk.', uk: 'Озброєні люди під проводом Ігоря Гіркіна захоплюють Слов’янськ.' } },
    { date: '2014-05-11', text: { en: '“Referendums” are held in the self-proclaimed “people’s republics”.', uk: 'У самопроголошених «народних республіках» проводять «референдуми».' } },
    { date: '2014-07-17', text: { en: 'Flight MH17 is shot down over Donetsk region; all 298 on board are killed.', uk: 'Над Донеччиною збито рейс MH17; гинуть усі 298 людей на борту.' } },
    { date: '2014-09-05', text: { en: 'The first Minsk agreement (Minsk Protocol) is signed.', uk: 'Підписано перші Мінські домовленості (Мінський протокол).' } },
    { date: '2015-02-12', text: { en: 'The second Minsk agreement (“Package of Measures”) is signed.', uk: 'Підписано другі Мінські домовленості («Комплекс заходів»).' } },
    { date: '2022-02-21', text: { en: 'Russia recognises the “Donetsk” and “Luhansk people’s republics”; three days later it invades.', uk: 'Росія визнає «ДНР» і «ЛНР»; за три дні вона починає повномасштабне вторгнення.' } },
  ],
  related: ['euromaidan', 'crimea-annexation', 'minsk-agreements', 'mh17', 'full-scale-invasion', 'donbas', 'donetsk-oblast', 'luhansk-oblast', 'normandy-format'],
  sources: [
    { publisher: 'UN Office of the High Commissioner for Human Rights (OHCHR)', title: 'Conflict-related civilian casualties in Ukraine (as of 31 December 2021)', date: '2022-01' },
    { publisher: 'European Court of Human Rights', title: 'Ukraine and the Netherlands v. Russia (applications nos. 8019/16, 43800/14 and 28525/20), Grand Chamber admissibility decision', date: '2023-01-25' },
    { publisher: 'European Court of Human Rights', title: 'Ukraine and the Netherlands v. Russia, Grand Chamber judgment', date: '2025-07-09' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
