import type { KbEntryInput } from '../schema';

export default {
  id: 'bakhmut',
  kind: 'place',
  title: { en: 'Bakhmut', uk: 'Бахмут' },
  aliases: [
    { text: 'Bakhmut', lang: 'en' },
    { text: 'Бахмут', lang: 'uk', stems: ['Бахмут'] },
    { text: 'Бахмут', lang: 'ru', stems: ['Бахмут'] },
    { text: 'Bachmut', lang: 'de' },
    { text: 'Bachmut', lang: 'pl', stems: ['Bachmut'] },
    { text: 'Artemivsk', lang: 'en' },
    { text: 'Артемівськ', lang: 'uk', stems: ['Артемівськ'] },
  ],
  summary: {
    en: 'A city in Ukraine’s Donetsk oblast, home to about 70,000 people before the war. It gave its name to one of the longest and bloodiest battles of the full-scale war, fought from summer 2022 until Russia, led by the Wagner group, captured the ruined city in May 2023.',
    uk: 'Місто в Донецькій області, де до війни жило близько 70 тисяч людей. Воно дало назву одній із найдовших і найкривавіших битв повномасштабної війни, що тривала з літа 2022 року до травня 2023-го, коли Росія — передусім силами «Вагнера» — захопила зруйноване місто.',
  },
  background: [
    {
      en: 'Bakhmut, an old salt-mining town, was called Artemivsk from 1924 until 2016, when Ukraine restored its historical name under its decommunisation laws; Russia still uses the Soviet name. From the summer of 2022 Russian forces, with the Wagner group’s mercenaries and recruited prisoners at the front, attacked it for months at great cost to both sides.',
      uk: 'Бахмут — давнє місто соледобувачів, яке з 1924 до 2016 року називалося Артемівськом; історичну назву йому повернули за законами про декомунізацію, а Росія й далі вживає радянську. Від літа 2022 року російські війська, передусім найманці «Вагнера» та завербовані в’язні, місяцями штурмували місто ціною величезних втрат з обох боків.',
    },
    {
      en: 'On 20 December 2022 President Zelenskyy visited Bakhmut’s defenders and the next day presented a flag signed by them to the US Congress. On 20 May 2023 Wagner chief Yevgeny Prigozhin claimed the city’s full capture; Ukraine at first denied it, and its forces went on fighting on the flanks.',
      uk: '20 грудня 2022 року президент Зеленський відвідав захисників Бахмута, а наступного дня передав Конгресу США підписаний ними прапор. 20 травня 2023 року очільник «Вагнера» Євгеній Пригожин заявив про повне захоплення міста; Україна спершу це заперечила, а її війська продовжили бої на флангах.',
    },
  ],
  timeline: [
    { date: '2016', text: { en: 'Artemivsk regains its historical name, Bakhmut.', uk: 'Артемівську повертають історичну назву — Бахмут.' } },
    { date: '2022-08', text: { en: 'Russian forces, led by the Wagner group, begin their assault on the city.', uk: 'Російські війська на чолі з «Вагнером» починають штурм міста.' } },
    { date: '2022-12-20', text: { en: 'Zelenskyy visits the defenders of Bakhmut, then takes their flag to the US Congress.', uk: 'Зеленський відвідує захисників Бахмута, а потім передає їхній прапор Конгресу США.' } },
    { date: '2023-05-20', text: { en: 'Prigozhin claims Wagner has taken all of Bakhmut; Ukraine says fighting continues.', uk: 'Пригожин заявляє про повне захоплення Бахмута «Вагнером»; Україна каже, що бої тривають.' } },
  ],
  related: ['battle-of-bakhmut', 'wagner-group', 'yevgeny-prigozhin', 'donetsk-oblast', 'donbas'],
  sources: [
    { publisher: 'The Tribune (India)', title: 'Russian mercenary group claims capture of Bakhmut', date: '2023-05-20', url: 'https://www.tribuneindia.com/news/world/russian-mercenary-group-claims-capture-of-bakhmut-509892/amp' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
