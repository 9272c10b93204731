import type { KbEntryInput } from '../schema';

export default {
  id: 'iaea',
  kind: 'organisation',
  title: { en: 'IAEA (International Atomic Energy Agency)', uk: 'МАГАТЕ (Міжнародне агентство з атомної енергії)' },
  aliases: [
    { text: 'IAEA', lang: 'en' },
    { text: 'International Atomic Energy Agency', lang: 'en' },
    { text: 'МАГАТЕ', lang: 'uk', inflect: false },
    { text: 'Міжнародне агентство з атомної енергії', lang: 'uk', inflect: false },
    { text: 'МАГАТЭ', lang: 'ru', inflect: false },
    { text: 'Международное агентство по атомной энергии', lang: 'ru', inflect: false },
    { text: 'IAEO', lang: 'de' },
    { text: 'Internationale Atomenergiebehörde', lang: 'de' },
    { text: 'MAEA', lang: 'pl' },
    { text: 'Międzynarodowa Agencja Energii Atomowej', lang: 'pl', stems: ['Międzynarodow', 'Agencj', 'Energii', 'Atomowej'] },
    { text: 'AIEA', lang: 'fr' },
  ],
  summary: {
    en: 'The UN-linked agency in Vienna that promotes the peaceful use of nuclear energy and verifies that states keep their non-proliferation commitments. Since September 2022 its experts have been stationed at the Russian-occupied Zaporizhzhia nuclear power plant; its Director General since December 2019 has been Rafael Grossi (as of June 2025).',
    uk: 'Пов’язане з ООН агентство у Відні, яке сприяє мирному використанню атомної енергії та перевіряє, чи дотримуються держави зобов’язань щодо нерозповсюдження. З вересня 2022 року його експерти постійно перебувають на окупованій Росією Запорізькій АЕС. Генеральний директор з грудня 2019 року — Рафаель Гроссі (станом на червень 2025 року).',
  },
  background: [
    {
      en: 'The IAEA was founded in 1957. Under the Nuclear Non-Proliferation Treaty, non-nuclear-weapon states accept IAEA safeguards, inspections that verify nuclear material is not diverted to weapons. The agency and its then head, Mohamed ElBaradei, received the Nobel Peace Prize in 2005.',
      uk: 'МАГАТЕ засноване 1957 року. За Договором про нерозповсюдження ядерної зброї держави, що не мають ядерної зброї, приймають гарантії МАГАТЕ — інспекції, які підтверджують, що ядерні матеріали не використовують для зброї. 2005 року агентство та його тодішній керівник Мохамед Ель-Барадеї отримали Нобелівську премію миру.',
    },
    {
      en: 'Russian troops occupied the Chornobyl exclusion zone on 24 February 2022 and the Zaporizhzhia nuclear power plant, Europe’s largest, in early March 2022. On 1 September 2022 Grossi led an IAEA mission to the Zaporizhzhia plant, and since then agency experts have stayed on site. From January 2023 the IAEA also kept teams at Ukraine’s other nuclear plants and at Chornobyl.',
      uk: 'Російські війська захопили Чорнобильську зону відчуження 24 лютого 2022 року, а на початку березня 2022-го — Запорізьку АЕС, найбільшу в Європі. 1 вересня 2022 року Гроссі очолив місію МАГАТЕ на ЗАЕС, і відтоді експерти агентства постійно перебувають на станції. З січня 2023 року МАГАТЕ має свої команди також на інших українських АЕС і в Чорнобилі.',
    },
    {
      en: 'The IAEA reports on shelling, power cuts and staffing at the Zaporizhzhia plant but does not, as a rule, say who fired. On 14 February 2025 a drone hit the New Safe Confinement over the destroyed reactor at Chornobyl; the IAEA reported the damage and said radiation levels remained normal.',
      uk: 'МАГАТЕ звітує про обстріли, знеструмлення та брак персоналу на ЗАЕС, але, як правило, не називає, хто стріляв. 14 лютого 2025 року дрон влучив у новий безпечний конфайнмент над зруйнованим реактором Чорнобильської АЕС; МАГАТЕ повідомило про пошкодження й про те, що радіаційний фон залишався в нормі.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the IAEA was still present at the occupied Zaporizhzhia plant, whose reactors were in cold shutdown. The plant’s future control and operation figured in US-led ceasefire talks, and Grossi repeatedly warned that its safety depended on external power lines that were often cut.',
      uk: 'Станом на червень 2025 року МАГАТЕ й далі працювало на окупованій ЗАЕС, реактори якої перебували в стані холодного зупину. Майбутній контроль над станцією та її експлуатація обговорювалися на переговорах про припинення вогню за посередництва США, а Гроссі неодноразово попереджав, що безпека станції залежить від ліній зовнішнього живлення, які часто обриваються.',
    },
  },
  timeline: [
    { date: '1957', text: { en: 'The IAEA is founded.', uk: 'Засновано МАГАТЕ.' } },
    { date: '2019-12', text: { en: 'Rafael Grossi becomes Director General.', uk: 'Генеральним директором стає Рафаель Гроссі.' } },
    { date: '2022-03', text: { en: 'Russian forces seize the Zaporizhzhia nuclear power plant.', uk: 'Російські війська захоплюють Запорізьку АЕС.' } },
    { date: '2022-09-01', text: { en: 'An IAEA mission led by Grossi reaches the Zaporizhzhia plant; experts remain on site afterwards.', uk: 'Місія МАГАТЕ на чолі з Гроссі прибуває на ЗАЕС; експерти залишаються на станції.' } },
    { date: '2023-01', text: { en: 'The IAEA begins a continuous presence at Ukraine’s other nuclear plants and at Chornobyl.', uk: 'МАГАТЕ розпочинає постійну присутність на інших АЕС України та в Чорнобилі.' } },
    { date: '2025-02-14', text: { en: 'A drone hits the New Safe Confinement at Chornobyl.', uk: 'Дрон влучає в новий безпечний конфайнмент Чорнобильської АЕС.' } },
  ],
  related: ['zaporizhzhia-nuclear-power-plant', 'rafael-grossi', 'nuclear-non-proliferation-treaty', 'full-scale-invasion'],
  sources: [
    { publisher: 'IAEA', title: 'Statute of the IAEA' },
    { publisher: 'IAEA', title: 'Nuclear Safety, Security and Safeguards in Ukraine: 2nd Summary Report by the Director General', date: '2022-09-06' },
    { publisher: 'IAEA', title: 'IAEA Director General Statement on Situation in Ukraine', date: '2025-02-14' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
