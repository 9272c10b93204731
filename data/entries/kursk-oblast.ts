import type { KbEntryInput } from '../schema';

export default {
  id: 'kursk-oblast',
  kind: 'place',
  title: { en: 'Kursk region (Russia)', uk: 'Курська область (Росія)' },
  aliases: [
    { text: 'Kursk region', lang: 'en' },
    { text: 'Kursk oblast', lang: 'en' },
    { text: 'Курська область', lang: 'uk', stems: ['Курськ', 'област'] },
    { text: 'Курщина', lang: 'uk', stems: ['Курщин'] },
    { text: 'Курская область', lang: 'ru', stems: ['Курск', 'област'] },
    { text: 'Oblast Kursk', lang: 'de' },
    { text: 'Gebiet Kursk', lang: 'de' },
    { text: 'Region Kursk', lang: 'de' },
    { text: 'obwód kurski', lang: 'pl', stems: ['obw', 'kursk'] },
    { text: 'obwodzie kurskim', lang: 'pl', inflect: false },
    // Bare "Kursk" is also the city, the 1943 battle and the submarine lost in 2000: only with war context.
    { text: 'Kursk', lang: 'en', ambiguous: true },
    { text: 'Курськ', lang: 'uk', stems: ['Курськ'], ambiguous: true },
    { text: 'Курск', lang: 'ru', stems: ['Курск'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'incursion', 'offensive', 'Ukrainian forces', 'Ukrainian troops', 'Sudzha', 'North Korea*', 'Syrskyi', 'Gerasimov', 'cross-border',
      'ЗСУ', 'ВСУ', 'Суджа', 'Суджі', 'Суджу', 'Судже', 'КНДР', 'північнокорейськ*', 'северокорейск*', 'наступ*', 'операці*', 'операци*', 'вторгнен*', 'Сирськ*', 'Сырск*', 'Герасимов*',
      'Sudscha', 'Nordkorea*', 'nordkoreanisch*', 'północnokoreańsk*', 'Vorstoß', 'Offensive', 'ukrainische* Truppen', 'Sudża', 'Korei Północnej', 'ofensyw*', 'wojska ukraińskie',
    ],
    noneOf: [
      'submarine', 'sailors', 'Barents', '1943', 'Battle of Kursk', 'Prokhorovka', 'tank battle',
      'підводн*', 'подводн*', 'підводний човен', 'Курська дуга', 'Курская дуга', 'Курській дузі', 'Курской дуге', 'Прохоровк*',
      'U-Boot', 'Kursker Bogen', 'Panzerschlacht', 'okręt podwodn*', 'okrętu podwodnego', 'łuk kurski', 'łuku kurskim',
    ],
    window: 300,
  },
  summary: {
    en: 'A Russian region bordering Ukraine’s Sumy oblast. In August 2024 Ukrainian forces launched a surprise cross-border offensive there and held part of it for months; Russia, reinforced by North Korean troops, pushed them back and in April 2025 claimed to have retaken it fully, which Ukraine denied.',
    uk: 'Регіон Росії, що межує із Сумською областю України. У серпні 2024 року Сили оборони несподівано зайшли туди з боями й кілька місяців утримували частину території; Росія за підтримки північнокорейських військ витіснила їх і у квітні 2025 року заявила про повне відновлення контролю, що Україна заперечила.',
  },
  background: [
    {
      en: 'On 6 August 2024 Ukrainian troops crossed the border into the Kursk region and by mid-August had taken the town of Sudzha, site of a gas metering station on the pipeline route to Europe. Kyiv sought to use the land it held as leverage in future peace talks.',
      uk: '6 серпня 2024 року українські війська перейшли кордон Курської області, а до середини серпня зайняли Суджу, де розташована газовимірювальна станція на маршруті трубопроводу до Європи. Київ розраховував використати утримувану територію як козир на майбутніх мирних переговорах.',
    },
    {
      en: 'From late 2024 North Korean soldiers fought alongside Russian forces in the region, according to South Korean and Western intelligence more than 10,000 of them. Russia retook most of the area in spring 2025. On 26 April 2025 chief of the general staff Valery Gerasimov declared the region liberated and for the first time acknowledged the North Korean troops; Ukraine’s General Staff said its units were still holding positions.',
      uk: 'З кінця 2024 року на боці російських військ у регіоні воювали солдати КНДР — за даними південнокорейської та західних розвідок, понад 10 тисяч. Навесні 2025 року Росія повернула більшу частину території. 26 квітня 2025 року начальник Генштабу РФ Валерій Герасимов оголосив про «звільнення» області й уперше визнав участь північнокорейських військ; Генштаб ЗСУ заявив, що українські підрозділи й далі утримують позиції.',
    },
  ],
  timeline: [
    { date: '2024-08-06', text: { en: 'Ukrainian forces cross into the Kursk region; by mid-August they hold the town of Sudzha.', uk: 'Сили оборони заходять у Курську область; до середини серпня вони контролюють Суджу.' } },
    { date: '2024-11', text: { en: 'North Korean troops are reported fighting alongside Russian forces in the region.', uk: 'З’являються повідомлення, що війська КНДР воюють у регіоні на боці Росії.' } },
    { date: '2025-04-26', text: { en: 'Gerasimov claims the region fully retaken and acknowledges North Korean troops; Ukraine denies it has been pushed out.', uk: 'Герасимов заявляє про повернення області й визнає участь військ КНДР; Україна заперечує, що її витіснили.' } },
  ],
  related: ['kursk-incursion', 'oleksandr-syrskyi', 'valery-gerasimov', 'storm-shadow', 'atacms'],
  sources: [
    { publisher: 'Al Jazeera', title: 'Russia says it has fully retaken Kursk, but Ukraine says fighting continues', date: '2025-04-26', url: 'https://www.aljazeera.com/news/2025/4/26/russia-says-it-has-fully-retaken-kursk-but-ukraine-says-fighting-continues' },
    { publisher: 'Euromaidan Press', title: "Ukraine's General Staff denies Kremlin's statement about withdrawal from Kursk Oblast", date: '2025-04-26', url: 'https://euromaidanpress.com/2025/04/26/ukraines-general-staff-denies-kremlins-statement-about-withdrawal-from-kursk-oblast/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
