import type { KbEntryInput } from '../schema';
import { KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'kherson',
  kind: 'place',
  title: { en: 'Kherson', uk: 'Херсон' },
  aliases: [
    { text: 'Kherson', lang: 'en' },
    { text: 'Херсон', lang: 'uk', stems: ['Херсон'] },
    { text: 'Херсон', lang: 'ru', stems: ['Херсон'] },
    { text: 'Cherson', lang: 'de' },
    { text: 'Chersoń', lang: 'pl', inflect: false },
    { text: 'Chersonia', lang: 'pl', inflect: false },
    { text: 'Chersoniu', lang: 'pl', inflect: false },
    { text: 'Chersoniem', lang: 'pl', inflect: false },
  ],
  summary: {
    en: 'A port city on the lower Dnipro and the centre of Ukraine’s Kherson oblast. It was the only regional capital Russian forces captured after the full-scale invasion began; Ukrainian troops retook it on 11 November 2022, and it has since been shelled from the Russian-held left bank of the river.',
    uk: 'Портове місто в пониззі Дніпра, центр Херсонської області. Це єдиний обласний центр, який російські війська захопили після початку повномасштабного вторгнення; 11 листопада 2022 року Сили оборони його звільнили, і відтоді місто обстрілюють з окупованого лівого берега Дніпра.',
  },
  background: [
    {
      en: 'Russian forces advancing from Crimea took Kherson in early March 2022. During the eight-month occupation Russia installed its own administration and, on 30 September 2022, declared the whole Kherson oblast annexed, a step the UN General Assembly condemned as invalid. Ukrainian strikes on the Dnipro bridges cut Russian supply lines to the right bank.',
      uk: 'Російські війська, що наступали з Криму, захопили Херсон на початку березня 2022 року. Під час восьмимісячної окупації Росія запровадила там свою адміністрацію, а 30 вересня 2022 року оголосила про «приєднання» всієї Херсонської області; Генасамблея ООН засудила цей крок як недійсний. Удари ЗСУ по мостах через Дніпро перерізали російським військам постачання на правому березі.',
    },
    {
      en: 'On 9 November 2022 Russia’s defence minister Sergei Shoigu ordered a withdrawal across the Dnipro, and on 11 November Ukrainian forces entered the city to crowds celebrating in its central square. Since then the river has formed the front line, and Russian artillery and drones strike the city from the left bank.',
      uk: '9 листопада 2022 року міністр оборони Росії Сергій Шойгу наказав відвести війська за Дніпро, а 11 листопада українські військові увійшли до міста, де на центральній площі їх зустрічали натовпи людей. Відтоді річка стала лінією фронту, а російська артилерія й дрони б’ють по місту з лівого берега.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Kherson remains under Ukrainian control and under constant Russian fire, while Russia still claims the whole oblast: in June 2024 Putin named Ukraine’s withdrawal from it, along with three other oblasts, as a condition for a ceasefire.',
      uk: 'Станом на червень 2025 року Херсон залишається під контролем України й під постійними російськими обстрілами, а Росія досі претендує на всю область: у червні 2024 року Путін назвав виведення українських військ із неї та ще трьох областей умовою припинення вогню.',
    },
  },
  timeline: [
    { date: '2022-03', text: { en: 'Russian forces capture Kherson.', uk: 'Російські війська захоплюють Херсон.' } },
    { date: '2022-09-30', text: { en: 'Russia declares the Kherson oblast annexed, together with three other oblasts.', uk: 'Росія оголошує про «анексію» Херсонської та ще трьох областей.' } },
    { date: '2022-11-09', text: { en: 'Shoigu orders Russian troops to withdraw to the left bank of the Dnipro.', uk: 'Шойгу наказує відвести російські війська на лівий берег Дніпра.' } },
    { date: '2022-11-11', text: { en: 'Ukrainian forces enter Kherson.', uk: 'Українські військові заходять у Херсон.' } },
    { date: '2024-06-14', text: { en: 'Putin demands Ukraine’s withdrawal from the Kherson oblast as a condition for a ceasefire.', uk: 'Путін вимагає виведення українських військ із Херсонської області як умову припинення вогню.' } },
  ],
  related: ['liberation-of-kherson', 'kakhovka-dam-destruction', 'crimea', 'occupied-territories', 'himars'],
  sources: [
    { publisher: 'DW', title: "Ukraine updates: Kherson is 'ours,' says Zelenskyy", date: '2022-11-11' },
    { publisher: 'The Kyiv Independent', title: 'Ukraine war latest: ‘Historic day,’ says Zelensky, as armed forces enter Kherson', date: '2022-11-11', url: 'https://kyivindependent.com/national/ukraine-war-latest-historic-day-says-zelensky-as-armed-forces-enter-kherson' },
    { publisher: 'United Nations General Assembly', title: 'Resolution ES-11/4: Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations', date: '2022-10-12' },
    KREMLIN_2024_06_14,
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
