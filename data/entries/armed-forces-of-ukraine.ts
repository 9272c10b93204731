import type { KbEntryInput } from '../schema';

export default {
  id: 'armed-forces-of-ukraine',
  kind: 'institution',
  title: { en: 'Armed Forces of Ukraine', uk: 'Збройні сили України (ЗСУ)' },
  aliases: [
    { text: 'Armed Forces of Ukraine', lang: 'en' },
    { text: 'Ukrainian Armed Forces', lang: 'en' },
    { text: 'AFU', lang: 'en', caseSensitive: true },
    { text: 'Збройні сили України', lang: 'uk', stems: ['Збройн', 'сил', 'України'] },
    { text: 'ЗСУ', lang: 'uk', caseSensitive: true },
    { text: 'Вооружённые силы Украины', lang: 'ru', stems: ['Вооружённ', 'сил', 'Украины'] },
    { text: 'ВСУ', lang: 'ru', caseSensitive: true },
    { text: 'ukrainische Streitkräfte', lang: 'de', stems: ['ukrainisch', 'Streitkräft'] },
    { text: 'Streitkräfte der Ukraine', lang: 'de', stems: ['Streitkräft', 'der', 'Ukraine'] },
    { text: 'Siły Zbrojne Ukrainy', lang: 'pl', stems: ['Sił', 'Zbrojn', 'Ukrainy'] },
    { text: 'Forces armées ukrainiennes', lang: 'fr' },
  ],
  summary: {
    en: 'Ukraine’s military, created in 1991 from Soviet units on Ukrainian soil and rebuilt after 2014. The president is Supreme Commander-in-Chief; General Oleksandr Syrskyi has been Commander-in-Chief since February 2024 (as of June 2025). Since 24 February 2022 it has fought Russia’s full-scale invasion, largely with mobilised citizens and Western-supplied weapons.',
    uk: 'Військо України, створене 1991 року на основі радянських частин на українській землі й відбудоване після 2014 року. Верховний Головнокомандувач — президент; Головнокомандувач ЗСУ з лютого 2024 року — генерал Олександр Сирський (станом на червень 2025 року). Від 24 лютого 2022 року ЗСУ протистоять повномасштабному вторгненню Росії, спираючись передусім на мобілізованих громадян і західну зброю.',
  },
  background: [
    {
      en: 'The law on the Armed Forces of Ukraine was adopted on 6 December 1991, the date now marked as Armed Forces Day. The army shrank through the 1990s and 2000s and was poorly prepared when Russia annexed Crimea and started the war in Donbas in 2014; it was then rebuilt with volunteers, reforms and Western training.',
      uk: 'Закон про Збройні сили України ухвалили 6 грудня 1991 року — цей день відзначають як День ЗСУ. У 1990-х і 2000-х армія скорочувалася й виявилася погано підготовленою, коли 2014 року Росія анексувала Крим і розв’язала війну на Донбасі; після цього її відбудовували за участі добровольців, реформ і західних інструкторів.',
    },
    {
      en: 'After the full-scale invasion, Ukrainian forces drove Russian troops from the Kyiv region by early April 2022, retook much of Kharkiv oblast in September 2022 and liberated the city of Kherson on 11 November 2022. The 2023 counteroffensive regained only limited ground. In August 2024 Ukrainian troops crossed into Russia’s Kursk oblast.',
      uk: 'Після початку повномасштабного вторгнення українські сили до початку квітня 2022 року витіснили російські війська з Київщини, у вересні 2022-го звільнили значну частину Харківщини, а 11 листопада 2022 року — Херсон. Контрнаступ 2023 року дав змогу звільнити лише невелику територію. У серпні 2024 року українські війська зайшли в Курську область Росії.',
    },
    {
      en: 'The branches include the Ground Forces, Air Force, Navy, Air Assault Forces, Special Operations Forces, Territorial Defence Forces and, since 2024, the Unmanned Systems Forces. Valerii Zaluzhnyi was Commander-in-Chief from July 2021 until President Zelenskyy replaced him with Syrskyi on 8 February 2024.',
      uk: 'До складу ЗСУ входять Сухопутні війська, Повітряні сили, Військово-морські сили, Десантно-штурмові війська, Сили спеціальних операцій, Сили територіальної оборони та — з 2024 року — Сили безпілотних систем. Валерій Залужний був Головнокомандувачем з липня 2021 року, доки 8 лютого 2024 року президент Зеленський не замінив його Сирським.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Ukrainian forces were holding a front line of more than 1,000 kilometres under steady Russian pressure, especially around Pokrovsk in Donetsk oblast, while relying on drones to offset shortages of infantry. Manning the army through mobilisation was among Ukraine’s most debated domestic issues.',
      uk: 'Станом на червень 2025 року українські сили утримували лінію фронту завдовжки понад 1000 кілометрів під постійним тиском росіян, особливо на Покровському напрямку на Донеччині, й компенсували брак піхоти дронами. Комплектування армії через мобілізацію залишалося однією з найгостріших внутрішніх тем в Україні.',
    },
  },
  timeline: [
    { date: '1991-12-06', text: { en: 'The law on the Armed Forces of Ukraine is adopted.', uk: 'Ухвалено закон про Збройні сили України.' } },
    { date: '2014', text: { en: 'Russia annexes Crimea and war begins in Donbas; the army is rebuilt.', uk: 'Росія анексує Крим, починається війна на Донбасі; армію відбудовують.' } },
    { date: '2022-02-24', text: { en: 'Russia launches its full-scale invasion.', uk: 'Росія починає повномасштабне вторгнення.' } },
    { date: '2022-11-11', text: { en: 'Ukrainian troops enter liberated Kherson.', uk: 'Українські війська заходять у звільнений Херсон.' } },
    { date: '2024-02-08', text: { en: 'Oleksandr Syrskyi replaces Valerii Zaluzhnyi as Commander-in-Chief.', uk: 'Олександр Сирський змінює Валерія Залужного на посаді Головнокомандувача.' } },
    { date: '2024-08-06', text: { en: 'Ukrainian forces launch an incursion into Russia’s Kursk oblast.', uk: 'Українські сили заходять у Курську область Росії.' } },
  ],
  related: ['oleksandr-syrskyi', 'valerii-zaluzhnyi', 'volodymyr-zelenskyy', 'full-scale-invasion', 'mobilisation-in-ukraine', 'liberation-of-kherson', 'kursk-incursion', 'hur'],
  sources: [
    { publisher: 'Verkhovna Rada of Ukraine', title: 'Law of Ukraine “On the Armed Forces of Ukraine”', date: '1991-12-06' },
    { publisher: 'President of Ukraine (president.gov.ua)', title: 'Decree on the appointment of Oleksandr Syrskyi as Commander-in-Chief of the Armed Forces of Ukraine', date: '2024-02-08' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
