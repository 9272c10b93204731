import type { KbEntryInput } from '../schema';

export default {
  id: 'vilnius-summit-2023',
  kind: 'summit',
  title: { en: 'NATO Vilnius summit (2023)', uk: 'Вільнюський саміт НАТО (2023)' },
  aliases: [
    // Guarded: the 2013 EU Eastern Partnership summit in Vilnius (where Yanukovych did not sign) is another sense.
    { text: 'Vilnius summit', lang: 'en', ambiguous: true },
    { text: 'NATO summit in Vilnius', lang: 'en' },
    { text: 'Vilnius Summit Communiqué', lang: 'en' },
    { text: 'Вільнюський саміт', lang: 'uk', stems: ['Вільнюськ', 'саміт'], ambiguous: true },
    { text: 'саміт НАТО у Вільнюсі', lang: 'uk', stems: ['саміт', 'НАТО', 'у', 'Вільнюс'] },
    { text: 'саміт НАТО в Вільнюсі', lang: 'uk', stems: ['саміт', 'НАТО', 'в', 'Вільнюс'] },
    { text: 'Вильнюсский саммит', lang: 'ru', stems: ['Вильнюсск', 'саммит'], ambiguous: true },
    { text: 'саммит НАТО в Вильнюсе', lang: 'ru', stems: ['саммит', 'НАТО', 'в', 'Вильнюс'] },
    { text: 'Nato-Gipfel in Vilnius', lang: 'de' },
    { text: 'szczyt NATO w Wilnie', lang: 'pl', stems: ['szczyt', 'NATO', 'w', 'Wilnie'] },
    { text: 'sommet de Vilnius', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['NATO', 'НАТО', 'OTAN', 'Nato', '2023', 'alliance', 'альянс*', 'Allianz', 'sojusz*', 'Stoltenberg', 'Столтенберг*'],
    noneOf: ['2013', 'Eastern Partnership', 'Східного партнерства', 'Восточного партнерства', 'Östlichen Partnerschaft', 'Partnerstwa Wschodniego', 'Yanukovy*', 'Януков*'],
    window: 300,
  },
  summary: {
    en: 'NATO’s summit in Vilnius on 11–12 July 2023. Allies said Ukraine’s future is in NATO and dropped the requirement of a Membership Action Plan, but set no date for an invitation, which would come “when Allies agree and conditions are met”. The NATO–Ukraine Council met for the first time, and the G7 launched a declaration on security commitments to Ukraine.',
    uk: 'Саміт НАТО у Вільнюсі 11–12 липня 2023 року. Союзники заявили, що майбутнє України — в НАТО, і скасували для неї вимогу Плану дій щодо членства, але не назвали строків запрошення: його мають надати, «коли союзники погодяться і будуть виконані умови». Відбулося перше засідання Ради Україна — НАТО, а країни G7 ухвалили декларацію про безпекові зобов’язання перед Україною.',
  },
  background: [
    {
      en: 'Ahead of the summit Kyiv pressed for a clear invitation or timetable. The communiqué instead said allies would “be in a position to extend an invitation to Ukraine to join the Alliance when Allies agree and conditions are met”. On 11 July, before the communiqué was published, President Zelenskyy publicly called the absence of any time frame for an invitation or membership “unprecedented and absurd”.',
      uk: 'Перед самітом Київ домагався чіткого запрошення або графіка вступу. Натомість у комюніке йшлося, що союзники зможуть запросити Україну до Альянсу, коли погодяться і будуть виконані умови. 11 липня, ще до оприлюднення комюніке, президент Зеленський публічно назвав відсутність будь-яких строків запрошення чи членства безпрецедентною й абсурдною.',
    },
    {
      en: 'The NATO–Ukraine Commission was upgraded to a NATO–Ukraine Council, in which Ukraine sits as an equal, and it held its first meeting with Zelenskyy on 12 July. The same day the G7 issued a Joint Declaration of Support for Ukraine, under which Ukraine later signed bilateral security agreements with more than twenty countries. It was Finland’s first summit as a NATO member; Türkiye agreed on the eve of the summit to move Sweden’s accession forward.',
      uk: 'Комісію Україна — НАТО перетворили на Раду Україна — НАТО, де Україна бере участь на рівних; 12 липня відбулося її перше засідання за участі Зеленського. Того ж дня G7 ухвалила Спільну декларацію на підтримку України, на основі якої Україна згодом уклала двосторонні безпекові угоди з понад двадцятьма країнами. Це був перший саміт для Фінляндії як члена НАТО; напередодні Туреччина погодилася просунути вступ Швеції.',
    },
  ],
  timeline: [
    { date: '2023-07-11', text: { en: 'The Vilnius Summit Communiqué drops the MAP requirement for Ukraine but sets no date for an invitation.', uk: 'Вільнюське комюніке скасовує для України вимогу ПДЧ, але не називає дати запрошення.' } },
    { date: '2023-07-12', text: { en: 'First meeting of the NATO–Ukraine Council; the G7 issues its Joint Declaration of Support for Ukraine.', uk: 'Перше засідання Ради Україна — НАТО; G7 ухвалює Спільну декларацію на підтримку України.' } },
    { date: '2024-03-07', text: { en: 'Sweden joins NATO.', uk: 'Швеція вступає до НАТО.' } },
  ],
  related: ['nato', 'nato-membership', 'bucharest-summit-2008', 'washington-summit-2024', 'bilateral-security-agreements', 'g7', 'jens-stoltenberg', 'volodymyr-zelenskyy'],
  sources: [
    { publisher: 'NATO', title: 'Vilnius Summit Communiqué', date: '2023-07-11' },
    { publisher: 'G7', title: 'Joint Declaration of Support for Ukraine', date: '2023-07-12' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
