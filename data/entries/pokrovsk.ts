import type { KbEntryInput } from '../schema';

export default {
  id: 'pokrovsk',
  kind: 'place',
  title: { en: 'Pokrovsk', uk: 'Покровськ' },
  aliases: [
    // A town of the same name lies in Yakutia, Russia: the Latin and Russian forms need war context.
    { text: 'Pokrovsk', lang: 'en', ambiguous: true },
    { text: 'Покровськ', lang: 'uk', stems: ['Покровськ'] },
    { text: 'Покровск', lang: 'ru', stems: ['Покровск'], ambiguous: true },
    { text: 'Pokrowsk', lang: 'de', ambiguous: true },
    { text: 'Pokrowsk', lang: 'pl', stems: ['Pokrowsk'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Ukrain*', 'Donetsk*', 'Donbas*', 'front*', 'offensive', 'troops', 'Russian forces', 'Myrnohrad', 'Kostiantynivka', 'Avdiivka', 'logistic*',
      'Україн*', 'Украин*', 'Донецьк*', 'Донецк*', 'Донбас*', 'фронт*', 'наступ*', 'ЗСУ', 'ВСУ', 'Мирноград*', 'Красноармейск*', 'штурм*', 'оборон*',
      'Front*', 'Offensive', 'Truppen', 'Donezk*', 'Doniec*', 'ofensyw*', 'wojsk*',
    ],
    noneOf: ['Yakutia', 'Yakutsk', 'Sakha', 'Якути*', 'Якутск*', 'Саха', 'Jakutien', 'Jakuck*', 'Jakucj*'],
    window: 300,
  },
  summary: {
    en: 'A city in Ukraine’s Donetsk oblast and a key road and rail hub for Ukrainian forces in the Donbas. After taking Avdiivka in February 2024, Russian forces pushed towards it, and by early 2025 it had become one of the most fiercely contested points of the front.',
    uk: 'Місто в Донецькій області, важливий автомобільний і залізничний вузол для українських військ на Донбасі. Після захоплення Авдіївки в лютому 2024 року російські війська рушили на нього, і на початок 2025 року Покровський напрямок став однією з найгарячіших ділянок фронту.',
  },
  background: [
    {
      en: 'The city was called Krasnoarmiisk in Soviet times and regained the name Pokrovsk in 2016 under Ukraine’s decommunisation laws; Russian sources still often use the Soviet name. Before the war it was a mining centre, with Ukraine’s only coking coal mine, run by the steelmaker Metinvest, nearby.',
      uk: 'За радянських часів місто називалося Красноармійськом, а 2016 року за законами про декомунізацію отримало назву Покровськ; російські джерела й досі часто вживають радянську. До війни це був шахтарський центр; поблизу працювала єдина в Україні шахта коксівного вугілля, що належить «Метінвесту».',
    },
    {
      en: 'From spring 2024 Russian forces advanced west from Avdiivka towards the city, prompting evacuations of civilians. In January 2025 Metinvest suspended work at the coking coal mine, citing the security situation and power cuts, while the fighting moved to the city’s outskirts.',
      uk: 'Від весни 2024 року російські війська просувалися від Авдіївки на захід до міста, і цивільних почали евакуйовувати. У січні 2025 року «Метінвест» зупинив роботу шахти коксівного вугілля через безпекову ситуацію та відключення електроенергії, а бої перемістилися на околиці міста.',
    },
  ],
  whyNow: {
    asOf: '2025-01',
    text: {
      en: 'As of January 2025, Pokrovsk, a crucial logistics hub for Ukrainian forces, was the focus of fierce fighting as Russia intensified its offensive in the Donetsk oblast, and the shutdown of the nearby mine threatened Ukraine’s steel output.',
      uk: 'Станом на січень 2025 року Покровськ, ключовий логістичний вузол українських військ, був у центрі запеклих боїв через посилення російського наступу на Донеччині, а зупинка шахти поблизу поставила під загрозу виробництво сталі в Україні.',
    },
  },
  timeline: [
    { date: '2016', text: { en: 'Krasnoarmiisk is renamed Pokrovsk.', uk: 'Красноармійськ перейменовано на Покровськ.' } },
    { date: '2024-02-17', text: { en: 'Ukraine withdraws from Avdiivka; Russian forces then push west towards Pokrovsk.', uk: 'Українські війська виходять з Авдіївки; далі російські сили тиснуть на захід, до Покровська.' } },
    { date: '2025-01-14', text: { en: 'Metinvest suspends Ukraine’s only coking coal mine near Pokrovsk as the front approaches.', uk: '«Метінвест» зупиняє єдину в Україні шахту коксівного вугілля біля Покровська через наближення фронту.' } },
  ],
  related: ['donetsk-oblast', 'donbas', 'avdiivka', 'bakhmut', 'glide-bombs', 'fpv-drones'],
  sources: [
    { publisher: 'Ukrinform (via MENAFN)', title: 'Metinvest Suspending Pokrovske Coal Operations, Evacuating Workers As Frontline Nearing', date: '2025-01-14', url: 'https://menafn.com/1109091393/Metinvest-Suspending-Pokrovske-Coal-Operations-Evacuating-Workers-As-Frontline-Nearing' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
