import type { KbEntryInput } from '../schema';

export default {
  id: 'yevgeny-prigozhin',
  kind: 'person',
  title: { en: 'Yevgeny Prigozhin', uk: 'Євген Пригожин' },
  aliases: [
    { text: 'Yevgeny Prigozhin', lang: 'en' },
    { text: 'Yevgeniy Prigozhin', lang: 'en' },
    { text: 'Evgeny Prigozhin', lang: 'en' },
    { text: 'Prigozhin', lang: 'en' },
    { text: 'Jewgeni Prigoschin', lang: 'de' },
    { text: 'Prigoschin', lang: 'de' },
    { text: 'Jewgienij Prigożyn', lang: 'pl' },
    { text: 'Prigożyn', lang: 'pl' },
    { text: 'Evgueni Prigojine', lang: 'fr' },
    { text: 'Prigojine', lang: 'fr' },
    { text: 'Євген Пригожин', lang: 'uk' },
    { text: 'Евгений Пригожин', lang: 'ru' },
    { text: 'Пригожин', lang: 'ru' },
  ],
  summary: {
    en: 'Russian businessman who founded and ran the Wagner Group mercenary force, which fought for Russia in Ukraine, Syria and Africa. A month after Wagner captured Bakhmut in May 2023, he led a brief armed mutiny against Russia’s military leadership in June 2023. He was killed when his plane crashed north of Moscow on 23 August 2023.',
    uk: 'Російський бізнесмен, засновник і керівник приватної військової компанії «Вагнер», що воювала на боці Росії в Україні, Сирії та Африці. Через місяць після захоплення «Вагнером» Бахмута в травні 2023 року підняв у червні короткочасний збройний заколот проти військового керівництва Росії. Загинув 23 серпня 2023 року в авіакатастрофі на північ від Москви.',
  },
  background: [
    {
      en: 'Born in Leningrad in 1961, Prigozhin spent most of the 1980s in prison before building a restaurant and catering business whose Kremlin banquets and state contracts earned him the nickname “Putin’s chef”. In February 2018 a US federal indictment charged him and the Internet Research Agency, a troll factory he financed, with interfering in the 2016 US presidential election.',
      uk: 'Народжений 1961 року в Ленінграді, Пригожин провів більшу частину 1980-х у в’язниці, а потім збудував ресторанний і кейтеринговий бізнес, чиї кремлівські банкети й державні контракти принесли йому прізвисько «кухар Путіна». У лютому 2018 року федеральний суд США висунув обвинувачення йому та «Агентству інтернет-досліджень» — «фабриці тролів», яку він фінансував, — у втручанні в президентські вибори 2016 року.',
    },
    {
      en: 'Wagner appeared in the war in Donbas in 2014 and later fought in Syria, Libya and several African countries, while Prigozhin denied any link to it until September 2022. In the full-scale war he recruited prisoners for Wagner, and his forces led the months-long assault on Bakhmut, whose capture he claimed on 20 May 2023, while he publicly accused defence minister Sergei Shoigu and General Valery Gerasimov of failing to supply them.',
      uk: '«Вагнер» з’явився у війні на Донбасі у 2014 році, згодом воював у Сирії, Лівії та низці африканських країн, а Пригожин аж до вересня 2022 року заперечував будь-який зв’язок із ним. Під час повномасштабної війни він вербував до «Вагнера» в’язнів; його загони місяцями штурмували Бахмут, захоплення якого він оголосив 20 травня 2023 року, водночас публічно звинувачуючи міністра оборони Сергія Шойгу та генерала Валерія Герасимова в тому, що ті не забезпечують його боєприпасами.',
    },
    {
      en: 'On 23–24 June 2023 Wagner fighters took over the military headquarters in Rostov-on-Don and advanced towards Moscow, before Prigozhin halted the march under a deal brokered by Belarusian leader Alexander Lukashenko. Two months later, on 23 August 2023, the private jet carrying him and Wagner commander Dmitry Utkin crashed in the Tver region, killing all ten people on board; Russia’s Investigative Committee confirmed his death by genetic testing on 27 August.',
      uk: '23–24 червня 2023 року бойовики «Вагнера» захопили військовий штаб у Ростові-на-Дону й рушили на Москву, але Пригожин зупинив похід за угодою, укладеною за посередництва білоруського лідера Олександра Лукашенка. Через два місяці, 23 серпня 2023 року, приватний літак, у якому були він і командир «Вагнера» Дмитро Уткін, розбився в Тверській області; загинули всі десятеро людей на борту. 27 серпня Слідчий комітет Росії підтвердив його загибель генетичною експертизою.',
    },
  ],
  timeline: [
    { date: '2018-02-16', text: { en: 'Indicted in the United States over interference in the 2016 presidential election.', uk: 'У США висунуто обвинувачення у втручанні в президентські вибори 2016 року.' } },
    { date: '2022-09', text: { en: 'Publicly admits founding Wagner.', uk: 'Публічно визнає, що заснував «Вагнер».' } },
    { date: '2023-05-20', text: { en: 'Claims the capture of Bakhmut.', uk: 'Оголошує про захоплення Бахмута.' } },
    { date: '2023-06-23', text: { en: 'Launches an armed mutiny; Wagner seizes the military headquarters in Rostov-on-Don.', uk: 'Починає збройний заколот; «Вагнер» захоплює військовий штаб у Ростові-на-Дону.' } },
    { date: '2023-06-24', text: { en: 'Halts the march on Moscow under a deal brokered by Lukashenko.', uk: 'Зупиняє похід на Москву за угодою за посередництва Лукашенка.' } },
    { date: '2023-08-23', text: { en: 'Killed in a plane crash in the Tver region.', uk: 'Загинув в авіакатастрофі в Тверській області.' } },
  ],
  roles: [{ title: { en: 'Founder and head of the Wagner Group', uk: 'засновник і керівник ПВК «Вагнер»' }, from: '2014', to: '2023-08-23' }],
  related: ['wagner-group', 'wagner-mutiny-2023', 'battle-of-bakhmut', 'sergei-shoigu', 'valery-gerasimov', 'alexander-lukashenko', 'vladimir-putin'],
  sources: [
    {
      publisher: 'Mehr News Agency',
      title: 'Wagner chief listed among passengers on crashed plane',
      date: '2023-08-23',
      url: 'https://en.mehrnews.com/news/205074/Wagner-chief-listed-among-passengers-on-crashed-plane',
    },
    {
      publisher: 'Cedar News (NNA)',
      title: 'Russian Investigative Committee confirms Prigozhin’s death in air disaster',
      date: '2023-08-27',
      url: 'https://en.cedarnews.net/60896/task/russian-investigative-committee-confirms-prigozhins-death-in-air-disaster/',
    },
    { publisher: 'Encyclopaedia Britannica', title: 'Yevgeny Prigozhin' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
