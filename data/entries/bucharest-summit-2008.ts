import type { KbEntryInput } from '../schema';

export default {
  id: 'bucharest-summit-2008',
  kind: 'summit',
  title: { en: 'NATO Bucharest summit (2008)', uk: 'Бухарестський саміт НАТО (2008)' },
  aliases: [
    // Guarded: Bucharest also hosts summits of the Bucharest Nine (B9) group.
    { text: 'Bucharest summit', lang: 'en', ambiguous: true },
    { text: 'NATO summit in Bucharest', lang: 'en' },
    { text: 'Bucharest Summit Declaration', lang: 'en' },
    { text: 'Бухарестський саміт', lang: 'uk', stems: ['Бухарестськ', 'саміт'], ambiguous: true },
    { text: 'саміт НАТО в Бухаресті', lang: 'uk', stems: ['саміт', 'НАТО', 'в', 'Бухарест'] },
    { text: 'Бухарестский саммит', lang: 'ru', stems: ['Бухарестск', 'саммит'], ambiguous: true },
    { text: 'саммит НАТО в Бухаресте', lang: 'ru', stems: ['саммит', 'НАТО', 'в', 'Бухарест'] },
    { text: 'Nato-Gipfel in Bukarest', lang: 'de' },
    { text: 'Bukarester Gipfel', lang: 'de', ambiguous: true },
    { text: 'szczyt NATO w Bukareszcie', lang: 'pl', stems: ['szczyt', 'NATO', 'w', 'Bukareszcie'] },
    { text: 'sommet de Bucarest', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['2008', 'NATO', 'НАТО', 'OTAN', 'Nato', 'Georgia', 'Грузі*', 'Georgien', 'Gruzj*', 'Membership Action Plan', 'ПДЧ', 'Merkel*', 'Меркель', 'Sarkozy', 'Саркозі', 'Саркози'],
    noneOf: ['Bucharest Nine', 'Bukarest-Neun', 'дев’ятк*', 'Dziewiątk*'],
    window: 300,
  },
  summary: {
    en: 'NATO’s summit in Bucharest on 2–4 April 2008, where allies declared that Ukraine and Georgia “will become members of NATO” but, with Germany and France opposed, did not give them a Membership Action Plan. The formula promised membership without a path to it, and is often cited in debates about Russia’s later wars against both countries.',
    uk: 'Саміт НАТО в Бухаресті 2–4 квітня 2008 року, на якому союзники заявили, що Україна та Грузія «стануть членами НАТО», але через заперечення Німеччини та Франції не надали їм Плану дій щодо членства (ПДЧ). Ця формула обіцяла членство без шляху до нього; її часто згадують у дискусіях про пізніші війни Росії проти обох країн.',
  },
  background: [
    {
      en: 'Ukraine and Georgia had asked for a Membership Action Plan, and US President George W. Bush supported them. Germany under Angela Merkel and France under Nicolas Sarkozy opposed, arguing the countries were not ready and warning against antagonising Russia. The compromise, paragraph 23 of the Bucharest Summit Declaration, said: “We agreed today that these countries will become members of NATO,” and left the question of a MAP to foreign ministers in December 2008.',
      uk: 'Україна та Грузія просили надати їм ПДЧ, і президент США Джордж Буш їх підтримував. Німеччина на чолі з Ангелою Меркель і Франція на чолі з Ніколя Саркозі виступили проти, стверджуючи, що країни не готові, і застерігаючи від загострення з Росією. Компромісом став пункт 23 Бухарестської декларації: союзники погодилися, що ці країни стануть членами НАТО, а питання ПДЧ передали міністрам закордонних справ у грудні 2008 року.',
    },
    {
      en: 'Vladimir Putin attended a NATO–Russia Council meeting at the summit. Four months later, in August 2008, Russia and Georgia fought a five-day war. Ukraine never received a MAP; in 2023 NATO dropped the requirement for it.',
      uk: 'Володимир Путін узяв участь у засіданні Ради Росія — НАТО під час саміту. Через чотири місяці, у серпні 2008 року, між Росією та Грузією спалахнула п’ятиденна війна. Україна так і не отримала ПДЧ; 2023 року НАТО скасувало цю вимогу для неї.',
    },
  ],
  timeline: [
    { date: '2008-04-03', text: { en: 'The Bucharest Summit Declaration says Ukraine and Georgia will become members of NATO.', uk: 'Бухарестська декларація: Україна та Грузія стануть членами НАТО.' } },
    { date: '2008-08', text: { en: 'Russia and Georgia fight a five-day war.', uk: 'П’ятиденна війна між Росією та Грузією.' } },
    { date: '2022-04-03', text: { en: 'Zelenskyy invites Merkel and Sarkozy to Bucha to see the result of “14 years” of concessions to Russia.', uk: 'Зеленський запрошує Меркель і Саркозі до Бучі, щоб побачити наслідки «14 років» поступок Росії.' } },
    { date: '2023-07-11', text: { en: 'At the Vilnius summit NATO drops the MAP requirement for Ukraine.', uk: 'На Вільнюському саміті НАТО скасовує для України вимогу ПДЧ.' } },
  ],
  positions: [
    {
      personId: 'volodymyr-zelenskyy',
      name: { en: 'Volodymyr Zelenskyy', uk: 'Володимир Зеленський' },
      role: { en: 'President of Ukraine (since 2019)', uk: 'президент України (з 2019 року)' },
      side: { en: 'Ukrainian government', uk: 'Уряд України' },
      stance: { en: 'The 2008 refusal was a concession to Russia', uk: 'Відмова 2008 року була поступкою Росії' },
      paraphrase: {
        en: 'On 3 April 2022, days after the Russian withdrawal from Bucha, Zelenskyy said that in 2008 allies had refused to take Ukraine into NATO in the belief that this would appease Russia, and invited Merkel and Sarkozy to Bucha to see what 14 years of concessions to Russia had led to.',
        uk: '3 квітня 2022 року, за кілька днів після відходу російських військ із Бучі, Зеленський заявив, що 2008 року союзники відмовилися прийняти Україну до НАТО, сподіваючись у такий спосіб задобрити Росію, і запросив Меркель і Саркозі до Бучі побачити, до чого призвели 14 років поступок Росії.',
      },
      source: { publisher: 'President of Ukraine (official website)', title: 'Evening video address of President Volodymyr Zelenskyy, 3 April 2022', date: '2022-04-03' },
    },
    {
      name: { en: 'Angela Merkel', uk: 'Ангела Меркель' },
      role: { en: 'Chancellor of Germany (2005–2021)', uk: 'федеральна канцлерка Німеччини (2005–2021)' },
      side: { en: 'Former German government', uk: 'Колишній уряд Німеччини' },
      stance: { en: 'Stands by her 2008 decisions', uk: 'Не відмовляється від рішень 2008 року' },
      paraphrase: {
        en: 'On 4 April 2022 a spokeswoman said Merkel stood by her decisions in connection with the 2008 Bucharest summit, and that she fully supported efforts to help Ukraine and end Russia’s war.',
        uk: '4 квітня 2022 року речниця Меркель заявила, що та не відмовляється від своїх рішень щодо Бухарестського саміту 2008 року і повністю підтримує зусилля на допомогу Україні та для припинення війни Росії.',
      },
      source: { publisher: 'dpa', title: 'Statement by a spokeswoman for former Chancellor Angela Merkel on the 2008 NATO summit in Bucharest', date: '2022-04-04' },
    },
  ],
  related: ['nato', 'nato-membership', 'vilnius-summit-2023', 'washington-summit-2024', 'bucha-massacre', 'vladimir-putin'],
  sources: [
    { publisher: 'NATO', title: 'Bucharest Summit Declaration', date: '2008-04-03' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
