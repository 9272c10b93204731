import type { KbEntryInput } from '../schema';
import { UNGA_RES_68_262 } from '../sources';
import { RU_UA_WAR_CUES, OTHER_CONFLICT_CUES } from './ceasefire';

export default {
  id: 'occupied-territories',
  kind: 'concept',
  title: { en: 'Occupied territories of Ukraine', uk: 'Тимчасово окуповані території України' },
  aliases: [
    { text: 'occupied territories of Ukraine', lang: 'en' },
    { text: 'temporarily occupied territories', lang: 'en' },
    { text: 'Russian-occupied territories', lang: 'en' },
    // Bare forms also name the Palestinian territories, Karabakh before 2020, northern Cyprus …
    { text: 'occupied territories', lang: 'en', ambiguous: true },
    { text: 'occupied areas', lang: 'en', ambiguous: true },
    { text: 'тимчасово окуповані території', lang: 'uk', stems: ['тимчасово', 'окупован', 'територ'] },
    { text: 'ТОТ', lang: 'uk', caseSensitive: true, ambiguous: true },
    { text: 'окуповані території', lang: 'uk', stems: ['окупован', 'територ'], ambiguous: true },
    { text: 'оккупированные территории', lang: 'ru', stems: ['оккупированн', 'территор'], ambiguous: true },
    { text: 'besetzte Gebiete', lang: 'de', stems: ['besetzt', 'Gebiet'], ambiguous: true },
    { text: 'okupowane terytoria', lang: 'pl', stems: ['okupowan', 'terytori'], ambiguous: true },
    { text: 'territoires occupés', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: RU_UA_WAR_CUES,
    noneOf: [...OTHER_CONFLICT_CUES, 'Palestin*', 'Палестин*', 'West Bank', 'Westjordanland', 'Zachodni Brzeg', 'Zachodnim Brzegu', 'Західний берег', 'Західному березі', 'Западный берег', 'Западном берегу', 'Cyprus', 'Zypern', 'Cypr*', 'Кіпр*', 'Кипр*', 'Golan', 'Голан*'],
    window: 300,
  },
  summary: {
    en: 'Parts of Ukraine under Russian military control: Crimea and parts of Donbas since 2014, and since 2022 further areas of the south and east: in all, nearly a fifth of Ukraine’s territory, according to Ukrainian officials. Ukrainian law calls them “temporarily occupied territories”; Russia claims several of them as its own, which the UN General Assembly rejects.',
    uk: 'Частини України під військовим контролем Росії: Крим і частина Донбасу з 2014 року, а з 2022 року — ще й території на півдні та сході: загалом, за даними української влади, майже п’ята частина території України. Український закон називає їх «тимчасово окупованими територіями»; Росія оголосила кілька з них своїми, що Генасамблея ООН відкидає.',
  },
  background: [
    {
      en: 'Ukraine’s law of 15 April 2014 on the rights of citizens and the legal regime on the temporarily occupied territory first covered Crimea and Sevastopol; later laws extended the status to the areas of Donetsk and Luhansk regions outside Kyiv’s control. The UN General Assembly affirmed Ukraine’s territorial integrity in resolution 68/262 of March 2014 and rejected Russia’s 2022 annexation claims in resolution ES-11/4.',
      uk: 'Закон України від 15 квітня 2014 року про забезпечення прав і свобод громадян та правовий режим на тимчасово окупованій території спершу стосувався Криму й Севастополя; пізніші закони поширили цей статус на непідконтрольні Києву райони Донецької та Луганської областей. Генасамблея ООН підтвердила територіальну цілісність України резолюцією 68/262 у березні 2014 року і відкинула російські претензії на анексію 2022 року резолюцією ES-11/4.',
    },
    {
      en: 'After the full-scale invasion Ukraine regained the Kyiv, Chernihiv and Sumy regions in spring 2022, much of the Kharkiv region in September 2022 and the city of Kherson in November 2022. UN human rights monitors have documented detentions, forced transfers of children and pressure to take Russian passports in occupied areas.',
      uk: 'Після повномасштабного вторгнення Україна навесні 2022 року звільнила Київщину, Чернігівщину й Сумщину, у вересні 2022 року — більшу частину Харківщини, а в листопаді 2022 року — Херсон. Моніторингова місія ООН з прав людини задокументувала на окупованих територіях затримання, примусове переміщення дітей і тиск з метою змусити людей отримати російські паспорти.',
    },
  ],
  whyNow: {
    asOf: '2025-08',
    text: {
      en: 'As of August 2025, the fate of the occupied territories was the hardest question in talks on ending the war: Russia maintained its demand for the whole of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions, while Ukraine and European governments rejected any legal recognition of Russian control.',
      uk: 'Станом на серпень 2025 року доля окупованих територій була найскладнішим питанням переговорів про завершення війни: Росія й далі вимагала повністю Донецьку, Луганську, Запорізьку та Херсонську області, а Україна та європейські уряди відкидали будь-яке юридичне визнання російського контролю.',
    },
  },
  timeline: [
    { date: '2014-03', text: { en: 'Russia occupies and annexes Crimea.', uk: 'Росія окуповує та анексує Крим.' } },
    { date: '2014-04-15', text: { en: 'Ukraine adopts its law on the temporarily occupied territory.', uk: 'Україна ухвалює закон про тимчасово окуповану територію.' } },
    { date: '2022-04', text: { en: 'Russian forces withdraw from the Kyiv, Chernihiv and Sumy regions.', uk: 'Російські війська відходять з Київщини, Чернігівщини та Сумщини.' } },
    { date: '2022-09-30', text: { en: 'Russia claims to annex four Ukrainian regions.', uk: 'Росія оголошує про «приєднання» чотирьох українських областей.' } },
    { date: '2022-11-11', text: { en: 'Ukrainian forces re-enter Kherson.', uk: 'Українські сили заходять у Херсон.' } },
  ],
  related: ['territorial-concessions', 'contact-line', 'crimea-annexation', 'donbas', 'liberation-of-kherson', 'kharkiv-counteroffensive-2022', 'icc-arrest-warrant-for-putin', 'unga-resolution-68-262'],
  sources: [
    { publisher: 'Verkhovna Rada of Ukraine', title: 'Law of Ukraine “On ensuring the rights and freedoms of citizens and the legal regime on the temporarily occupied territory of Ukraine”', date: '2014-04-15' },
    UNGA_RES_68_262,
    { publisher: 'United Nations General Assembly', title: 'Resolution ES-11/4: Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations', date: '2022-10-12' },
    { publisher: 'OHCHR', title: 'Reports of the UN Human Rights Monitoring Mission in Ukraine', date: '2025' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
