import type { KbEntryInput } from '../schema';

export default {
  id: 'mark-rutte',
  kind: 'person',
  title: { en: 'Mark Rutte', uk: 'Марк Рютте' },
  aliases: [
    { text: 'Mark Rutte', lang: 'en' },
    { text: 'Rutte', lang: 'en' },
    { text: 'Rutte', lang: 'de' },
    { text: 'Rutte', lang: 'pl' },
    { text: 'Марк Рютте', lang: 'uk', inflect: false },
    { text: 'Рютте', lang: 'uk', inflect: false },
    { text: 'Марк Рютте', lang: 'ru', inflect: false },
    { text: 'Рютте', lang: 'ru', inflect: false },
  ],
  summary: {
    en: 'NATO Secretary General since 1 October 2024, previously Prime Minister of the Netherlands for almost 14 years (2010–2024). He chaired the Hague summit of June 2025, where allies agreed to raise defence and security spending to 5% of GDP by 2035.',
    uk: 'Генеральний секретар НАТО з 1 жовтня 2024 року, до того майже 14 років очолював уряд Нідерландів (2010–2024). Головував на саміті в Гаазі в червні 2025 року, де союзники погодилися підняти витрати на оборону й безпеку до 5% ВВП до 2035 року.',
  },
  background: [
    {
      en: 'Leader of the liberal VVD party, Rutte became Dutch prime minister in October 2010 and led four coalition governments, the longest tenure in the country’s history. After his fourth cabinet collapsed in July 2023 he announced he would leave Dutch politics; he stayed on as caretaker until July 2024.',
      uk: 'Лідер ліберальної партії VVD, Рютте став прем’єр-міністром Нідерландів у жовтні 2010 року й очолював чотири коаліційні уряди — найдовше в історії країни. Після розпаду його четвертого кабінету в липні 2023 року він оголосив, що йде з нідерландської політики, і до липня 2024 року виконував обов’язки прем’єра.',
    },
    {
      en: 'As prime minister he pushed for the MH17 investigation after the downing of the airliner over Donbas in July 2014, in which 196 Dutch citizens died, and after 2022 backed military aid to Ukraine, including the F-16 coalition the Netherlands co-led with Denmark. NATO allies appointed him Secretary General on 26 June 2024; he succeeded Jens Stoltenberg on 1 October 2024.',
      uk: 'Як прем’єр він домагався розслідування катастрофи MH17, збитого над Донбасом у липні 2014 року (загинули 196 громадян Нідерландів), а після 2022 року підтримував військову допомогу Україні, зокрема «коаліцію F-16», яку Нідерланди очолили разом із Данією. Союзники призначили його генсеком НАТО 26 червня 2024 року; 1 жовтня 2024 року він змінив Єнса Столтенберга.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, Rutte was leading NATO’s response to the Trump administration’s demand for much higher allied defence spending: at the Hague summit on 24–25 June 2025 allies set a target of 5% of GDP for defence and security by 2035, and the summit declaration reaffirmed the allies’ commitment to Article 5.',
      uk: 'Станом на липень 2025 року Рютте керував відповіддю НАТО на вимогу адміністрації Трампа різко збільшити оборонні витрати союзників: на саміті в Гаазі 24–25 червня 2025 року союзники визначили ціль — 5% ВВП на оборону й безпеку до 2035 року, а підсумкова декларація підтвердила відданість статті 5.',
    },
  },
  timeline: [
    { date: '2010-10-14', text: { en: 'Becomes Prime Minister of the Netherlands.', uk: 'Стає прем’єр-міністром Нідерландів.' } },
    { date: '2014-07-17', text: { en: 'MH17 is shot down over Donbas; 196 of the 298 victims are Dutch.', uk: 'Над Донбасом збито MH17; 196 із 298 загиблих — громадяни Нідерландів.' } },
    { date: '2023-07', text: { en: 'His fourth government falls; he announces he will leave Dutch politics.', uk: 'Його четвертий уряд падає; він оголошує про вихід із нідерландської політики.' } },
    { date: '2024-06-26', text: { en: 'The North Atlantic Council appoints him NATO Secretary General.', uk: 'Північноатлантична рада призначає його генсеком НАТО.' } },
    { date: '2024-10-01', text: { en: 'Takes office at NATO, succeeding Jens Stoltenberg.', uk: 'Обіймає посаду в НАТО, змінивши Єнса Столтенберга.' } },
    { date: '2025-06-25', text: { en: 'Hague summit agrees the 5%-of-GDP spending target for 2035.', uk: 'Саміт у Гаазі погоджує ціль витрат у 5% ВВП до 2035 року.' } },
  ],
  roles: [
    { title: { en: 'Prime Minister of the Netherlands', uk: 'Прем’єр-міністр Нідерландів' }, from: '2010-10-14', to: '2024-07-02' },
    { title: { en: 'NATO Secretary General', uk: 'Генеральний секретар НАТО' }, from: '2024-10-01', asOf: '2025-07' },
  ],
  related: ['nato', 'nato-article-5', 'nato-spending-target', 'hague-summit-2025', 'jens-stoltenberg', 'mh17', 'f-16'],
  sources: [
    { publisher: 'NATO', title: 'The Hague Summit Declaration', date: '2025-06-25' },
    { publisher: 'Wikipedia', title: 'Mark Rutte' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
