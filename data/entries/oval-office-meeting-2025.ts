import type { KbEntryInput } from '../schema';

export default {
  id: 'oval-office-meeting-2025',
  kind: 'summit',
  title: { en: 'Trump–Zelenskyy Oval Office meeting (28 February 2025)', uk: 'Зустріч Трампа і Зеленського в Овальному кабінеті (28 лютого 2025 року)' },
  aliases: [
    // Every form is guarded: the Oval Office hosts many meetings, and other leaders
    // (e.g. South Africa's Ramaphosa in May 2025) also had tense exchanges there.
    { text: 'Trump–Zelenskyy Oval Office meeting', lang: 'en' },
    { text: 'Oval Office meeting', lang: 'en', ambiguous: true },
    { text: 'Oval Office clash', lang: 'en', ambiguous: true },
    { text: 'Oval Office row', lang: 'en', ambiguous: true },
    { text: 'Oval Office spat', lang: 'en', ambiguous: true },
    { text: 'Oval Office showdown', lang: 'en', ambiguous: true },
    { text: 'Oval Office confrontation', lang: 'en', ambiguous: true },
    { text: 'Oval Office blow-up', lang: 'en', ambiguous: true },
    { text: 'зустріч в Овальному кабінеті', lang: 'uk', stems: ['зустріч', 'в', 'Овальн', 'кабінет'], ambiguous: true },
    { text: 'сварка в Овальному кабінеті', lang: 'uk', stems: ['сварк', 'в', 'Овальн', 'кабінет'], ambiguous: true },
    { text: 'перепалка в Овальному кабінеті', lang: 'uk', stems: ['перепалк', 'в', 'Овальн', 'кабінет'], ambiguous: true },
    { text: 'скандал в Овальному кабінеті', lang: 'uk', stems: ['скандал', 'в', 'Овальн', 'кабінет'], ambiguous: true },
    { text: 'перепалка в Овальном кабинете', lang: 'ru', stems: ['перепалк', 'в', 'Овальн', 'кабинет'], ambiguous: true },
    { text: 'ссора в Овальном кабинете', lang: 'ru', stems: ['ссор', 'в', 'Овальн', 'кабинет'], ambiguous: true },
    { text: 'скандал в Овальном кабинете', lang: 'ru', stems: ['скандал', 'в', 'Овальн', 'кабинет'], ambiguous: true },
    { text: 'Eklat im Oval Office', lang: 'de', ambiguous: true },
    { text: 'Streit im Oval Office', lang: 'de', ambiguous: true },
    { text: 'kłótnia w Gabinecie Owalnym', lang: 'pl', stems: ['kłótni', 'w', 'Gabinecie', 'Owalnym'], ambiguous: true },
    { text: 'awantura w Gabinecie Owalnym', lang: 'pl', stems: ['awantur', 'w', 'Gabinecie', 'Owalnym'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['Zelensk*', 'Zelenskyy', 'Selenskyj*', 'Zełensk*', 'Зеленськ*', 'Зеленск*', 'Zelensky'],
    noneOf: ['Ramaphosa', 'Рамафос*', 'Netanyahu', 'Нетаньяху'],
    window: 400,
  },
  summary: {
    en: 'A televised meeting between Donald Trump, JD Vance and Volodymyr Zelenskyy at the White House on 28 February 2025 that turned into a public argument. Zelenskyy left early; the planned signing of the US–Ukraine minerals agreement was called off. Days later the US paused military aid and intelligence sharing, restoring them after talks in Jeddah on 11 March.',
    uk: 'Зустріч Дональда Трампа, Джей Ді Венса й Володимира Зеленського в Білому домі 28 лютого 2025 року, яка перед телекамерами переросла в публічну сварку. Зеленський поїхав раніше, ніж планувалося, а підписання угоди про корисні копалини скасували. За кілька днів США призупинили військову допомогу та обмін розвідданими й відновили їх після переговорів у Джидді 11 березня.',
  },
  background: [
    {
      en: 'Zelenskyy came to Washington to sign a framework agreement on Ukraine’s mineral resources. In the part of the Oval Office meeting open to the press, Vice-President Vance and Zelenskyy argued over diplomacy with Russia; Vance called Zelenskyy disrespectful, and Trump told him he was gambling with a third world war and was not in a position to dictate terms. The joint press conference and the signing were cancelled, and Zelenskyy left the White House.',
      uk: 'Зеленський приїхав до Вашингтона підписати рамкову угоду щодо українських корисних копалин. У відкритій для преси частині зустрічі в Овальному кабінеті віцепрезидент Венс і Зеленський посперечалися про дипломатію з Росією; Венс назвав поведінку Зеленського неповажною, а Трамп заявив, що той грається з третьою світовою війною і не в тому становищі, щоб диктувати умови. Спільну пресконференцію й підписання скасували, Зеленський залишив Білий дім.',
    },
    {
      en: 'European leaders publicly backed Zelenskyy, and on 2 March Keir Starmer hosted a meeting in London after which he announced that the UK and France would work with others in a “coalition of the willing” on a plan to end the fighting. The US paused military aid on 3 March and intelligence sharing soon after. On 4 March Zelenskyy called the meeting regrettable. At talks in Jeddah on 11 March Ukraine backed a US proposal for a 30-day ceasefire, and the US resumed aid and intelligence sharing. The minerals agreement was signed on 30 April 2025.',
      uk: 'Європейські лідери публічно підтримали Зеленського, а 2 березня Кір Стармер провів у Лондоні зустріч, після якої оголосив, що Велика Британія та Франція разом з іншими країнами працюватимуть у «коаліції охочих» над планом припинення бойових дій. 3 березня США призупинили військову допомогу, а невдовзі й обмін розвідданими. 4 березня Зеленський назвав те, що сталося, прикрим. На переговорах у Джидді 11 березня Україна підтримала пропозицію США про 30-денне припинення вогню, і США відновили допомогу та обмін розвідданими. Угоду про корисні копалини підписали 30 квітня 2025 року.',
    },
  ],
  timeline: [
    { date: '2025-02-28', text: { en: 'The Oval Office meeting ends in a public argument; the minerals deal is not signed.', uk: 'Зустріч в Овальному кабінеті закінчується публічною сваркою; угоду про корисні копалини не підписано.' } },
    { date: '2025-03-02', text: { en: 'Keir Starmer hosts European leaders and Zelenskyy in London.', uk: 'Кір Стармер приймає в Лондоні європейських лідерів і Зеленського.' } },
    { date: '2025-03-03', text: { en: 'The US pauses military aid to Ukraine; intelligence sharing is paused days later.', uk: 'США призупиняють військову допомогу Україні; за кілька днів — і обмін розвідданими.' } },
    { date: '2025-03-11', text: { en: 'In Jeddah, Ukraine backs a US 30-day ceasefire proposal; US aid and intelligence sharing resume.', uk: 'У Джидді Україна підтримує пропозицію США про 30-денне перемир’я; США відновлюють допомогу й обмін розвідданими.' } },
    { date: '2025-04-30', text: { en: 'The US–Ukraine minerals agreement is signed.', uk: 'США та Україна підписують угоду про корисні копалини.' } },
  ],
  positions: [
    {
      personId: 'donald-trump',
      name: { en: 'Donald Trump', uk: 'Дональд Трамп' },
      role: { en: 'President of the United States (since January 2025)', uk: 'президент США (із січня 2025 року)' },
      side: { en: 'US administration', uk: 'Адміністрація США' },
      stance: { en: 'Zelenskyy was not ready for peace', uk: 'Зеленський не готовий до миру' },
      paraphrase: {
        en: 'After the meeting, on 28 February 2025, Trump wrote that Zelenskyy was not ready for peace if America was involved, that he had disrespected the United States in the Oval Office, and that he could come back when he was ready for peace.',
        uk: 'Після зустрічі, 28 лютого 2025 року, Трамп написав, що Зеленський не готовий до миру за участі Америки, що він виявив неповагу до США в Овальному кабінеті й може повернутися, коли буде готовий до миру.',
      },
      source: { publisher: 'Truth Social (Donald J. Trump)', title: 'Post on the meeting with President Zelenskyy', date: '2025-02-28' },
    },
    {
      personId: 'volodymyr-zelenskyy',
      name: { en: 'Volodymyr Zelenskyy', uk: 'Володимир Зеленський' },
      role: { en: 'President of Ukraine (since 2019)', uk: 'президент України (з 2019 року)' },
      side: { en: 'Ukrainian government', uk: 'Уряд України' },
      stance: { en: 'Regrettable; time to make things right', uk: 'Прикро, час усе виправити' },
      paraphrase: {
        en: 'On 4 March 2025 Zelenskyy wrote that the meeting had not gone as it should have and that this was regrettable, that it was time to make things right, and that Ukraine was ready to work under Trump’s leadership for a lasting peace and to sign the minerals agreement.',
        uk: '4 березня 2025 року Зеленський написав, що зустріч пройшла не так, як мала, і що це прикро; що настав час усе виправити, а Україна готова працювати під лідерством Трампа заради тривалого миру та підписати угоду про корисні копалини.',
      },
      source: { publisher: 'Volodymyr Zelenskyy on X', title: 'Statement on the 28 February meeting and next steps', date: '2025-03-04' },
    },
  ],
  related: ['minerals-deal', 'donald-trump', 'volodymyr-zelenskyy', 'jd-vance', 'coalition-of-the-willing', 'keir-starmer', 'ceasefire'],
  sources: [
    { publisher: 'U.S. Department of State', title: 'Joint Statement on Ukraine-US Meeting in Jeddah', date: '2025-03-11' },
    { publisher: 'Governments of the United States and Ukraine', title: 'Agreement on the Establishment of a United States–Ukraine Reconstruction Investment Fund', date: '2025-04-30' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
