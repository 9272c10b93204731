import type { KbEntryInput } from '../schema';
import { KYIV_CUES, OTHER_COUNTRY_CUES, UKRAINE_CUES, ZELENSKY_CUES } from '../cues';
import { P } from '../positions';
import { HROMADSKE_2025_03, KREMLIN_2024_06_14, NORTH_ATLANTIC_TREATY } from '../sources';

export default {
  id: 'nato-membership',
  kind: 'concept',
  title: { en: 'Ukraine’s NATO membership', uk: 'Членство України в НАТО' },
  aliases: [
    { text: 'NATO membership', lang: 'en' },
    { text: 'membership in NATO', lang: 'en' },
    { text: 'membership of NATO', lang: 'en' },
    { text: 'NATO accession', lang: 'en' },
    { text: 'accession to NATO', lang: 'en' },
    { text: 'членство в НАТО', lang: 'uk' },
    { text: 'членство у НАТО', lang: 'uk' },
    { text: 'вступ до НАТО', lang: 'uk' },
    { text: 'вступление в НАТО', lang: 'ru' },
    { text: 'NATO-Mitgliedschaft', lang: 'de' },
    { text: 'NATO-Beitritt', lang: 'de' },
    { text: 'członkostwo w NATO', lang: 'pl', stems: ['członkostw', 'w', 'NATO'] },
    { text: "adhésion à l'OTAN", lang: 'fr' },
  ],
  // Ukraine's membership: "Sweden's NATO membership" is left to the NATO entry.
  disambiguation: {
    scope: { anyOf: [...UKRAINE_CUES, ...KYIV_CUES, ...ZELENSKY_CUES], noneOf: OTHER_COUNTRY_CUES },
  },
  summary:
    { en: 'Ukraine’s aim of joining NATO, written into its Constitution in 2019 and pursued through a formal application in 2022. Allies have said Ukraine’s future is in NATO but set no date; membership requires the consent of every member, and Russia demands that Ukraine stay outside the alliance.', uk: 'Прагнення України вступити до НАТО, закріплене в Конституції у 2019 році; у 2022-му Київ подав офіційну заявку. Союзники заявляють, що майбутнє України — в НАТО, але терміну не визначили: для вступу потрібна згода кожного члена, а Росія вимагає, щоб Україна залишалася поза Альянсом.' },
  background: [
    { en: 'At the 2008 Bucharest summit NATO declared that Ukraine would become a member, without offering a timetable. In 2010 Ukraine adopted a non-bloc status; it abandoned it in December 2014, after the annexation of Crimea, and in 2019 enshrined the course towards NATO and EU membership in its Constitution.', uk: 'На Бухарестському саміті 2008 року НАТО заявило, що Україна стане членом Альянсу, але без жодного графіка. У 2010 році Україна закріпила позаблоковий статус, у грудні 2014-го, після анексії Криму, відмовилася від нього, а у 2019 році закріпила курс на членство в НАТО і ЄС у Конституції.' },
    { en: 'After the full-scale invasion Ukraine applied for accelerated membership in September 2022. NATO’s 2023 Vilnius summit said Ukraine’s future was in NATO and dropped the requirement for a Membership Action Plan; the 2024 Washington summit called Ukraine’s path to membership irreversible. No invitation has been issued, because any accession needs the agreement of all members.', uk: 'Після початку повномасштабного вторгнення Україна у вересні 2022 року подала заявку на вступ за прискореною процедурою. Вільнюський саміт НАТО 2023 року заявив, що майбутнє України — в НАТО, і скасував для неї вимогу Плану дій щодо членства; Вашингтонський саміт 2024 року назвав шлях України до членства незворотним. Запрошення Україна не отримала: будь-який вступ потребує згоди всіх членів.' },
    { en: 'Supporters see membership as the only guarantee backed by Article 5 and nuclear deterrence. Several member states have been reluctant, fearing it could draw the alliance into direct war with Russia. Russia calls NATO enlargement a threat and demands Ukraine’s neutrality as a condition for peace.', uk: 'Прихильники вважають членство єдиною гарантією, за якою стоять стаття 5 і ядерне стримування. Низка членів Альянсу вагається, побоюючись, що це може втягнути НАТО в пряму війну з Росією. Росія називає розширення НАТО загрозою і вимагає нейтралітету України як умови миру.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske reported that Ukraine still counted on NATO membership as its primary guarantee and that Zelenskyy had offered to resign in exchange for it, while recent weeks had shown the United States would not allow it and Russia repeatedly said it would not permit it.', uk: 'Станом на березень 2025 року, за даними hromadske, Україна й далі вважала членство в НАТО головною гарантією безпеки, а Зеленський заявляв, що готовий піти у відставку в обмін на вступ. Водночас останні тижні показали, що США цього не допустять, а Росія неодноразово заявляла, що не дозволить.' },
  },
  timeline: [
    { date: '2008-04-03', text: { en: 'Bucharest summit: NATO declares that Ukraine and Georgia will become members.', uk: 'Бухарестський саміт: НАТО заявляє, що Україна і Грузія стануть членами Альянсу.' } },
    { date: '2010-07-01', text: { en: 'Ukraine’s parliament adopts a law establishing the country’s non-bloc status.', uk: 'Верховна Рада ухвалює закон, який закріплює позаблоковий статус України.' } },
    { date: '2014-12-23', text: { en: 'Ukraine’s parliament abandons non-bloc status.', uk: 'Верховна Рада скасовує позаблоковий статус України.' } },
    { date: '2019-02-07', text: { en: 'Ukraine enshrines the course towards EU and NATO membership in its Constitution.', uk: 'Україна закріплює в Конституції курс на членство в ЄС і НАТО.' } },
    { date: '2022-09-30', text: { en: 'Ukraine applies for accelerated NATO membership.', uk: 'Україна подає заявку на вступ до НАТО за прискореною процедурою.' } },
    {
      date: '2023-07-11',
      text: { en: 'Vilnius summit: allies say Ukraine’s future is in NATO and drop the Membership Action Plan requirement.', uk: 'Вільнюський саміт: союзники заявляють, що майбутнє України — в НАТО, і скасовують для неї вимогу Плану дій щодо членства.' },
    },
    {
      date: '2024-06-14',
      text: { en: 'Putin names Ukraine’s renunciation of NATO membership among Russia’s conditions for a ceasefire.', uk: 'Путін називає відмову України від членства в НАТО однією з умов Росії для припинення вогню.' },
    },
    { date: '2024-07-10', text: { en: 'Washington summit: allies call Ukraine’s path to full membership irreversible.', uk: 'Вашингтонський саміт: союзники називають шлях України до повноправного членства незворотним.' } },
  ],
  positions: [
    P.zelenskyyNatoFirst,
    P.trumpNatoProvokedWar,
    P.putinJune2024Conditions,
    P.ohryzkoStrongArmyAndAllies,
    P.portnikovNoAbsoluteGuarantees,
    P.hrytsenkoConsensusRule,
  ],
  related: ['nato', 'nato-article-5', 'neutral-status', 'security-guarantees', 'peace-deal', 'sphere-of-influence'],
  sources: [HROMADSKE_2025_03, NORTH_ATLANTIC_TREATY, KREMLIN_2024_06_14],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
