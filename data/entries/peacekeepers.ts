import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'peacekeepers',
  kind: 'concept',
  title: { en: 'Peacekeepers', uk: 'Миротворці' },
  aliases: [
    { text: 'peacekeeper', lang: 'en' },
    { text: 'peacekeeping', lang: 'en' },
    { text: 'peacekeeping force', lang: 'en' },
    { text: 'peacekeeping contingent', lang: 'en' },
    { text: 'peacekeeping mission', lang: 'en' },
    { text: 'reassurance force', lang: 'en' },
    { text: 'миротворці', lang: 'uk', stems: ['миротвор'] },
    { text: 'миротворець', lang: 'uk', inflect: false },
    { text: 'миротворчий контингент', lang: 'uk' },
    { text: 'миротворча місія', lang: 'uk' },
    { text: 'миротворцы', lang: 'ru', stems: ['миротвор'] },
    { text: 'миротворец', lang: 'ru', inflect: false },
    { text: 'миротворческий контингент', lang: 'ru' },
    { text: 'миротворческая миссия', lang: 'ru' },
    { text: 'Friedenstruppe', lang: 'de' },
    { text: 'Blauhelme', lang: 'de', stems: ['Blauhelm'] },
    { text: 'siły pokojowe', lang: 'pl', stems: ['sił', 'pokojow'] },
    { text: 'misja pokojowa', lang: 'pl', stems: ['misj', 'pokojow'] },
    { text: 'casques bleus', lang: 'fr' },
    { text: 'force de maintien de la paix', lang: 'fr' },
  ],
  summary:
    { en: 'Troops or police deployed to monitor or secure a ceasefire or peace agreement. In the 2025 debate on Ukraine the word is used for a European-led contingent that could be stationed in Ukraine after a deal; its size, mandate and acceptance by Russia are disputed.', uk: 'Військові чи поліцейські, яких розгортають, щоб наглядати за дотриманням припинення вогню чи мирної угоди або гарантувати їх виконання. У дискусії 2025 року про Україну так називають контингент під проводом європейців, який можуть розмістити в Україні після укладення угоди; його чисельність, мандат і те, чи погодиться на нього Росія, — предмет суперечок.' },
  background: [
    { en: 'Classic UN peacekeeping rests on three principles: consent of the parties, impartiality, and no use of force except in self-defence and defence of the mandate. Such missions can monitor a ceasefire line but are not designed to fight off a determined attack.', uk: 'Класичні миротворчі операції ООН тримаються на трьох принципах: згода сторін, неупередженість і незастосування сили, крім самооборони та захисту мандату. Такі місії можуть стежити за лінією припинення вогню, але не розраховані на те, щоб відбити рішучий наступ.' },
    { en: 'History shows the limits. In July 1995 at Srebrenica, a UN-declared safe area in Bosnia and Herzegovina, lightly armed Dutch UN peacekeepers (Dutchbat, part of UNPROFOR) could not stop Bosnian Serb forces from taking the enclave; more than 8,000 Bosniak men and boys were then killed.', uk: 'Межі цих можливостей показала історія. У липні 1995 року в Сребрениці — оголошеній ООН «безпечній зоні» в Боснії і Герцеговині — легкоозброєні нідерландські миротворці ООН (Dutchbat, у складі UNPROFOR) не змогли завадити силам боснійських сербів захопити анклав; після цього було вбито понад 8 тисяч боснійських мусульман — чоловіків і хлопців.' },
    { en: 'The force discussed for Ukraine in 2025 is different in kind: a European-led contingent, proposed by the UK and France and sometimes called a “reassurance force”, meant to make a renewed Russian attack costlier after a ceasefire. Open questions include whether troops would stand near the contact line or further west, how many countries would take part, and whether Russia would accept any deployment.', uk: 'Сили, які обговорюють для України у 2025 році, — іншого типу: контингент під проводом європейців, запропонований Великою Британією та Францією, який іноді називають «силами заспокоєння» (reassurance force). Він мав би зробити новий російський напад після припинення вогню дорожчим для Москви. Відкриті питання: чи стоятимуть військові біля лінії зіткнення, чи західніше, скільки країн долучиться і чи погодиться Росія на будь-яке розгортання.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, per hromadske: UK Prime Minister Keir Starmer said the UK would deploy a contingent to safeguard the implementation of a peace agreement, French minister Éric Lombard said France and other European nations were ready to send troops, while Romania’s prime minister said his country would not take part. Zelenskyy had cited a need for 100,000–200,000 troops; The Guardian, citing sources, reported a European-led force might number “several tens of thousands” or fewer. Russia’s foreign minister called NATO troops in Ukraine unacceptable.', uk: 'Станом на березень 2025 року, за даними hromadske, прем’єр-міністр Великої Британії Кір Стармер заявив, що Британія направить контингент, аби забезпечити виконання мирної угоди; міністр економіки та фінансів Франції Ерік Ломбар — що Франція та інші європейські країни готові відправити війська; прем’єр Румунії — що його країна участі не братиме. Зеленський говорив про потребу в 100–200 тисячах військових, а The Guardian з посиланням на джерела писав, що європейський контингент може налічувати «кілька десятків тисяч» або й менше. Міністр закордонних справ Росії назвав війська НАТО в Україні неприйнятними.' },
  },
  timeline: [
    { date: '1948-05-29', text: { en: 'The first UN peacekeeping mission, the UN Truce Supervision Organization, is set up in the Middle East.', uk: 'На Близькому Сході створено першу миротворчу місію ООН — Орган ООН із нагляду за виконанням умов перемир’я (UNTSO).' } },
    { date: '1993-04-16', text: { en: 'UN Security Council resolution 819 declares Srebrenica a “safe area”.', uk: 'Резолюція Ради Безпеки ООН № 819 оголошує Сребреницю «безпечною зоною».' } },
    {
      date: '1995-07-11',
      text: { en: 'Bosnian Serb forces overrun Srebrenica despite the presence of Dutch UN peacekeepers; the killings of more than 8,000 Bosniak men and boys follow.', uk: 'Сили боснійських сербів захоплюють Сребреницю, попри присутність нідерландських миротворців ООН; згодом вони вбивають понад 8 тисяч боснійських мусульман — чоловіків і хлопців.' },
    },
    { date: '2025-01', text: { en: 'Zelenskyy cites a need for 200,000 foreign peacekeepers.', uk: 'Зеленський говорить про потребу у 200 тисячах іноземних миротворців.' } },
    { date: '2025-02', text: { en: 'Zelenskyy cites a need for 100,000 peacekeepers.', uk: 'Зеленський говорить про потребу у 100 тисячах миротворців.' } },
    {
      date: '2025-03-02',
      text: { en: 'At a summit in London, Keir Starmer announces a “coalition of the willing” to defend a future deal in Ukraine.', uk: 'На саміті в Лондоні Кір Стармер оголошує про «коаліцію охочих», яка має захистити майбутню угоду щодо України.' },
    },
  ],
  positions: [
    P.starmerCoalition,
    P.lombardTroops,
    P.zelenskyyPeacekeeperNumbers,
    P.lavrovTroopsUnacceptable,
    P.waltzTradeOff,
    P.hrytsenkoTokenContingent,
    P.hrytsenkoRussiaRejectsContingent,
    P.portnikovPeacekeepersOverstated,
  ],
  related: [
    'coalition-of-the-willing',
    'srebrenica-massacre',
    'security-guarantees',
    'peace-deal',
    'escalation',
    'un-security-council',
  ],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
