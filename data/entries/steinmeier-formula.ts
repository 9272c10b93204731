import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'steinmeier-formula',
  kind: 'concept',
  title: { en: 'Steinmeier formula', uk: 'Формула Штайнмаєра' },
  aliases: [
    { text: 'Steinmeier formula', lang: 'en' },
    { text: 'формула Штайнмаєра', lang: 'uk', stems: ['формул', 'Штайнмаєр'] },
    { text: 'формула Штайнмайєра', lang: 'uk', stems: ['формул', 'Штайнмайєр'] },
    { text: 'формула Штайнмайера', lang: 'ru', stems: ['формул', 'Штайнмайер'] },
    { text: 'Steinmeier-Formel', lang: 'de' },
    { text: 'formuła Steinmeiera', lang: 'pl', stems: ['formuł', 'Steinmeier'] },
    { text: 'formule Steinmeier', lang: 'fr' },
  ],
  summary: {
    en: 'A proposal by Frank-Walter Steinmeier, then Germany’s foreign minister, on the order of steps under the Minsk agreements: a law on special self-government for separatist-held Donbas would take effect provisionally on election day there, and permanently once the OSCE judged the elections free and fair. Ukraine’s agreement to it in October 2019 caused protests; it was never implemented.',
    uk: 'Пропозиція Франка-Вальтера Штайнмаєра, тодішнього міністра закордонних справ Німеччини, щодо черговості кроків за мінськими домовленостями: закон про особливий порядок самоврядування в окупованих районах Донбасу мав набрати чинності тимчасово в день виборів там, а остаточно — після того, як ОБСЄ визнає вибори вільними й чесними. Згода України на неї в жовтні 2019 року викликала протести; її так і не реалізували.',
  },
  background: [
    {
      en: 'Under Minsk II Ukraine and Russia disagreed on sequencing: Kyiv wanted security and control of the border first, Moscow wanted elections and special status first. Steinmeier’s compromise, discussed in the Normandy format from 2015–2016, tied the special-status law to local elections held under Ukrainian law and OSCE observation.',
      uk: 'За «Мінськом-2» Україна та Росія розходилися щодо черговості: Київ хотів спершу безпеки й контролю над кордоном, Москва — спершу виборів і особливого статусу. Компроміс Штайнмаєра, який обговорювали в нормандському форматі у 2015–2016 роках, прив’язував закон про особливий статус до місцевих виборів за українським законодавством і під спостереженням ОБСЄ.',
    },
    {
      en: 'On 1 October 2019 Ukraine’s representative in the Trilateral Contact Group, former president Leonid Kuchma, confirmed Ukraine’s agreement to the formula in writing. Thousands protested in Kyiv under the slogan “No to capitulation”. The Normandy summit in Paris on 9 December 2019 agreed to incorporate the formula into Ukrainian law, but it never was, and the Minsk process collapsed in February 2022.',
      uk: '1 жовтня 2019 року представник України в Тристоронній контактній групі, колишній президент Леонід Кучма, письмово підтвердив згоду України з формулою. Тисячі людей вийшли на протести в Києві під гаслом «Ні капітуляції». Нормандський саміт у Парижі 9 грудня 2019 року домовився інкорпорувати формулу в українське законодавство, але цього так і не зробили, а в лютому 2022 року мінський процес остаточно розвалився.',
    },
  ],
  whyNow: {
    asOf: '2025-03',
    text: {
      en: 'As of March 2025, as the United States pressed for a ceasefire and a deal, the Minsk process to which the formula belonged was the main precedent Kyiv pointed to when insisting that any new agreement come with security guarantees.',
      uk: 'Станом на березень 2025 року, коли США домагалися припинення вогню та угоди, мінський процес, частиною якого була формула, залишався головним прецедентом, на який посилався Київ, наполягаючи, що будь-яка нова домовленість має супроводжуватися гарантіями безпеки.',
    },
  },
  timeline: [
    { date: '2015-02-12', text: { en: 'Minsk II is signed, leaving the order of steps disputed.', uk: 'Підписано «Мінськ-2», черговість кроків лишається предметом суперечок.' } },
    { date: '2019-10-01', text: { en: 'Ukraine confirms its agreement to the formula in the Trilateral Contact Group.', uk: 'Україна підтверджує згоду з формулою в Тристоронній контактній групі.' } },
    { date: '2019-10', text: { en: 'Protests in Kyiv under the slogan “No to capitulation”.', uk: 'Протести в Києві під гаслом «Ні капітуляції».' } },
    { date: '2019-12-09', text: { en: 'The Paris Normandy summit agrees to write the formula into Ukrainian law.', uk: 'Паризький нормандський саміт погоджує закріпити формулу в українському законодавстві.' } },
    { date: '2022-02-22', text: { en: 'Putin declares the Minsk agreements no longer exist.', uk: 'Путін заявляє, що мінських домовленостей більше не існує.' } },
  ],
  related: ['minsk-agreements', 'normandy-format', 'contact-line', 'osce', 'peace-deal'],
  sources: [
    HROMADSKE_2025_03,
    { publisher: 'Élysée', title: 'Common agreed conclusions of the Paris Summit in the Normandy format', date: '2019-12-09' },
    { publisher: 'United Nations Security Council', title: 'Resolution 2202 (2015), with the Package of Measures for the Implementation of the Minsk Agreements', date: '2015-02-17' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
