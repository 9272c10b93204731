import type { KbEntryInput } from '../schema';
import { KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'donetsk-oblast',
  kind: 'place',
  title: { en: 'Donetsk oblast', uk: 'Донецька область' },
  aliases: [
    { text: 'Donetsk oblast', lang: 'en' },
    { text: 'Donetsk region', lang: 'en' },
    { text: 'Донецька область', lang: 'uk', stems: ['Донецьк', 'област'] },
    { text: 'Донеччина', lang: 'uk', stems: ['Донеччин'] },
    { text: 'Донецкая область', lang: 'ru', stems: ['Донецк', 'област'] },
    { text: 'Oblast Donezk', lang: 'de' },
    { text: 'Gebiet Donezk', lang: 'de' },
    { text: 'obwód doniecki', lang: 'pl', stems: ['obw', 'doniecki'] },
    { text: 'obwodzie donieckim', lang: 'pl', inflect: false },
    { text: 'obwodu donieckiego', lang: 'pl', inflect: false },
  ],
  summary: {
    en: 'A region of eastern Ukraine and, with Luhansk, the core of the Donbas. Parts of it, including the city of Donetsk, have been held by Russia and its proxies since 2014; Russia claims the whole oblast and, as of mid-2025, occupied most of it, while Ukraine still held its northern and western towns.',
    uk: 'Область на сході України, разом із Луганською — серцевина Донбасу. Частину її, зокрема Донецьк, Росія та її маріонетки контролюють з 2014 року; Росія претендує на всю область і станом на середину 2025 року окупувала більшу її частину, тоді як Україна утримувала північні й західні міста.',
  },
  background: [
    {
      en: 'In April 2014 Russian-backed groups proclaimed the “Donetsk People’s Republic” in the regional capital; Ukraine moved the regional administration to Kramatorsk. After the full-scale invasion Russia took Mariupol in May 2022, Bakhmut in May 2023 and Avdiivka in February 2024, and declared the oblast annexed on 30 September 2022, which the UN General Assembly condemned.',
      uk: 'У квітні 2014 року підтримувані Росією угруповання проголосили в обласному центрі так звану «ДНР»; Україна перенесла обласну адміністрацію до Краматорська. Після початку повномасштабного вторгнення Росія захопила Маріуполь (травень 2022), Бахмут (травень 2023) та Авдіївку (лютий 2024), а 30 вересня 2022 року оголосила про «анексію» області, яку засудила Генасамблея ООН.',
    },
    {
      en: 'As of mid-2025 Ukraine still held a number of cities, among them Sloviansk, Kramatorsk, Kostiantynivka and Pokrovsk, which Russian forces were trying to reach or encircle. Russia demands the rest of the oblast as a condition for ending the war.',
      uk: 'Станом на середину 2025 року Україна утримувала низку міст, серед них Слов’янськ, Краматорськ, Костянтинівку та Покровськ, до яких російські війська намагалися пробитися або які намагалися оточити. Росія вимагає решту області як умову завершення війни.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Russia maintained its claim to the whole Donetsk oblast: in June 2024 Putin had named Ukraine’s withdrawal from it, and from three other oblasts, as a condition for a ceasefire. Ukraine refused to cede territory it controls.',
      uk: 'Станом на червень 2025 року Росія й далі претендувала на всю Донецьку область: у червні 2024 року Путін назвав виведення українських військ із неї та ще трьох областей умовою припинення вогню. Україна відмовлялася віддавати підконтрольні території.',
    },
  },
  timeline: [
    { date: '2014-04', text: { en: 'Russian-backed groups proclaim the “DPR” in Donetsk.', uk: 'Підтримувані Росією угруповання проголошують у Донецьку «ДНР».' } },
    { date: '2022-05', text: { en: 'Mariupol falls after a nearly three-month siege.', uk: 'Після майже тримісячної облоги падає Маріуполь.' } },
    { date: '2022-09-30', text: { en: 'Russia declares the oblast annexed.', uk: 'Росія оголошує про «анексію» області.' } },
    { date: '2023-05-20', text: { en: 'Wagner’s chief claims the capture of Bakhmut.', uk: 'Очільник «Вагнера» заявляє про захоплення Бахмута.' } },
    { date: '2024-02-17', text: { en: 'Ukraine withdraws from Avdiivka.', uk: 'Україна виводить війська з Авдіївки.' } },
  ],
  related: ['donbas', 'luhansk-oblast', 'war-in-donbas', 'siege-of-mariupol', 'bakhmut', 'avdiivka', 'pokrovsk', 'territorial-concessions'],
  sources: [
    { publisher: 'United Nations General Assembly', title: 'Resolution ES-11/4: Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations', date: '2022-10-12' },
    KREMLIN_2024_06_14,
    { publisher: 'Reuters', title: 'Ukraine Troops Withdrew from Avdiivka after Months of Fierce Battles, Army Chief Says', date: '2024-02-17' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
