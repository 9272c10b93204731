import type { KbEntryInput } from '../schema';

export default {
  id: 'kharkiv',
  kind: 'place',
  title: { en: 'Kharkiv', uk: 'Харків' },
  aliases: [
    { text: 'Kharkiv', lang: 'en' },
    { text: 'Kharkov', lang: 'en' },
    { text: 'Харків', lang: 'uk', stems: ['Харків'] },
    { text: 'Харкова', lang: 'uk', stems: ['Харков'] },
    { text: 'Харьков', lang: 'ru', stems: ['Харьков'] },
    { text: 'Charkiw', lang: 'de' },
    { text: 'Charków', lang: 'pl', inflect: false },
    { text: 'Charkowa', lang: 'pl', inflect: false },
    { text: 'Charkowie', lang: 'pl', inflect: false },
    { text: 'Charkowem', lang: 'pl', inflect: false },
  ],
  summary: {
    en: 'Ukraine’s second-largest city, about 30 km from the Russian border. Russian forces failed to take it in 2022 and were driven from most of the Kharkiv region that September; since then the city has been hit regularly by missiles, glide bombs and drones, and Russia opened a new offensive in the north of the region in May 2024.',
    uk: 'Друге за величиною місто України, приблизно за 30 км від кордону з Росією. У 2022 році російські війська не змогли його взяти, а у вересні того ж року їх вибили з більшої частини Харківщини. Відтоді місто регулярно атакують ракетами, керованими авіабомбами й дронами, а в травні 2024 року Росія почала новий наступ на півночі області.',
  },
  background: [
    {
      en: 'In the first weeks of the full-scale invasion Russian troops reached the outskirts of Kharkiv but could not take it; in May 2022 a Ukrainian counterattack pushed them back from the city towards the border. In September 2022 a rapid Ukrainian counteroffensive freed most of the Kharkiv region, including Balakliia, Kupiansk and Izium.',
      uk: 'У перші тижні повномасштабного вторгнення російські війська дійшли до околиць Харкова, але взяти місто не змогли; у травні 2022 року контратака ЗСУ відкинула їх від міста до кордону. У вересні 2022 року стрімкий контрнаступ ЗСУ звільнив більшу частину Харківщини, зокрема Балаклію, Куп’янськ та Ізюм.',
    },
    {
      en: 'On 10 May 2024 Russian forces crossed the border north of the city, towards Vovchansk. Kyiv then asked to strike the Russian forces massing across the border with Western weapons, and on 31 May US Secretary of State Antony Blinken confirmed that President Biden had approved this for the Kharkiv area.',
      uk: '10 травня 2024 року російські війська перейшли кордон на північ від міста, у напрямку Вовчанська. Київ попросив дозволу бити західною зброєю по російських силах, що зосереджувалися по той бік кордону, і 31 травня держсекретар США Ентоні Блінкен підтвердив, що президент Байден дозволив це для району Харкова.',
    },
  ],
  timeline: [
    { date: '2022-02', text: { en: 'Russian troops reach the outskirts of Kharkiv but fail to take the city.', uk: 'Російські війська доходять до околиць Харкова, але не можуть захопити місто.' } },
    { date: '2022-05', text: { en: 'A Ukrainian counterattack pushes Russian troops back from Kharkiv towards the border.', uk: 'Контратака ЗСУ відкидає російські війська від Харкова до кордону.' } },
    { date: '2022-09', text: { en: 'A Ukrainian counteroffensive liberates most of the Kharkiv region.', uk: 'Контрнаступ ЗСУ звільняє більшу частину Харківщини.' } },
    { date: '2024-05-10', text: { en: 'Russia launches a new offensive in the north of the Kharkiv region, towards Vovchansk.', uk: 'Росія починає новий наступ на півночі Харківщини, у напрямку Вовчанська.' } },
    { date: '2024-05-31', text: { en: 'The US confirms Ukraine may use US weapons against Russian forces attacking the Kharkiv area from Russia.', uk: 'США підтверджують, що Україна може бити американською зброєю по російських силах, які атакують Харківщину з території Росії.' } },
  ],
  related: ['kharkiv-counteroffensive-2022', 'glide-bombs', 'himars', 'shahed'],
  sources: [
    { publisher: 'RFE/RL', title: 'Ukraine Claims Success In Pushing Russian Troops Around Kharkiv Back To Border', date: '2022-05-16', url: 'https://www.rferl.org/amp/ukraine-kharkiv-border-counterattack/31852528.html' },
    { publisher: 'United24 Media', title: 'Russia Has Launched A New Offensive In Kharkiv Region. What Is Known So Far?', date: '2024-05-10', url: 'https://united24media.com/latest-news/russia-has-launched-a-new-offensive-in-kharkiv-region-what-is-known-so-far-297' },
    { publisher: 'Reuters', title: 'Blinken says Washington approved use of US weapons by Ukraine inside Russia', date: '2024-05-31' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
