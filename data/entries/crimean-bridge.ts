import type { KbEntryInput } from '../schema';

export default {
  id: 'crimean-bridge',
  kind: 'place',
  title: { en: 'Crimean bridge (Kerch bridge)', uk: 'Кримський міст' },
  aliases: [
    { text: 'Crimean bridge', lang: 'en' },
    { text: 'Crimea bridge', lang: 'en' },
    { text: 'Kerch bridge', lang: 'en' },
    { text: 'Kerch Strait bridge', lang: 'en' },
    { text: 'Кримський міст', lang: 'uk', stems: ['Кримськ', 'міст'] },
    { text: 'Кримського мосту', lang: 'uk', stems: ['Кримськ', 'мост'] },
    { text: 'Керченський міст', lang: 'uk', stems: ['Керченськ', 'міст'] },
    { text: 'Керченського мосту', lang: 'uk', stems: ['Керченськ', 'мост'] },
    { text: 'Крымский мост', lang: 'ru', stems: ['Крымск', 'мост'] },
    { text: 'Керченский мост', lang: 'ru', stems: ['Керченск', 'мост'] },
    { text: 'Krim-Brücke', lang: 'de' },
    { text: 'Krimbrücke', lang: 'de' },
    { text: 'Kertsch-Brücke', lang: 'de' },
    { text: 'Brücke von Kertsch', lang: 'de' },
    { text: 'most Krymski', lang: 'pl', stems: ['most', 'Krymsk'] },
    { text: 'moście Krymskim', lang: 'pl', inflect: false },
    { text: 'most Kerczeński', lang: 'pl', stems: ['most', 'Kerczeńsk'] },
    { text: 'pont de Crimée', lang: 'fr' },
  ],
  summary: {
    en: 'A 19-kilometre road and rail bridge across the Kerch Strait, built by Russia after the 2014 occupation to link Crimea with the Russian mainland. It is a key supply route for Russian forces in southern Ukraine, and Ukraine attacked it in October 2022 and July 2023.',
    uk: 'Дев’ятнадцятикілометровий автомобільний і залізничний міст через Керченську протоку, який Росія збудувала після окупації 2014 року, щоб з’єднати Крим зі своєю територією. Це ключовий маршрут постачання російських військ на півдні України; Україна атакувала міст у жовтні 2022 та липні 2023 року.',
  },
  background: [
    {
      en: 'Putin opened the road section in May 2018 and the railway in December 2019. Ukraine regards the bridge as built illegally on its territory without its consent, and the EU imposed sanctions on companies involved in its construction. Before the full-scale invasion it was the only fixed link between Russia and the occupied peninsula.',
      uk: 'Автомобільну частину Путін відкрив у травні 2018 року, залізничну — у грудні 2019-го. Україна вважає міст незаконно збудованим на її території без її згоди, а ЄС запровадив санкції проти компаній, причетних до будівництва. До повномасштабного вторгнення це був єдиний сухопутний зв’язок між Росією та окупованим півостровом.',
    },
    {
      en: 'On 8 October 2022 an explosion, which Russian officials said came from a truck bomb, brought down road spans and set a fuel train on fire; Ukraine’s security service later acknowledged responsibility. On 17 July 2023 Ukrainian naval drones damaged a road span again. Russia has since added barriers and other defences around the bridge.',
      uk: '8 жовтня 2022 року вибух, який російські посадовці пов’язали з вантажівкою зі вибухівкою, обвалив прольоти автомобільної частини й спричинив пожежу на залізничному складі з пальним; згодом СБУ визнала свою причетність. 17 липня 2023 року українські морські дрони знову пошкодили проліт автомобільного мосту. Відтоді Росія встановила навколо мосту загородження та інші засоби захисту.',
    },
  ],
  timeline: [
    { date: '2018-05', text: { en: 'Putin opens the road section of the bridge.', uk: 'Путін відкриває автомобільну частину мосту.' } },
    { date: '2019-12', text: { en: 'The railway section opens.', uk: 'Відкривається залізнична частина.' } },
    { date: '2022-10-08', text: { en: 'An explosion brings down spans of the road bridge and sets a fuel train on fire.', uk: 'Вибух обвалює прольоти автомобільного мосту й спричиняє пожежу на потязі з пальним.' } },
    { date: '2023-07-17', text: { en: 'Ukrainian naval drones damage the road bridge again.', uk: 'Українські морські дрони знову пошкоджують автомобільний міст.' } },
  ],
  related: ['crimea', 'crimea-annexation', 'sevastopol', 'black-sea-fleet', 'sbu'],
  sources: [
    { publisher: 'Wikipedia', title: '2022 Crimean Bridge explosion' },
    { publisher: 'Wikipedia', title: '2023 Crimean Bridge explosion' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
