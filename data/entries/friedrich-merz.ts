import type { KbEntryInput } from '../schema';

export default {
  id: 'friedrich-merz',
  kind: 'person',
  title: { en: 'Friedrich Merz', uk: 'Фрідріх Мерц' },
  aliases: [
    { text: 'Friedrich Merz', lang: 'en' },
    { text: 'Merz', lang: 'en' },
    { text: 'Merz', lang: 'de' },
    { text: 'Merz', lang: 'pl' },
    { text: 'Фрідріх Мерц', lang: 'uk' },
    { text: 'Мерц', lang: 'uk' },
    { text: 'Фридрих Мерц', lang: 'ru' },
    { text: 'Мерц', lang: 'ru' },
  ],
  summary: {
    en: 'Chancellor of Germany since 6 May 2025 and leader of the Christian Democratic Union (CDU) since January 2022. He took office after his party won the February 2025 election, pledging stronger German defence and continued support for Ukraine.',
    uk: 'Федеральний канцлер Німеччини з 6 травня 2025 року, лідер Християнсько-демократичного союзу (ХДС) з січня 2022 року. Очолив уряд після перемоги його партії на виборах у лютому 2025 року, пообіцявши зміцнити оборону Німеччини й далі підтримувати Україну.',
  },
  background: [
    {
      en: 'Merz led the CDU/CSU group in the Bundestag in 2000–2002, then left front-line politics in 2009 for business and law. He returned and was elected CDU leader, taking office in January 2022. In opposition he urged Olaf Scholz’s government to deliver Taurus cruise missiles to Ukraine.',
      uk: 'У 2000–2002 роках Мерц очолював фракцію ХДС/ХСС у Бундестазі, а 2009 року пішов із великої політики в бізнес і право. Згодом повернувся й був обраний головою ХДС, посаду обійняв у січні 2022 року. В опозиції закликав уряд Олафа Шольца передати Україні крилаті ракети Taurus.',
    },
    {
      en: 'The CDU/CSU won the snap election of 23 February 2025. Before the new Bundestag met, the outgoing parliament in March 2025 approved his plan to exempt defence spending above 1% of GDP from the constitutional debt brake. On 6 May 2025 the Bundestag elected him chancellor in a second round, heading a coalition with the SPD.',
      uk: 'ХДС/ХСС перемогли на дострокових виборах 23 лютого 2025 року. Ще до скликання нового Бундестагу попередній склад парламенту в березні 2025 року ухвалив його план вивести оборонні витрати понад 1% ВВП з-під конституційного «боргового гальма». 6 травня 2025 року Бундестаг у другому турі обрав його канцлером на чолі коаліції з СДПН.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, Merz was one of the leaders of the European effort to shape a settlement: on 10 May 2025 he travelled to Kyiv with Macron, Starmer and Tusk to back a 30-day ceasefire, and later that month he said Ukraine’s main Western suppliers no longer set range limits on the weapons they provide. He did not announce a Taurus delivery.',
      uk: 'Станом на липень 2025 року Мерц був одним із лідерів європейських зусиль щодо врегулювання: 10 травня 2025 року разом із Макроном, Стармером і Туском він приїхав до Києва на підтримку 30-денного припинення вогню, а наприкінці місяця заявив, що головні західні постачальники більше не обмежують дальність зброї, переданої Україні. Рішення про постачання Taurus він не оголосив.',
    },
  },
  timeline: [
    { date: '2022-01', text: { en: 'Takes over as CDU leader.', uk: 'Стає головою ХДС.' } },
    { date: '2025-02-23', text: { en: 'CDU/CSU wins the snap Bundestag election.', uk: 'ХДС/ХСС перемагають на дострокових виборах до Бундестагу.' } },
    { date: '2025-03-18', text: { en: 'The outgoing Bundestag loosens the debt brake for defence spending.', uk: 'Бундестаг попереднього скликання пом’якшує «боргове гальмо» для оборонних витрат.' } },
    { date: '2025-05-06', text: { en: 'Elected chancellor in the second round of voting.', uk: 'Обраний канцлером у другому турі голосування.' } },
    { date: '2025-05-10', text: { en: 'Visits Kyiv with Macron, Starmer and Tusk.', uk: 'Відвідує Київ разом із Макроном, Стармером і Туском.' } },
  ],
  roles: [
    { title: { en: 'Leader of the CDU', uk: 'Голова ХДС' }, from: '2022-01', asOf: '2025-07' },
    { title: { en: 'Chancellor of Germany', uk: 'Федеральний канцлер Німеччини' }, from: '2025-05-06', asOf: '2025-07' },
  ],
  related: ['olaf-scholz', 'boris-pistorius', 'taurus', 'emmanuel-macron', 'keir-starmer', 'donald-tusk', 'coalition-of-the-willing', 'weimar-triangle'],
  sources: [
    { publisher: 'Xinhua (via Shanghai Daily)', title: 'Merz elected chancellor in 2nd-round Bundestag vote', date: '2025-05-06', url: 'https://www.shine.cn/news/world/2505065635' },
    { publisher: 'AP (via The Atlanta Journal-Constitution)', title: 'Germany\'s Merz says there are no more range restrictions on the weapons supplied to Ukraine', date: '2025-05-26', url: 'https://www.ajc.com/news/2025/05/germanys-merz-says-there-are-no-more-range-restrictions-on-the-weapons-supplied-to-ukraine/' },
    { publisher: 'Wikipedia', title: 'Friedrich Merz' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
