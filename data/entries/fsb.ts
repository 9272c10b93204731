import type { KbEntryInput } from '../schema';

export default {
  id: 'fsb',
  kind: 'institution',
  title: { en: 'FSB (Federal Security Service of Russia)', uk: 'ФСБ (Федеральна служба безпеки Росії)' },
  aliases: [
    { text: 'FSB', lang: 'en', caseSensitive: true },
    { text: 'Federal Security Service', lang: 'en' },
    { text: 'ФСБ', lang: 'uk', caseSensitive: true },
    { text: 'Федеральна служба безпеки', lang: 'uk', stems: ['Федеральн', 'служб', 'безпеки'] },
    { text: 'Федеральная служба безопасности', lang: 'ru', stems: ['Федеральн', 'служб', 'безопасности'] },
    { text: 'Federalna Służba Bezpieczeństwa', lang: 'pl', stems: ['Federaln', 'Służb', 'Bezpieczeństwa'] },
  ],
  summary: {
    en: 'Russia’s main security service and the chief successor of the Soviet KGB, responsible for counter-intelligence, counter-terrorism and border guarding, with wide powers at home and abroad. Vladimir Putin headed it in 1998–1999; Alexander Bortnikov has been its director since May 2008 (as of June 2025).',
    uk: 'Головна спецслужба Росії та основна наступниця радянського КДБ: відповідає за контррозвідку, боротьбу з тероризмом і охорону кордону, має широкі повноваження всередині країни й за кордоном. У 1998–1999 роках її очолював Володимир Путін; директор із травня 2008 року — Олександр Бортніков (станом на червень 2025 року).',
  },
  background: [
    {
      en: 'The FSB took its present name in 1995. It absorbed Russia’s Border Service in 2003, so its coast guard patrols the Kerch Strait and Russia’s sea borders. On 25 November 2018 FSB coast guard ships fired on and seized three Ukrainian navy vessels and their 24 crew near the Kerch Strait.',
      uk: 'Нинішню назву ФСБ отримала 1995 року. 2003 року до неї увійшла Прикордонна служба Росії, тож її берегова охорона патрулює Керченську протоку й морські кордони країни. 25 листопада 2018 року кораблі берегової охорони ФСБ обстріляли й захопили біля Керченської протоки три кораблі ВМС України разом із 24 членами екіпажів.',
    },
    {
      en: 'Ukrainian officials and human rights groups describe the FSB as a key actor in Russia’s occupation of Ukrainian territory, where it runs security and detains Ukrainian civilians. In Russia it has arrested critics and foreigners, including the US journalist Evan Gershkovich, detained in March 2023 on espionage charges he denied and freed in a prisoner exchange on 1 August 2024.',
      uk: 'Українські посадовці та правозахисники називають ФСБ одним із ключових учасників російської окупації українських територій: вона контролює там безпекову сферу й затримує українських цивільних. У Росії ФСБ заарештовує критиків влади й іноземців — зокрема американського журналіста Евана Гершковича, затриманого в березні 2023 року за звинуваченням у шпигунстві, яке він заперечував, і звільненого під час обміну в’язнями 1 серпня 2024 року.',
    },
  ],
  timeline: [
    { date: '1995', text: { en: 'The service takes the name Federal Security Service (FSB).', uk: 'Служба отримує назву Федеральна служба безпеки (ФСБ).' } },
    { date: '1998-07', text: { en: 'Vladimir Putin becomes FSB director.', uk: 'Директором ФСБ стає Володимир Путін.' } },
    { date: '2008-05', text: { en: 'Alexander Bortnikov becomes director.', uk: 'Директором стає Олександр Бортніков.' } },
    { date: '2018-11-25', text: { en: 'FSB coast guard seizes three Ukrainian navy vessels near the Kerch Strait.', uk: 'Берегова охорона ФСБ захоплює три кораблі ВМС України біля Керченської протоки.' } },
    { date: '2023-03', text: { en: 'The FSB arrests US journalist Evan Gershkovich.', uk: 'ФСБ заарештовує американського журналіста Евана Гершковича.' } },
    { date: '2024-08-01', text: { en: 'Gershkovich is freed in a prisoner exchange.', uk: 'Гершковича звільнено в межах обміну в’язнями.' } },
  ],
  related: ['vladimir-putin', 'kremlin', 'security-council-of-russia', 'sbu', 'crimea-annexation', 'occupied-territories'],
  sources: [
    { publisher: 'FSB (fsb.ru)', title: 'Official website of the Federal Security Service of the Russian Federation' },
    { publisher: 'Meduza', title: 'How Russia captured three Ukrainian ships in the Black Sea', date: '2018-11-26', url: 'https://meduza.io/en/feature/2018/11/26/how-russia-captured-three-ukrainian-ships-in-the-black-sea' },
    { publisher: 'Kyiv Independent', title: 'Freed U.S. prisoners arrive in Maryland, greeted by Biden, Harris', date: '2024-08-02', url: 'https://kyivindependent.com/freed-u-s-prisoners-arrive-in-dc-greeted-by-biden-harris/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
