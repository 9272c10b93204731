import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'sphere-of-influence',
  kind: 'concept',
  title: { en: 'Sphere of influence', uk: 'Сфера впливу' },
  aliases: [
    { text: 'sphere of influence', lang: 'en' },
    { text: 'spheres of influence', lang: 'en' },
    { text: 'сфера впливу', lang: 'uk', stems: ['сфер', 'впливу'] },
    { text: 'сфера влияния', lang: 'ru', stems: ['сфер', 'влияния'] },
    { text: 'Einflusssphäre', lang: 'de' },
    { text: 'strefa wpływów', lang: 'pl', stems: ['stref', 'wpływów'] },
    { text: "sphère d'influence", lang: 'fr' },
  ],
  summary:
    { en: 'A region in which a great power claims the right to limit other states’ choices, such as their alliances, without formally ruling them. Russia has claimed “privileged interests” in former Soviet states and sees Ukraine’s ties with NATO and the EU as a challenge; Ukraine and its Western partners reject such claims.', uk: 'Регіон, у якому велика держава претендує на право обмежувати вибір інших держав, зокрема їхні союзи, формально ними не керуючи. Росія заявляла про свої «привілейовані інтереси» в колишніх радянських республіках і вважає зближення України з НАТО та ЄС викликом; Україна і її західні партнери такі претензії відкидають.' },
  background: [
    { en: 'Great powers have long divided regions into spheres of influence. In the secret protocol to the Molotov–Ribbentrop pact of August 1939, Nazi Germany and the Soviet Union divided Eastern Europe between them; after 1945 Europe was split into Western and Soviet blocs.', uk: 'Великі держави здавна ділили регіони на сфери впливу. Таємним протоколом до пакту Молотова — Ріббентропа в серпні 1939 року нацистська Німеччина і Радянський Союз поділили між собою Східну Європу; після 1945 року Європу розділили на західний і радянський блоки.' },
    { en: 'The 1975 Helsinki Final Act recognised the right of states to be or not to be party to treaties of alliance, a principle NATO cites for its enlargement. Russia has described the region of the former Soviet Union as an area of its “privileged interests” and NATO enlargement as a threat to its security.', uk: 'Гельсінкський заключний акт 1975 року визнав право держав бути чи не бути учасниками союзних договорів — на цей принцип НАТО посилається, коли йдеться про розширення. Росія називала простір колишнього СРСР зоною своїх «привілейованих інтересів», а розширення НАТО — загрозою своїй безпеці.' },
    { en: 'In December 2021, weeks before the full-scale invasion, Russia published draft treaties demanding that NATO rule out further enlargement, including Ukraine’s membership. The idea that peace could be bought by recognising Russia’s sphere of influence is one of the core disputes in any settlement.', uk: 'У грудні 2021 року, за кілька тижнів до повномасштабного вторгнення, Росія оприлюднила проєкти договорів із вимогою до НАТО відмовитися від подальшого розширення, зокрема від членства України. Ідея, що мир можна купити визнанням російської сфери впливу, — одна з ключових суперечок у будь-якому врегулюванні.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske reported that Russia declared it would not allow any of the guarantees discussed for Ukraine, from European troops to NATO membership, and expected it to demand that Ukraine enshrine neutrality in its Constitution.', uk: 'Станом на березень 2025 року, за даними hromadske, Росія заявляла, що не допустить жодної з обговорюваних гарантій для України — від європейських військ до членства в НАТО, і, як очікувало видання, вимагатиме закріпити нейтралітет України в Конституції.' },
  },
  timeline: [
    {
      date: '1939-08-23',
      text: { en: 'A secret protocol to the Molotov–Ribbentrop pact divides Eastern Europe into German and Soviet spheres of influence.', uk: 'Таємний протокол до пакту Молотова — Ріббентропа ділить Східну Європу на німецьку і радянську сфери впливу.' },
    },
    { date: '1975-08-01', text: { en: 'The Helsinki Final Act is signed, setting out principles of sovereign equality and territorial integrity in Europe.', uk: 'Підписано Гельсінкський заключний акт, що закріплює принципи суверенної рівності й територіальної цілісності в Європі.' } },
    { date: '2008-08-31', text: { en: 'Russian President Dmitry Medvedev speaks of regions in which Russia has “privileged interests”.', uk: 'Президент Росії Дмитро Медведєв говорить про регіони, де Росія має «привілейовані інтереси».' } },
    {
      date: '2021-12-17',
      text: { en: 'Russia publishes draft treaties with the US and NATO demanding an end to NATO enlargement.', uk: 'Росія оприлюднює проєкти договорів зі США і НАТО з вимогою припинити розширення Альянсу.' },
    },
  ],
  positions: [],
  related: ['nato-membership', 'neutral-status', 'escalation', 'crimea-annexation', 'nato'],
  sources: [
    { publisher: 'CSCE', title: 'Conference on Security and Co-operation in Europe Final Act (Helsinki)', date: '1975-08-01' },
    {
      publisher: 'Ministry of Foreign Affairs of the Russian Federation',
      title: 'Treaty between the United States of America and the Russian Federation on security guarantees (draft)',
      date: '2021-12-17',
    },
    HROMADSKE_2025_03,
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
