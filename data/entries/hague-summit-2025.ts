import type { KbEntryInput } from '../schema';

export default {
  id: 'hague-summit-2025',
  kind: 'summit',
  title: { en: 'NATO summit in The Hague (2025)', uk: 'Саміт НАТО в Гаазі (2025)' },
  aliases: [
    { text: 'The Hague summit', lang: 'en' },
    { text: 'Hague summit', lang: 'en' },
    { text: 'NATO summit in The Hague', lang: 'en' },
    { text: 'The Hague Summit Declaration', lang: 'en' },
    { text: 'Гаазький саміт', lang: 'uk', stems: ['Гаазьк', 'саміт'] },
    { text: 'саміт НАТО в Гаазі', lang: 'uk', stems: ['саміт', 'НАТО', 'в', 'Гаазі'] },
    { text: 'саммит НАТО в Гааге', lang: 'ru', stems: ['саммит', 'НАТО', 'в', 'Гааге'] },
    { text: 'Гаагский саммит', lang: 'ru', stems: ['Гаагск', 'саммит'] },
    { text: 'Nato-Gipfel in Den Haag', lang: 'de' },
    { text: 'szczyt NATO w Hadze', lang: 'pl', stems: ['szczyt', 'NATO', 'w', 'Hadze'] },
    { text: 'sommet de La Haye', lang: 'fr' },
  ],
  summary: {
    en: 'NATO’s summit in The Hague on 24–25 June 2025, the first chaired by Secretary General Mark Rutte. Allies committed to spend 5% of GDP a year on defence and security by 2035 — at least 3.5% on core defence and up to 1.5% on related needs such as infrastructure and resilience — and named Russia a long-term threat.',
    uk: 'Саміт НАТО в Гаазі 24–25 червня 2025 року, перший під головуванням генсека Марка Рютте. Союзники зобов’язалися до 2035 року витрачати на оборону й безпеку 5% ВВП щороку — щонайменше 3,5% на основні оборонні потреби та до 1,5% на пов’язані видатки, як-от інфраструктура та стійкість, — і назвали Росію довгостроковою загрозою.',
  },
  background: [
    {
      en: 'The new target replaced the 2% goal agreed in 2014 and answered pressure from US President Donald Trump for far higher European spending. The Hague Summit Declaration, a short text, provided for a review of the trajectory in 2029. Spain said it would not need to reach the full 5%.',
      uk: 'Нова ціль замінила 2%, погоджені 2014 року, і стала відповіддю на тиск президента США Дональда Трампа, який вимагав від європейців значно більших видатків. Коротка Гаазька декларація передбачає перегляд траєкторії у 2029 році. Іспанія заявила, що їй не потрібно буде досягати повних 5%.',
    },
    {
      en: 'On Ukraine the declaration said allies reaffirmed their sovereign commitments to support it, whose security contributes to theirs, and that direct contributions to Ukraine’s defence and defence industry would count towards allies’ defence spending. Unlike the Vilnius and Washington texts, it did not mention Ukraine’s future membership. President Zelenskyy attended and met Trump on the sidelines on 25 June.',
      uk: 'Щодо України в декларації сказано, що союзники підтверджують суверенні зобов’язання підтримувати її, адже її безпека сприяє їхній, і що прямі внески в оборону та оборонну промисловість України зараховуватимуться до оборонних видатків союзників. На відміну від вільнюського та вашингтонського документів, про майбутнє членство України в ній не йшлося. Президент Зеленський узяв участь у саміті й 25 червня зустрівся з Трампом.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, the 5% pledge framed Europe’s budget debates: governments were setting out how to reach 3.5% of GDP on core defence by 2035, and the declaration let military aid to Ukraine count towards the total.',
      uk: 'Станом на липень 2025 року зобов’язання щодо 5% визначало бюджетні дискусії в Європі: уряди розписували, як до 2035 року вийти на 3,5% ВВП основних оборонних видатків, а декларація дозволяла зараховувати до них військову допомогу Україні.',
    },
  },
  timeline: [
    { date: '2014-09', text: { en: 'At the Wales summit allies agree to move towards spending 2% of GDP on defence within a decade.', uk: 'На саміті в Уельсі союзники домовляються протягом десяти років вийти на 2% ВВП оборонних видатків.' } },
    { date: '2024-10-01', text: { en: 'Mark Rutte becomes NATO Secretary General.', uk: 'Марк Рютте стає генсеком НАТО.' } },
    { date: '2025-06-25', text: { en: 'The Hague Summit Declaration sets the 5% target for 2035.', uk: 'Гаазька декларація встановлює ціль 5% ВВП до 2035 року.' } },
  ],
  related: ['nato', 'nato-spending-target', 'washington-summit-2024', 'mark-rutte', 'donald-trump', 'volodymyr-zelenskyy'],
  sources: [
    { publisher: 'NATO', title: 'The Hague Summit Declaration', date: '2025-06-25' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
