import type { KbEntryInput } from '../schema';
import { UNGA_RES_ES_11_1 } from '../sources';

export default {
  id: 'unga-resolution-es-11-1',
  kind: 'document',
  title: { en: 'UN General Assembly resolution ES-11/1', uk: 'Резолюція Генасамблеї ООН ES-11/1' },
  aliases: [
    { text: 'resolution ES-11/1', lang: 'en' },
    { text: 'ES-11/1', lang: 'en' },
    { text: 'A/RES/ES-11/1', lang: 'en' },
    { text: 'Aggression against Ukraine resolution', lang: 'en' },
    { text: 'резолюція ES-11/1', lang: 'uk', stems: ['резолюці', 'ES-11/1'] },
    { text: 'резолюция ES-11/1', lang: 'ru', stems: ['резолюци', 'ES-11/1'] },
    { text: 'rezolucja ES-11/1', lang: 'pl', stems: ['rezolucj', 'ES-11/1'] },
  ],
  summary: {
    en: 'The UN General Assembly resolution “Aggression against Ukraine”, adopted on 2 March 2022 by 141 votes to 5, with 35 abstentions. It deplored Russia’s aggression against Ukraine and demanded that Russia immediately stop using force and withdraw all its forces from Ukraine’s internationally recognised territory.',
    uk: 'Резолюція Генеральної Асамблеї ООН «Агресія проти України», ухвалена 2 березня 2022 року: 141 голос «за», 5 «проти», 35 утрималися. Вона засудила агресію Росії проти України й вимагала, щоб Росія негайно припинила застосування сили та вивела всі свої війська з міжнародно визнаної території України.',
  },
  background: [
    {
      en: 'Russia vetoed a Security Council draft condemning the invasion on 25 February 2022. Two days later the Council, in a procedural vote that a veto cannot block, referred the matter to an emergency special session of the General Assembly (resolution 2623). ES-11/1 was the first resolution of that eleventh emergency special session. Only Russia, Belarus, Eritrea, North Korea and Syria voted against.',
      uk: '25 лютого 2022 року Росія ветувала проєкт резолюції Радбезу ООН, що засуджував вторгнення. Через два дні Рада процедурним голосуванням, яке вето не блокує, передала питання на надзвичайну спеціальну сесію Генасамблеї (резолюція 2623). ES-11/1 стала першою резолюцією цієї одинадцятої надзвичайної спеціальної сесії. «Проти» проголосували лише Росія, Білорусь, Еритрея, КНДР і Сирія.',
    },
    {
      en: 'General Assembly resolutions are not binding, but the vote recorded that a large majority of UN member states opposed the invasion at its start. The same session later adopted resolutions on the humanitarian situation, on suspending Russia from the Human Rights Council, against the claimed annexation of four regions (ES-11/4) and on reparations.',
      uk: 'Резолюції Генасамблеї не мають обов’язкової сили, але це голосування зафіксувало, що переважна більшість держав — членів ООН на початку вторгнення виступила проти нього. Згодом та сама сесія ухвалила резолюції щодо гуманітарної ситуації, про призупинення членства Росії в Раді ООН з прав людини, проти заявленої анексії чотирьох областей (ES-11/4) і щодо репарацій.',
    },
  ],
  whyNow: {
    asOf: '2025-02',
    text: {
      en: 'As of February 2025, votes in the same emergency session showed a changed picture: on 24 February 2025 the Assembly adopted a Ukrainian and European draft again naming Russia’s aggression, by 93 votes to 18, with 65 abstentions, fewer in favour than in 2022, and with the United States voting against alongside Russia.',
      uk: 'Станом на лютий 2025 року голосування на тій самій надзвичайній сесії показали змінену картину: 24 лютого 2025 року Асамблея ухвалила українсько-європейський проєкт, який знову називав агресію Росії, 93 голосами «за», 18 «проти», 65 утрималися, тобто з меншою підтримкою, ніж у 2022 році, а США голосували «проти» разом із Росією.',
    },
  },
  timeline: [
    { date: '2022-02-25', text: { en: 'Russia vetoes a Security Council draft on its invasion.', uk: 'Росія ветує проєкт резолюції Радбезу ООН щодо свого вторгнення.' } },
    { date: '2022-02-27', text: { en: 'Security Council resolution 2623 calls an emergency special session of the General Assembly.', uk: 'Резолюція Радбезу ООН 2623 скликає надзвичайну спеціальну сесію Генасамблеї.' } },
    { date: '2022-03-02', text: { en: 'The Assembly adopts ES-11/1 by 141 votes to 5, with 35 abstentions.', uk: 'Асамблея ухвалює ES-11/1: 141 — «за», 5 — «проти», 35 утрималися.' } },
    { date: '2022-10-12', text: { en: 'Resolution ES-11/4 rejects Russia’s claimed annexation of four regions.', uk: 'Резолюція ES-11/4 відкидає заявлену Росією анексію чотирьох областей.' } },
    { date: '2025-02-24', text: { en: 'A new Ukrainian–European resolution passes; the US votes against.', uk: 'Ухвалено нову українсько-європейську резолюцію; США голосують «проти».' } },
  ],
  related: ['un-general-assembly', 'un-security-council', 'full-scale-invasion', 'unga-resolution-68-262', 'occupied-territories'],
  sources: [
    UNGA_RES_ES_11_1,
    { publisher: 'United Nations Security Council', title: 'Resolution 2623 (2022)', date: '2022-02-27' },
    { publisher: 'United Nations General Assembly', title: 'Resolution “Advancing a comprehensive, just and lasting peace in Ukraine” (eleventh emergency special session)', date: '2025-02-24' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
