import type { KbEntryInput } from '../schema';

export default {
  id: 'antonio-guterres',
  kind: 'person',
  title: { en: 'António Guterres', uk: 'Антоніу Гутерреш' },
  aliases: [
    { text: 'António Guterres', lang: 'en' },
    { text: 'Antonio Guterres', lang: 'en' },
    { text: 'Guterres', lang: 'en' },
    { text: 'Guterres', lang: 'de' },
    { text: 'Guterres', lang: 'pl' },
    { text: 'Антоніу Гутерреш', lang: 'uk' },
    { text: 'Антоніо Гутерреш', lang: 'uk' },
    { text: 'Гутерреш', lang: 'uk' },
    { text: 'Антониу Гутерриш', lang: 'ru' },
    { text: 'Антониу Гутерреш', lang: 'ru' },
    { text: 'Гутерриш', lang: 'ru' },
    { text: 'Гутерреш', lang: 'ru' },
  ],
  summary: {
    en: 'Secretary-General of the United Nations since 1 January 2017, in his second term (2022–2026). A former Prime Minister of Portugal and UN refugee chief, he has called Russia’s invasion of Ukraine a violation of the UN Charter and helped broker the 2022 Black Sea Grain Initiative.',
    uk: 'Генеральний секретар ООН з 1 січня 2017 року, на другому терміні (2022–2026). Колишній прем’єр-міністр Португалії та Верховний комісар ООН у справах біженців; назвав вторгнення Росії в Україну порушенням Статуту ООН і сприяв укладенню Чорноморської зернової ініціативи 2022 року.',
  },
  background: [
    {
      en: 'A Portuguese Socialist, Guterres was prime minister from 1995 to 2002 and UN High Commissioner for Refugees from 2005 to 2015. The General Assembly appointed him Secretary-General on the Security Council’s recommendation in 2016 and re-appointed him in June 2021.',
      uk: 'Португальський соціаліст Гутерреш був прем’єр-міністром у 1995–2002 роках і Верховним комісаром ООН у справах біженців у 2005–2015 роках. Генеральна Асамблея за рекомендацією Ради Безпеки призначила його генсеком у 2016 році, а в червні 2021 року — на другий термін.',
    },
    {
      en: 'In April 2022 he met Vladimir Putin in Moscow and then visited Kyiv and the Kyiv region, including Bucha. With Turkey he brokered the Black Sea Grain Initiative, signed in Istanbul on 22 July 2022, which let Ukraine export grain by sea until Russia withdrew in July 2023. In October 2024 he attended the BRICS summit in Kazan, where he met Putin, a visit Ukraine’s foreign ministry criticised.',
      uk: 'У квітні 2022 року він зустрівся з Володимиром Путіним у Москві, а потім відвідав Київ і Київщину, зокрема Бучу. Разом із Туреччиною він сприяв укладенню Чорноморської зернової ініціативи, підписаної в Стамбулі 22 липня 2022 року: вона дозволяла Україні експортувати зерно морем, доки Росія не вийшла з неї в липні 2023 року. У жовтні 2024 року він узяв участь у саміті БРІКС у Казані й зустрівся там із Путіним, що розкритикувало МЗС України.',
    },
  ],
  timeline: [
    { date: '2017-01-01', text: { en: 'Takes office as UN Secretary-General.', uk: 'Обіймає посаду генсека ООН.' } },
    { date: '2022-04-26', text: { en: 'Meets Putin in Moscow.', uk: 'Зустрічається з Путіним у Москві.' } },
    { date: '2022-04-28', text: { en: 'Visits Kyiv and meets President Zelenskyy, after seeing Bucha and other towns of the Kyiv region.', uk: 'Відвідує Київ і зустрічається з президентом Зеленським, побувавши перед тим у Бучі та інших містах Київщини.' } },
    { date: '2022-07-22', text: { en: 'Black Sea Grain Initiative signed in Istanbul.', uk: 'У Стамбулі підписано Чорноморську зернову ініціативу.' } },
    { date: '2024-10', text: { en: 'Attends the BRICS summit in Kazan and meets Putin.', uk: 'Бере участь у саміті БРІКС у Казані й зустрічається з Путіним.' } },
  ],
  roles: [
    { title: { en: 'Prime Minister of Portugal', uk: 'Прем’єр-міністр Португалії' }, from: '1995-10-28', to: '2002-04-06' },
    { title: { en: 'UN High Commissioner for Refugees', uk: 'Верховний комісар ООН у справах біженців' }, from: '2005-06', to: '2015-12' },
    { title: { en: 'Secretary-General of the United Nations', uk: 'Генеральний секретар ООН' }, from: '2017-01-01', asOf: '2025-07' },
  ],
  related: ['un-security-council', 'un-general-assembly', 'black-sea-grain-initiative', 'bucha-massacre', 'zaporizhzhia-nuclear-power-plant', 'antonio-costa'],
  sources: [
    { publisher: 'United Nations', title: 'Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports (Black Sea Grain Initiative)', date: '2022-07-22' },
    { publisher: 'Wikipedia', title: 'António Guterres' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
