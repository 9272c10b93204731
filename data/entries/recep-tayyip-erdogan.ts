import type { KbEntryInput } from '../schema';

export default {
  id: 'recep-tayyip-erdogan',
  kind: 'person',
  title: { en: 'Recep Tayyip Erdoğan', uk: 'Реджеп Таїп Ердоган' },
  aliases: [
    { text: 'Recep Tayyip Erdoğan', lang: 'en' },
    { text: 'Recep Tayyip Erdogan', lang: 'en' },
    { text: 'Erdoğan', lang: 'en' },
    { text: 'Erdogan', lang: 'en' },
    { text: 'Recep Tayyip Erdoğan', lang: 'de' },
    { text: 'Erdoğan', lang: 'de' },
    { text: 'Erdogan', lang: 'de' },
    { text: 'Recep Tayyip Erdoğan', lang: 'pl' },
    { text: 'Erdoğan', lang: 'pl' },
    { text: 'Erdogan', lang: 'pl' },
    { text: 'Реджеп Таїп Ердоган', lang: 'uk', stems: ['Реджеп', 'Таїп', 'Ердоган'] },
    { text: 'Ердоган', lang: 'uk', stems: ['Ердоган'] },
    { text: 'Реджеп Тайип Эрдоган', lang: 'ru', stems: ['Реджеп', 'Тайип', 'Эрдоган'] },
    { text: 'Эрдоган', lang: 'ru', stems: ['Эрдоган'] },
  ],
  summary: {
    en: 'President of Turkey since August 2014, after eleven years as prime minister (2003–2014). Leading a NATO member that did not join Western sanctions on Russia, he has kept channels open to both Kyiv and Moscow: Turkey hosted the 2022 Istanbul talks, co-brokered the Black Sea grain deal with the UN and hosted the direct talks resumed in 2025.',
    uk: 'Президент Туреччини з серпня 2014 року, до того одинадцять років був прем’єр-міністром (2003–2014). Очолює країну — члена НАТО, яка не приєдналася до західних санкцій проти Росії, і тримає відкриті канали і з Києвом, і з Москвою: Туреччина приймала стамбульські переговори 2022 року, разом з ООН стала посередником «зернової угоди» та приймала прямі переговори, відновлені у 2025 році.',
  },
  background: [
    {
      en: 'Erdoğan was mayor of Istanbul from 1994 to 1998 and co-founded the Justice and Development Party (AKP) in 2001. He became prime minister in March 2003 and in August 2014 won Turkey’s first direct presidential election. A 2017 referendum replaced the parliamentary system with an executive presidency; he was re-elected in 2018 and, in a run-off, in May 2023.',
      uk: 'Ердоган був мером Стамбула у 1994–1998 роках, а у 2001 році став одним із засновників Партії справедливості та розвитку (ПСР). У березні 2003 року він обійняв посаду прем’єр-міністра, а в серпні 2014 року переміг на перших прямих президентських виборах у Туреччині. Референдум 2017 року замінив парламентську систему президентською; його переобрали у 2018 році та в другому турі в травні 2023 року.',
    },
    {
      en: 'After Russia’s full-scale invasion Turkey restricted the passage of warships through the Turkish Straits under the 1936 Montreux Convention but did not impose sanctions on Russia. It hosted the meeting of foreign ministers Dmytro Kuleba and Sergey Lavrov in Antalya on 10 March 2022 and the Istanbul round of talks on 29 March 2022. On 22 July 2022 Erdoğan and UN Secretary-General António Guterres presided over the signing of the Black Sea Grain Initiative in Istanbul, from which Russia withdrew in July 2023.',
      uk: 'Після початку повномасштабного вторгнення Туреччина обмежила прохід військових кораблів через турецькі протоки відповідно до Конвенції Монтре 1936 року, але санкцій проти Росії не запровадила. Вона приймала зустріч міністрів закордонних справ Дмитра Кулеби та Сергія Лаврова в Анталії 10 березня 2022 року і стамбульський раунд переговорів 29 березня 2022 року. 22 липня 2022 року Ердоган і генсек ООН Антоніу Гутерреш головували на підписанні Чорноморської зернової ініціативи в Стамбулі; у липні 2023 року Росія з неї вийшла.',
    },
    {
      en: 'Within NATO, Turkey’s parliament ratified Finland’s accession in March 2023 and Sweden’s in January 2024, after months of delay that Ankara tied to its security demands.',
      uk: 'У НАТО турецький парламент ратифікував вступ Фінляндії в березні 2023 року, а Швеції — у січні 2024 року, після місяців затримки, яку Анкара пов’язувала зі своїми безпековими вимогами.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Turkey was again the venue of direct Russian–Ukrainian negotiations: delegations met in Istanbul on 16 May and 2 June 2025, with Turkish Foreign Minister Hakan Fidan chairing the talks. The rounds produced agreements on large prisoner exchanges but no ceasefire.',
      uk: 'Станом на червень 2025 року Туреччина знову стала майданчиком прямих російсько-українських переговорів: делегації зустрічалися в Стамбулі 16 травня та 2 червня 2025 року, зустрічі вів міністр закордонних справ Туреччини Хакан Фідан. Раунди завершилися домовленостями про великі обміни полоненими, але не про припинення вогню.',
    },
  },
  timeline: [
    { date: '2003-03', text: { en: 'Becomes Prime Minister of Turkey.', uk: 'Стає прем’єр-міністром Туреччини.' } },
    { date: '2014-08-28', text: { en: 'Takes office as president after Turkey’s first direct presidential election.', uk: 'Обіймає посаду президента після перших прямих президентських виборів у Туреччині.' } },
    { date: '2022-03-29', text: { en: 'Turkey hosts Russian–Ukrainian talks at Dolmabahçe Palace in Istanbul.', uk: 'Туреччина приймає російсько-українські переговори в палаці Долмабахче в Стамбулі.' } },
    { date: '2022-07-22', text: { en: 'Presides with Guterres over the signing of the Black Sea Grain Initiative.', uk: 'Разом із Гутеррешем головує на підписанні Чорноморської зернової ініціативи.' } },
    { date: '2023-05-28', text: { en: 'Re-elected president in a run-off.', uk: 'Переобраний президентом у другому турі.' } },
    { date: '2025-05-16', text: { en: 'Istanbul hosts the first direct Russian–Ukrainian talks since 2022.', uk: 'Стамбул приймає перші з 2022 року прямі російсько-українські переговори.' } },
  ],
  roles: [
    { title: { en: 'Mayor of Istanbul', uk: 'Мер Стамбула' }, from: '1994', to: '1998' },
    { title: { en: 'Prime Minister of Turkey', uk: 'Прем’єр-міністр Туреччини' }, from: '2003-03', to: '2014-08-28' },
    { title: { en: 'President of Turkey', uk: 'Президент Туреччини' }, from: '2014-08-28', asOf: '2025-06' },
  ],
  related: ['black-sea-grain-initiative', 'istanbul-communique-2022', 'istanbul-talks-2025', 'nato', 'vladimir-putin', 'volodymyr-zelenskyy', 'antonio-guterres'],
  sources: [
    { publisher: 'Encyclopaedia Britannica', title: 'Recep Tayyip Erdoğan' },
    { publisher: 'United Nations', title: 'Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports', date: '2022-07-22' },
    { publisher: 'Reuters', title: 'Russia and Ukraine reach deal on new POW swap and handover of bodies', date: '2025-06-02' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
