import type { KbEntryInput } from '../schema';

export default {
  id: 'david-lammy',
  kind: 'person',
  title: { en: 'David Lammy', uk: 'Девід Леммі' },
  aliases: [
    { text: 'David Lammy', lang: 'en' },
    { text: 'Lammy', lang: 'en' },
    { text: 'Lammy', lang: 'de' },
    { text: 'Lammy', lang: 'pl' },
    { text: 'Девід Леммі', lang: 'uk', stems: ['Девід', 'Леммі'] },
    { text: 'Девід Ламмі', lang: 'uk', stems: ['Девід', 'Ламмі'] },
    { text: 'Леммі', lang: 'uk', inflect: false },
    { text: 'Ламмі', lang: 'uk', inflect: false },
    { text: 'Дэвид Лэмми', lang: 'ru', stems: ['Дэвид', 'Лэмми'] },
    { text: 'Лэмми', lang: 'ru', inflect: false },
  ],
  summary: {
    en: 'British Labour politician, Foreign Secretary from July 2024 to September 2025 and since then Deputy Prime Minister and Justice Secretary in Keir Starmer’s government. As foreign secretary he represented the UK’s support for Ukraine in the first year of the Starmer government.',
    uk: 'Британський лейборист, міністр закордонних справ із липня 2024 до вересня 2025 року, відтоді — віцепрем’єр і міністр юстиції в уряді Кіра Стармера. Як очільник Форін-офісу представляв британську підтримку України в перший рік уряду Стармера.',
  },
  background: [
    {
      en: 'Lammy has been MP for Tottenham since 2000 and served as a minister under Tony Blair and Gordon Brown. He was shadow foreign secretary from 2021 and became Foreign Secretary when Labour won the general election of 4 July 2024.',
      uk: 'Леммі — депутат парламенту від округу Тоттенгем з 2000 року, був міністром в урядах Тоні Блера й Гордона Брауна. З 2021 року був тіньовим міністром закордонних справ, а після перемоги лейбористів на виборах 4 липня 2024 року очолив Форін-офіс.',
    },
    {
      en: 'As foreign secretary he visited Kyiv, including with Antony Blinken in September 2024; during his term Starmer and Zelenskyy signed the UK–Ukraine 100 Year Partnership (January 2025), and the UK and France began building a coalition of the willing. On 5 September 2025, in the reshuffle after Angela Rayner’s resignation, he became Deputy Prime Minister, Lord Chancellor and Justice Secretary; Yvette Cooper succeeded him as foreign secretary.',
      uk: 'Як міністр закордонних справ він відвідував Київ, зокрема разом з Ентоні Блінкеном у вересні 2024 року; за його каденції Стармер і Зеленський підписали угоду про 100-річне партнерство між Британією та Україною (січень 2025 року), а Британія та Франція взялися формувати «коаліцію охочих». 5 вересня 2025 року під час перестановок після відставки Анджели Рейнер він став віцепрем’єром, лордом-канцлером і міністром юстиції; новою очільницею Форін-офісу стала Іветт Купер.',
    },
  ],
  timeline: [
    { date: '2000', text: { en: 'Elected MP for Tottenham.', uk: 'Обраний депутатом парламенту від Тоттенгема.' } },
    { date: '2024-07-05', text: { en: 'Becomes Foreign Secretary in Keir Starmer’s government.', uk: 'Стає міністром закордонних справ в уряді Кіра Стармера.' } },
    { date: '2025-01-16', text: { en: 'The UK and Ukraine sign the 100 Year Partnership in Kyiv.', uk: 'Британія та Україна підписують у Києві угоду про 100-річне партнерство.' } },
    { date: '2025-09-05', text: { en: 'Moves to Deputy Prime Minister and Justice Secretary; Yvette Cooper takes the Foreign Office.', uk: 'Стає віцепрем’єром і міністром юстиції; Форін-офіс очолює Іветт Купер.' } },
  ],
  roles: [
    { title: { en: 'UK Foreign Secretary', uk: 'Міністр закордонних справ Великої Британії' }, from: '2024-07-05', to: '2025-09-05' },
    { title: { en: 'UK Deputy Prime Minister, Lord Chancellor and Justice Secretary', uk: 'Віцепрем’єр-міністр, лорд-канцлер і міністр юстиції Великої Британії' }, from: '2025-09-05', asOf: '2025-09' },
  ],
  related: ['keir-starmer', 'coalition-of-the-willing', 'jd-vance', 'bilateral-security-agreements'],
  sources: [
    { publisher: 'The Daily Star (Reuters)', title: 'UK\'s Cooper appointed foreign minister, Lammy named deputy PM', date: '2025-09-06', url: 'https://www.thedailystar.net/news/world/uk/news/uks-cooper-appointed-foreign-minister-lammy-named-deputy-pm-3979376' },
    { publisher: 'Wikipedia', title: 'David Lammy' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
