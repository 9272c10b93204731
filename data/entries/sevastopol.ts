import type { KbEntryInput } from '../schema';
import { UNGA_RES_68_262 } from '../sources';

export default {
  id: 'sevastopol',
  kind: 'place',
  title: { en: 'Sevastopol', uk: 'Севастополь' },
  aliases: [
    { text: 'Sevastopol', lang: 'en' },
    { text: 'Севастополь', lang: 'uk', stems: ['Севастопол'] },
    { text: 'Севастополь', lang: 'ru', stems: ['Севастопол'] },
    { text: 'Sewastopol', lang: 'de' },
    { text: 'Sewastopol', lang: 'pl', stems: ['Sewastopol'] },
    { text: 'Sébastopol', lang: 'fr' },
  ],
  summary: {
    en: 'A port city in south-western Crimea and the main base of Russia’s Black Sea Fleet. Under Ukraine’s constitution it is a city with special status; Russia has occupied it since 2014 together with the rest of Crimea, and since 2022 Ukraine has repeatedly struck the fleet there.',
    uk: 'Портове місто на південному заході Криму й головна база Чорноморського флоту РФ. За Конституцією України це місто зі спеціальним статусом; разом з усім Кримом Росія окупувала його у 2014 році, а з 2022 року Україна неодноразово уражала там кораблі й об’єкти флоту.',
  },
  background: [
    {
      en: 'Founded in 1783 as a naval base of the Russian Empire, Sevastopol was besieged in the Crimean War of 1854–1855 and again in the Second World War. After 1991 it remained part of independent Ukraine, while Russia’s Black Sea Fleet stayed on under agreements that Ukraine’s then President Viktor Yanukovych extended in 2010 until 2042.',
      uk: 'Заснований 1783 року як військово-морська база Російської імперії, Севастополь пережив облоги під час Кримської війни 1854–1855 років і Другої світової війни. Після 1991 року місто залишилося у складі незалежної України, а Чорноморський флот РФ базувався там за угодами, які 2010 року тодішній президент Віктор Янукович продовжив до 2042 року.',
    },
    {
      en: 'In March 2014 Russia declared Sevastopol, separately from the rest of Crimea, a Russian “federal city”; the UN General Assembly’s resolution 68/262 refers to the Autonomous Republic of Crimea and the city of Sevastopol as Ukrainian. Since the full-scale invasion Ukraine has hit ships, a shipyard and, in September 2023, the fleet’s headquarters in the city with missiles and naval drones.',
      uk: 'У березні 2014 року Росія оголосила Севастополь, окремо від решти Криму, «містом федерального значення»; резолюція Генасамблеї ООН 68/262 згадує Автономну Республіку Крим і місто Севастополь як українські. Після початку повномасштабного вторгнення Україна вражала в місті ракетами й морськими дронами кораблі, суднозавод, а у вересні 2023 року — штаб флоту.',
    },
  ],
  timeline: [
    { date: '1783', text: { en: 'Sevastopol is founded as a base of the Russian Empire’s Black Sea Fleet.', uk: 'Засновано Севастополь як базу Чорноморського флоту Російської імперії.' } },
    { date: '2010-04-21', text: { en: 'Ukraine and Russia extend the Black Sea Fleet’s stay in Sevastopol until 2042 (the Kharkiv agreements).', uk: 'Україна й Росія продовжують перебування Чорноморського флоту в Севастополі до 2042 року (Харківські угоди).' } },
    { date: '2014-03-18', text: { en: 'Russia declares Crimea and Sevastopol annexed.', uk: 'Росія оголошує про «приєднання» Криму та Севастополя.' } },
    { date: '2023-09-22', text: { en: 'A Ukrainian missile strike hits the Black Sea Fleet headquarters in Sevastopol.', uk: 'Український ракетний удар уражає штаб Чорноморського флоту в Севастополі.' } },
  ],
  related: ['crimea', 'crimea-annexation', 'black-sea-fleet', 'crimean-bridge', 'storm-shadow'],
  sources: [
    UNGA_RES_68_262,
    { publisher: 'Ukraine and the Russian Federation', title: 'Agreement on the stay of the Black Sea Fleet of the Russian Federation on the territory of Ukraine (Kharkiv agreement)', date: '2010-04-21' },
    { publisher: 'The Kyiv Independent', title: "Ukrainian military strikes Russia's Black Sea Fleet headquarters", date: '2023-09-22', url: 'https://kyivindependent.com/russian-proxies-claim-missile-strike-on-black-sea-fleet-headquarters-in-sevastopol' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
