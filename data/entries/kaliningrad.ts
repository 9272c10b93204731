import type { KbEntryInput } from '../schema';

export default {
  id: 'kaliningrad',
  kind: 'place',
  title: { en: 'Kaliningrad', uk: 'Калінінград' },
  aliases: [
    { text: 'Kaliningrad', lang: 'en' },
    { text: 'Kaliningrad oblast', lang: 'en' },
    { text: 'Kaliningrad region', lang: 'en' },
    { text: 'Калінінград', lang: 'uk', stems: ['Калінінград'] },
    { text: 'Калінінградська область', lang: 'uk', stems: ['Калінінградськ', 'област'] },
    { text: 'Калининград', lang: 'ru', stems: ['Калининград'] },
    { text: 'Калининградская область', lang: 'ru', stems: ['Калининградск', 'област'] },
    { text: 'Kaliningrad', lang: 'pl', stems: ['Kaliningrad'] },
    { text: 'obwód królewiecki', lang: 'pl', stems: ['obw', 'królewieck'] },
    // The historical name (and since 2023 the official Polish name): only in today's military or political context.
    { text: 'Königsberg', lang: 'de', ambiguous: true },
    { text: 'Królewiec', lang: 'pl', inflect: false, ambiguous: true },
    { text: 'Królewca', lang: 'pl', stems: ['Królewc'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Russia*', 'Russland', 'russisch*', 'Rosj*', 'rosyjsk*', 'exclave', 'Exklave', 'eksklaw*', 'NATO', 'Iskander*', 'Baltic Fleet', 'Ostseeflotte', 'Floty Bałtyckiej', 'Flota Bałtycka',
      'Putin*', 'Kreml*', 'Kremlin', 'Lithuania*', 'Litauen', 'Litw*', 'Suwał*', 'Suwalki', 'transit', 'tranzyt*', 'sanction*', 'Sanktion*', 'sankcj*', 'militar*', 'wojsk*', 'Raketen', 'rakiet*',
    ],
    noneOf: ['Kant', 'Klopse', 'Euler', 'bridges', 'Brücken', 'mosty', 'Prussia*', 'Preußen', 'Ostpreußen', 'Prus*', '1945', '1944', 'Ordensburg', 'Krzyżac*', 'Teutonic'],
    window: 250,
  },
  summary: {
    en: 'A Russian exclave on the Baltic Sea between Poland and Lithuania, the former German city of Königsberg and its region. Home to Russia’s Baltic Fleet and to Iskander missile units, it is heavily militarised and a frequent source of tension with its NATO neighbours.',
    uk: 'Російський анклав на узбережжі Балтійського моря між Польщею та Литвою — колишнє німецьке місто Кенігсберг і прилегла до нього область. Тут базуються Балтійський флот РФ і підрозділи з ракетами «Іскандер», тож регіон сильно мілітаризований і часто стає джерелом напруги із сусідами по НАТО.',
  },
  background: [
    {
      en: 'The northern part of East Prussia, including Königsberg, was taken by the Soviet Union after the Second World War; the city was renamed Kaliningrad in 1946 and its German population expelled. Since 1991 it has been separated from the rest of Russia by Lithuania and Belarus, and supplies travel by rail through Lithuania or by sea.',
      uk: 'Північну частину Східної Пруссії разом із Кенігсбергом після Другої світової війни отримав Радянський Союз; 1946 року місто перейменували на Калінінград, а німецьке населення виселили. Після 1991 року його відділяють від решти Росії Литва й Білорусь, тож вантажі надходять залізницею через Литву або морем.',
    },
    {
      en: 'In June 2022 Lithuania stopped rail transit of goods under EU sanctions to Kaliningrad; Russia called it a blockade and threatened retaliation, and the EU later clarified that such rail transit could continue within limits. Russia keeps nuclear-capable Iskander missiles in the region.',
      uk: 'У червні 2022 року Литва припинила залізничний транзит до Калінінграда товарів, що підпадають під санкції ЄС; Росія назвала це блокадою й пригрозила відповіддю, а згодом ЄС роз’яснив, що такий залізничний транзит може тривати в певних межах. Росія розміщує в області ядерноздатні ракети «Іскандер».',
    },
  ],
  timeline: [
    { date: '1946', text: { en: 'Königsberg is renamed Kaliningrad.', uk: 'Кенігсберг перейменовано на Калінінград.' } },
    { date: '1991', text: { en: 'Lithuania’s independence cuts the region off from the rest of Russia by land.', uk: 'Незалежність Литви відрізає область від решти Росії по суші.' } },
    { date: '2022-06-18', text: { en: 'Lithuania halts rail transit of EU-sanctioned goods to Kaliningrad; Moscow threatens a response.', uk: 'Литва зупиняє залізничний транзит до Калінінграда товарів під санкціями ЄС; Москва погрожує відповіддю.' } },
  ],
  related: ['suwalki-gap', 'iskander', 'nato', 'eu-sanctions-against-russia', 'deterrence'],
  sources: [
    { publisher: 'LRT', title: 'Lithuania bans transit of sanctioned Russian goods', date: '2022-06-19', url: 'https://www.lrt.lt/en/news-in-english/19/1722970/lithuania-bans-transit-of-sanctioned-russian-goods' },
    { publisher: 'Channel 4 News', title: "Russia warns Lithuania of 'serious' consequences over rail blockade", date: '2022-06-21', url: 'https://www.channel4.com/news/russia-warns-lithuania-of-serious-consequences-over-rail-blockade' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
