import type { KbEntryInput } from '../schema';

export default {
  id: 'battle-of-bakhmut',
  kind: 'event',
  title: { en: 'Battle of Bakhmut (2022–2023)', uk: 'Битва за Бахмут (2022–2023)' },
  aliases: [
    { text: 'battle of Bakhmut', lang: 'en' },
    { text: 'battle for Bakhmut', lang: 'en' },
    { text: 'Bakhmut battle', lang: 'en' },
    { text: 'fall of Bakhmut', lang: 'en' },
    { text: 'defence of Bakhmut', lang: 'en' },
    { text: 'defense of Bakhmut', lang: 'en' },
    { text: 'битва за Бахмут', lang: 'uk', stems: ['битв', 'за', 'Бахмут'] },
    { text: 'бої за Бахмут', lang: 'uk', stems: ['бої', 'за', 'Бахмут'] },
    { text: 'оборона Бахмута', lang: 'uk', stems: ['оборон', 'Бахмут'] },
    { text: 'битва за Бахмут', lang: 'ru', stems: ['битв', 'за', 'Бахмут'] },
    { text: 'бои за Бахмут', lang: 'ru', stems: ['бои', 'за', 'Бахмут'] },
    { text: 'штурм Артёмовска', lang: 'ru', stems: ['штурм', 'Артёмовск'] },
    { text: 'штурм Артемовска', lang: 'ru', stems: ['штурм', 'Артемовск'] },
    { text: 'Schlacht um Bachmut', lang: 'de' },
    { text: 'bitwa o Bachmut', lang: 'pl', stems: ['bitw', 'o', 'Bachmut'] },
    { text: 'bataille de Bakhmout', lang: 'fr' },
  ],
  summary: {
    en: 'One of the longest and deadliest battles of Russia’s full-scale war: Wagner-led Russian forces assaulted Bakhmut, in Donetsk region, from summer 2022 until capturing the almost destroyed town in May 2023. Ukraine’s leadership said the defence inflicted heavy losses on Russia; US Defense Secretary Lloyd Austin said in March 2023 the town was more symbolic than operational.',
    uk: 'Одна з найтриваліших і найкривавіших битв повномасштабної війни: російські війська на чолі з ПВК «Вагнер» штурмували Бахмут на Донеччині з літа 2022 року, доки в травні 2023 року не захопили майже повністю зруйноване місто. Українське керівництво наголошувало, що оборона завдала Росії великих втрат; міністр оборони США Ллойд Остін у березні 2023 року заявив, що місто має радше символічне, ніж оперативне значення.',
  },
  background: [
    {
      en: 'After taking the Luhansk region in summer 2022, Russian forces turned to Bakhmut. The assault was led by Wagner, which recruited tens of thousands of convicts from Russian prisons and used them in waves of attacks. On 20 December 2022 President Zelenskyy visited Bakhmut, and the next day presented a battle flag from its defenders to the US Congress.',
      uk: 'Після захоплення Луганщини влітку 2022 року російські війська взялися за Бахмут. Штурм очолив «Вагнер», який завербував десятки тисяч ув’язнених із російських колоній і кидав їх у хвилеподібні атаки. 20 грудня 2022 року президент Зеленський відвідав Бахмут, а наступного дня передав Конгресу США бойовий прапор його захисників.',
    },
    {
      en: 'Russian forces took nearby Soledar in January 2023 and gradually encircled Bakhmut from the north and south. On 20 May 2023 Yevgeny Prigozhin claimed its capture, and Russia’s defence ministry followed; Ukraine kept fighting on the flanks and in September 2023 retook the villages of Klishchiivka and Andriivka to the south. The battle fuelled Prigozhin’s public feud with Russia’s military leadership, which ended in the Wagner mutiny in June 2023.',
      uk: 'У січні 2023 року російські війська захопили сусідній Соледар і поступово охопили Бахмут з півночі та півдня. 20 травня 2023 року Євген Пригожин заявив про захоплення міста, згодом це підтвердило й Міноборони Росії; українські сили продовжували бої на флангах і у вересні 2023 року звільнили Кліщіївку та Андріївку на південь від міста. Битва загострила публічний конфлікт Пригожина з російським військовим керівництвом, що завершився заколотом «Вагнера» в червні 2023 року.',
    },
  ],
  timeline: [
    { date: '2022-08', text: { en: 'Russian forces begin their assault on Bakhmut.', uk: 'Російські війська починають штурм Бахмута.' } },
    { date: '2022-12-20', text: { en: 'Zelenskyy visits the defenders of Bakhmut.', uk: 'Зеленський відвідує захисників Бахмута.' } },
    { date: '2023-01', text: { en: 'Russian forces take Soledar, north of Bakhmut.', uk: 'Російські війська захоплюють Соледар на північ від Бахмута.' } },
    { date: '2023-05-20', text: { en: 'Prigozhin claims the capture of Bakhmut.', uk: 'Пригожин заявляє про захоплення Бахмута.' } },
    { date: '2023-09', text: { en: 'Ukrainian forces retake Klishchiivka and Andriivka south of the town.', uk: 'ЗСУ звільняють Кліщіївку та Андріївку на південь від міста.' } },
  ],
  related: ['bakhmut', 'wagner-group', 'yevgeny-prigozhin', 'wagner-mutiny-2023', 'donetsk-oblast', 'full-scale-invasion'],
  sources: [
    { publisher: 'Ministry of Defence of the Russian Federation', title: 'Statement on the capture of Artyomovsk (Bakhmut)', date: '2023-05' },
    { publisher: 'General Staff of the Armed Forces of Ukraine', title: 'Statements on the liberation of Andriivka and Klishchiivka', date: '2023-09' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
