import type { KbEntryInput } from '../schema';

export default {
  id: 'wagner-mutiny-2023',
  kind: 'event',
  title: { en: 'Wagner mutiny (23–24 June 2023)', uk: 'Заколот «Вагнера» (23–24 червня 2023 року)' },
  aliases: [
    { text: 'Wagner mutiny', lang: 'en' },
    { text: 'Wagner rebellion', lang: 'en' },
    { text: 'Wagner uprising', lang: 'en' },
    { text: 'Wagner revolt', lang: 'en' },
    { text: 'Prigozhin mutiny', lang: 'en' },
    { text: 'Prigozhin rebellion', lang: 'en' },
    { text: 'заколот Пригожина', lang: 'uk', stems: ['заколот', 'Пригожин'] },
    { text: 'бунт Пригожина', lang: 'uk', stems: ['бунт', 'Пригожин'] },
    { text: 'заколот вагнерівців', lang: 'uk', stems: ['заколот', 'вагнерівц'] },
    { text: 'мятеж Пригожина', lang: 'ru', stems: ['мятеж', 'Пригожин'] },
    { text: 'бунт Пригожина', lang: 'ru', stems: ['бунт', 'Пригожин'] },
    { text: 'мятеж вагнеровцев', lang: 'ru', stems: ['мятеж', 'вагнеровц'] },
    { text: 'Wagner-Aufstand', lang: 'de' },
    { text: 'Wagner-Meuterei', lang: 'de' },
    { text: 'Prigoschin-Aufstand', lang: 'de' },
    { text: 'bunt Prigożyna', lang: 'pl', stems: ['bunt', 'Prigożyn'] },
    { text: 'pucz Prigożyna', lang: 'pl', stems: ['pucz', 'Prigożyn'] },
    { text: 'bunt Wagnera', lang: 'pl', stems: ['bunt', 'Wagner'] },
    { text: 'mutinerie de Wagner', lang: 'fr' },
  ],
  summary: {
    en: 'An armed revolt by the Wagner Group mercenary force against Russia’s military leadership on 23–24 June 2023. Its founder Yevgeny Prigozhin seized the army’s southern headquarters in Rostov-on-Don and sent columns towards Moscow, then stood down under a deal brokered by Belarus’s Alexander Lukashenko. Two months later Prigozhin died in a plane crash.',
    uk: 'Збройний бунт ПВК «Вагнер» проти військового керівництва Росії 23–24 червня 2023 року. Засновник «Вагнера» Євген Пригожин захопив штаб Південного військового округу в Ростові-на-Дону й рушив колонами на Москву, але зупинився за угодою, укладеною за посередництва Олександра Лукашенка. Через два місяці Пригожин загинув в авіакатастрофі.',
  },
  background: [
    {
      en: 'Prigozhin had feuded publicly with Defence Minister Sergei Shoigu and Chief of the General Staff Valery Gerasimov throughout the battle of Bakhmut, and resisted a requirement that volunteer units sign contracts with the defence ministry. On 23 June 2023 he accused the army of striking Wagner camps and announced what he called a “march of justice”. By the morning of 24 June Wagner held the Southern Military District headquarters in Rostov-on-Don while columns advanced north; Russian military aircraft were shot down along the way.',
      uk: 'Упродовж битви за Бахмут Пригожин публічно ворогував із міністром оборони Сергієм Шойгу та начальником Генштабу Валерієм Герасимовим і опирався вимозі, щоб добровольчі формування підписали контракти з Міноборони. 23 червня 2023 року він звинуватив армію в ударах по таборах «Вагнера» й оголосив «марш справедливості». До ранку 24 червня «вагнерівці» контролювали штаб Південного військового округу в Ростові-на-Дону, а їхні колони просувалися на північ; дорогою вони збили кілька російських військових літальних апаратів.',
    },
    {
      en: 'In a televised address on 24 June Vladimir Putin called the revolt treason. That evening Lukashenko announced a deal: Prigozhin turned his columns back, the criminal case against him was dropped, and Wagner fighters were offered the choice of moving to Belarus or signing defence ministry contracts. On 23 August 2023 Prigozhin and Wagner commander Dmitry Utkin were killed when their plane crashed in the Tver region; the Kremlin denied involvement.',
      uk: 'У телезверненні 24 червня Володимир Путін назвав бунт зрадою. Того ж вечора Лукашенко оголосив про угоду: Пригожин розвернув колони, кримінальну справу проти нього закрили, а бійцям «Вагнера» запропонували переїхати до Білорусі або підписати контракти з Міноборони. 23 серпня 2023 року Пригожин і командир «Вагнера» Дмитро Уткін загинули в авіакатастрофі в Тверській області; Кремль свою причетність заперечив.',
    },
  ],
  timeline: [
    { date: '2023-05-20', text: { en: 'Prigozhin claims the capture of Bakhmut.', uk: 'Пригожин заявляє про захоплення Бахмута.' } },
    { date: '2023-06-23', text: { en: 'Prigozhin launches his “march of justice” against the military leadership.', uk: 'Пригожин оголошує «марш справедливості» проти військового керівництва.' } },
    { date: '2023-06-24', text: { en: 'Wagner holds Rostov-on-Don; Putin calls the revolt treason; Prigozhin stands down after a deal brokered by Lukashenko.', uk: '«Вагнер» контролює Ростов-на-Дону; Путін називає бунт зрадою; Пригожин відступає за угодою за посередництва Лукашенка.' } },
    { date: '2023-08-23', text: { en: 'Prigozhin and Dmitry Utkin die in a plane crash in the Tver region.', uk: 'Пригожин і Дмитро Уткін гинуть в авіакатастрофі в Тверській області.' } },
  ],
  related: ['wagner-group', 'yevgeny-prigozhin', 'battle-of-bakhmut', 'alexander-lukashenko', 'vladimir-putin', 'sergei-shoigu', 'valery-gerasimov'],
  sources: [
    { publisher: 'President of Russia (kremlin.ru)', title: 'Address to citizens of Russia', date: '2023-06-24' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
