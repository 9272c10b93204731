import type { KbEntryInput } from '../schema';
import { UKRAINE_CUES, KYIV_CUES, RUSSIA_CUES } from '../cues';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'coalition-of-the-willing',
  kind: 'format',
  title: { en: 'Coalition of the willing (Ukraine)', uk: 'Коаліція охочих (Україна)' },
  aliases: [
    { text: 'coalition of the willing', lang: 'en', ambiguous: true },
    { text: 'Koalition der Willigen', lang: 'de', ambiguous: true },
    { text: 'koalicja chętnych', lang: 'pl', stems: ['koalicj', 'chętnych'], ambiguous: true },
    { text: 'коаліція охочих', lang: 'uk', stems: ['коаліц', 'охочих'], ambiguous: true },
    { text: 'коалиция желающих', lang: 'ru', stems: ['коалиц', 'желающих'], ambiguous: true },
    { text: 'coalition des volontaires', lang: 'fr', ambiguous: true },
  ],
  // The phrase also names the US-led coalition that invaded Iraq in 2003.
  disambiguation: {
    anyOf: [
      ...UKRAINE_CUES,
      ...KYIV_CUES,
      'Starmer',
      'Macron',
      ...RUSSIA_CUES,
      'ceasefire',
      'peacekeep*',
      'reassurance',
      'Лондон*', 'Париж*', 'London', 'Paris', 'Londyn*', 'Paryż*', 'Лавров*', 'Lavrov', 'Lawrow', 'Ławrow', 'Kreml*', 'Кремл*',
      'миротвор*', 'Friedenstrupp*', 'rozejm*', 'перемир*', 'war', 'Krieg*', 'wojn*', 'війн*', 'войн*',
    ],
    noneOf: ['Iraq', 'Irak', 'Ірак', 'Ирак', 'Saddam'],
    window: 300,
  },
  summary:
    { en: 'A group of states, led by the United Kingdom and France, that in 2025 began planning to support Ukraine’s security after a ceasefire, including with a European-led force in Ukraine. The phrase itself is older: it was used for the US-led coalition that invaded Iraq in 2003.', uk: 'Група держав на чолі з Великою Британією та Францією, яка у 2025 році почала планувати підтримку безпеки України після припинення вогню, зокрема розміщення в Україні сил під проводом європейців. Сам вислів старший: так називали очолювану США коаліцію, що вторглася в Ірак у 2003 році.' },
  background: [
    { en: 'UK Prime Minister Keir Starmer announced the initiative after a summit of European leaders in London on 2 March 2025, as the new US administration pressed for a quick settlement and opened talks with Russia. The UK and France took the lead, and military planners from dozens of countries began meeting in the following weeks.', uk: 'Прем’єр-міністр Великої Британії Кір Стармер оголосив про ініціативу після саміту європейських лідерів у Лондоні 2 березня 2025 року — коли нова адміністрація США тиснула, домагаючись швидкого врегулювання, і відкрила переговори з Росією. Провід узяли на себе Британія і Франція, а в наступні тижні почали збиратися військові планувальники з десятків країн.' },
    { en: 'The coalition is an informal grouping, not a treaty alliance. Its plans combine long-term support for Ukraine’s armed forces with a multinational force, often called a reassurance force, to be deployed only after a ceasefire or peace deal. Participation is voluntary: in March 2025 Romania’s prime minister said his country would not take part, and Hungary was not expected to either.', uk: 'Коаліція — неформальне об’єднання, а не договірний альянс. Її плани поєднують довгострокову підтримку Збройних сил України з багатонаціональними силами, які часто називають «силами заспокоєння» і які мають бути розгорнуті лише після припинення вогню або мирної угоди. Участь добровільна: у березні 2025 року прем’єр Румунії заявив, що його країна не долучиться; не очікували цього й від Угорщини.' },
    { en: 'Its weight depends on two factors outside its control: whether the United States backs the plan, for example with intelligence or air support, and whether Russia, which rejects troops from NATO countries in Ukraine, accepts any deployment in a settlement.', uk: 'Її вага залежить від двох чинників, на які вона не впливає: чи підтримають план США, наприклад розвідданими чи прикриттям з повітря, і чи погодиться Росія, яка відкидає присутність в Україні військ країн НАТО, на будь-яке розгортання в межах врегулювання.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske reported Starmer’s statement that the UK would deploy a contingent to safeguard the implementation of a peace agreement and build a coalition of the willing to protect it, and French minister Éric Lombard’s statement that France and other European nations were ready to send troops; Russia’s foreign minister called NATO troops in Ukraine unacceptable.', uk: 'Станом на березень 2025 року hromadske писав про заяву Стармера, що Британія направить контингент, аби забезпечити виконання мирної угоди, і створить коаліцію охочих для її захисту, та про слова міністра економіки та фінансів Франції Еріка Ломбара, що Франція та інші європейські країни готові відправити війська. Міністр закордонних справ Росії назвав війська НАТО в Україні неприйнятними.' },
  },
  timeline: [
    { date: '2003-03-20', text: { en: 'A US-led “coalition of the willing” invades Iraq, the best-known earlier use of the phrase.', uk: 'Очолювана США «коаліція охочих» вторгається в Ірак — найвідоміший попередній випадок уживання цього вислову.' } },
    {
      date: '2025-03-02',
      text: { en: 'After a summit of European leaders in London, Keir Starmer announces a coalition of the willing to defend a future deal in Ukraine.', uk: 'Після саміту європейських лідерів у Лондоні Кір Стармер оголошує про коаліцію охочих, яка має захистити майбутню угоду щодо України.' },
    },
    { date: '2025-03-15', text: { en: 'Starmer hosts a virtual meeting of coalition leaders.', uk: 'Стармер проводить онлайн-зустріч лідерів коаліції.' } },
    { date: '2025-03-27', text: { en: 'Leaders of around 30 delegations meet at a coalition summit in Paris hosted by Emmanuel Macron.', uk: 'На саміт коаліції в Парижі, який приймає Емманюель Макрон, збираються лідери близько 30 делегацій.' } },
    {
      date: '2025-09-04',
      text: { en: 'After a coalition meeting in Paris, Macron says 26 countries have pledged to contribute to a reassurance force for Ukraine after a ceasefire.', uk: 'Після зустрічі коаліції в Парижі Макрон заявляє, що 26 країн пообіцяли долучитися до сил заспокоєння для України після припинення вогню.' },
    },
  ],
  positions: [
    P.starmerCoalition,
    P.lombardTroops,
    P.lavrovTroopsUnacceptable,
    P.waltzTradeOff,
    P.hrytsenkoTokenContingent,
    P.hrytsenkoRussiaRejectsContingent,
  ],
  related: ['peacekeepers', 'security-guarantees', 'peace-deal', 'weimar-triangle', 'keir-starmer'],
  sources: [
    HROMADSKE_2025_03,
    {
      publisher: 'Business Standard',
      title: 'Can’t allow Russia to play games with peace, says UK PM Keir Starmer',
      date: '2025-03-15',
      url: 'https://www.business-standard.com/amp/world-news/can-t-allow-russia-to-play-games-with-peace-says-uk-pm-keir-starmer-125031500461_1.html',
    },
    {
      publisher: 'Ukrainian World Congress',
      title: '‘Coalition of the Willing’ meets in Paris to discuss Ukraine’s security guarantees',
      date: '2025-03-28',
      url: 'https://ukrainianworldcongress.org/coalition-of-the-willing-meets-in-paris-to-discuss-ukraines-security-guarantees',
    },
    {
      publisher: 'AP',
      title: 'Macron says 26 countries pledge troops as a reassurance force for Ukraine after fighting ends',
      date: '2025-09-04',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
