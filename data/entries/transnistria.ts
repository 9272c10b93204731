import type { KbEntryInput } from '../schema';

export default {
  id: 'transnistria',
  kind: 'place',
  title: { en: 'Transnistria', uk: 'Придністров’я' },
  aliases: [
    { text: 'Transnistria', lang: 'en' },
    { text: 'Transdniestria', lang: 'en' },
    { text: 'Trans-Dniester', lang: 'en' },
    { text: 'Transdniester', lang: 'en' },
    { text: 'Pridnestrovie', lang: 'en' },
    { text: 'Придністров’я', lang: 'uk', stems: ['Придністров’'] },
    { text: 'Приднестровье', lang: 'ru', stems: ['Приднестров'] },
    { text: 'Transnistrien', lang: 'de' },
    { text: 'Naddniestrze', lang: 'pl', stems: ['Naddniestrz'] },
    { text: 'Transnistrie', lang: 'fr' },
  ],
  summary: {
    en: 'A breakaway region of Moldova on the left bank of the Dniester, bordering Ukraine. It has run its own affairs with Russian backing since a short war in 1992; no UN member recognises it, not even Russia, which keeps troops and a large Soviet-era ammunition depot there.',
    uk: 'Самопроголошений регіон Молдови на лівому березі Дністра, що межує з Україною. Після короткої війни 1992 року він за підтримки Росії існує поза контролем Кишинева; його не визнає жодна держава — член ООН, навіть Росія, яка тримає там війська й великий радянський склад боєприпасів.',
  },
  background: [
    {
      en: 'Local authorities proclaimed a separate republic in 1990, and fighting with Moldovan forces in 1992 ended in a ceasefire under which Russian troops stayed on as “peacekeepers”, alongside a separate Russian military contingent guarding the Cobasna depot. Talks on a settlement, including the OSCE-led “5+2” format, have produced no solution; in 2018 the UN General Assembly called for the withdrawal of foreign troops from Moldova.',
      uk: 'Місцева влада проголосила окрему «республіку» 1990 року, а бої з молдовськими силами 1992 року завершилися перемир’ям, за яким російські війська залишилися як «миротворці»; окремий російський контингент охороняє склад у Колбасні. Переговори про врегулювання, зокрема у форматі «5+2» під егідою ОБСЄ, результату не дали; 2018 року Генасамблея ООН закликала вивести іноземні війська з території Молдови.',
    },
    {
      en: 'Russia’s full-scale invasion raised fears that Moscow could use the region against Ukraine or Moldova, and Ukraine reinforced the border. When Russian gas transit through Ukraine ended on 1 January 2025, the region lost its gas supply; heating and hot water were cut off and most industry stopped. In mid-January the region’s leader, Vadim Krasnoselsky, said Russia would supply gas as “humanitarian aid”.',
      uk: 'Повномасштабне вторгнення Росії посилило побоювання, що Москва може використати регіон проти України чи Молдови, і Україна посилила кордон. Коли 1 січня 2025 року припинився транзит російського газу через Україну, регіон залишився без газу: відключили опалення й гарячу воду, більшість підприємств зупинилася. У середині січня лідер регіону Вадим Красносельський заявив, що Росія постачатиме газ як «гуманітарну допомогу».',
    },
  ],
  timeline: [
    { date: '1990', text: { en: 'A separate “Pridnestrovian Moldavian Republic” is proclaimed.', uk: 'Проголошено окрему «Придністровську Молдавську Республіку».' } },
    { date: '1992', text: { en: 'Fighting with Moldovan forces ends in a ceasefire; Russian troops remain.', uk: 'Бої з молдовськими силами завершуються перемир’ям; російські війська залишаються.' } },
    { date: '2018-06-22', text: { en: 'The UN General Assembly urges the withdrawal of foreign troops from Moldova.', uk: 'Генасамблея ООН закликає вивести іноземні війська з Молдови.' } },
    { date: '2025-01-01', text: { en: 'Russian gas transit via Ukraine ends, leaving the region without gas for heating.', uk: 'Транзит російського газу через Україну припиняється, і регіон залишається без газу для опалення.' } },
  ],
  related: ['maia-sandu', 'osce', 'peacekeepers', 'hybrid-warfare'],
  sources: [
    { publisher: 'United Nations General Assembly', title: 'Resolution 72/282: Complete and unconditional withdrawal of foreign military forces from the territory of the Republic of Moldova', date: '2018-06-22' },
    { publisher: 'UNN', title: 'Russia will supply gas to Transnistria under the guise of humanitarian aid - rosmedia', date: '2025-01-15', url: 'https://unn.ua/en/news/russia-will-supply-gas-to-transnistria-under-the-guise-of-humanitarian-aid-rosmedia' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
