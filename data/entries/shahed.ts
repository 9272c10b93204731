import type { KbEntryInput } from '../schema';

export default {
  id: 'shahed',
  kind: 'weapon',
  title: { en: 'Shahed drones', uk: 'Дрони «Шахед»' },
  aliases: [
    { text: 'Shahed-136', lang: 'en' },
    { text: 'Shahed-131', lang: 'en' },
    { text: 'Shahed drone', lang: 'en' },
    // Bare "Shahed" is also a first name and part of Iranian company names.
    { text: 'Shahed', lang: 'en', ambiguous: true },
    { text: 'Geran-2', lang: 'en' },
    { text: 'Шахед', lang: 'uk', stems: ['Шахед'] },
    { text: 'Шахед-136', lang: 'uk' },
    { text: 'Шахед', lang: 'ru', stems: ['Шахед'] },
    { text: 'Герань-2', lang: 'ru' },
    { text: 'Герань-2', lang: 'uk' },
    { text: 'Shahed-Drohne', lang: 'de' },
  ],
  disambiguation: {
    anyOf: [
      'drone*', 'UAV', 'loitering', 'kamikaze', 'Geran*', 'Iran*', 'attack*', 'air defen*', 'shot down', 'launched',
      'дрон*', 'БпЛА', 'безпілот*', 'беспилот*', 'ППО', 'ПВО', 'атак*', 'збит*', 'сбит*',
      'Drohne*', 'Luftabwehr', 'Flugabwehr', 'Angriff*',
      'dron*', 'obrona powietrzn*', 'atak*',
      ...['Ukrain*', 'Україн*', 'Украин*', 'Russia*', 'Russland', 'Rosj*', 'Росі*', 'Росси*'],
    ],
    noneOf: ['Mr Shahed', 'Ms Shahed', 'footballer', 'cricketer', 'actor', 'actress', 'singer', 'Shahed University', 'Shahed Hospital'],
    window: 250,
  },
  summary: {
    en: 'Iranian-designed one-way attack (“kamikaze”) drones, chiefly the Shahed-136, which Russia has launched at Ukraine since September 2022 and now builds itself under the name Geran-2. Cheap and slow but numerous, they are used in mass night attacks on cities and the energy grid to wear down Ukraine’s air defence.',
    uk: 'Ударні безпілотники-камікадзе іранської розробки, передусім Shahed-136, якими Росія атакує Україну з вересня 2022 року й які тепер сама виробляє під назвою «Герань-2». Дешеві й повільні, але численні, вони застосовуються в масованих нічних атаках на міста та енергосистему, щоб виснажити українську ППО.',
  },
  background: [
    {
      en: 'Russia began using Shahed-type drones against Ukraine in September 2022 and, from October 2022, in waves against power plants and substations. Iran denied supplying them until 5 November 2022, when Foreign Minister Hossein Amir-Abdollahian acknowledged sending “a limited number” of drones to Russia months before the invasion; Ukraine and Western governments said deliveries continued. The EU, the UK and the US imposed sanctions on Iranian individuals and firms involved.',
      uk: 'Росія почала застосовувати дрони типу «Шахед» проти України у вересні 2022 року, а з жовтня 2022-го — хвилями проти електростанцій і підстанцій. Іран заперечував постачання до 5 листопада 2022 року, коли міністр закордонних справ Хосейн Амір Абдоллахіян визнав, що країна передала Росії «обмежену кількість» дронів за кілька місяців до вторгнення. Україна й західні уряди заявляли, що постачання тривали. ЄС, Британія та США запровадили санкції проти причетних іранських осіб і компаній.',
    },
    {
      en: 'Russia has since set up its own production, notably in the Alabuga special economic zone in Tatarstan, and launches the drones in ever larger numbers, often mixed with decoys and missiles. Ukraine counters them with mobile fire groups, electronic warfare, interceptor drones and anti-aircraft guns, reserving costly missiles for other targets; Ukrainians nicknamed them “mopeds” for their engine noise.',
      uk: 'Відтоді Росія налагодила власне виробництво, зокрема в особливій економічній зоні «Алабуга» в Татарстані, і запускає дрони дедалі більшими групами, часто разом із дронами-імітаторами та ракетами. Україна протидіє їм мобільними вогневими групами, засобами РЕБ, дронами-перехоплювачами та зенітною артилерією, зберігаючи дорогі ракети для інших цілей. Через звук двигуна в народі їх називають «мопедами».',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Russia was launching Shahed-type drones at Ukraine in record numbers: Ukraine’s Air Force counted 472 in the night to 1 June alone. Kyiv keeps asking partners for more air defence.',
      uk: 'Станом на червень 2025 року Росія запускала по Україні рекордну кількість дронів типу «Шахед»: лише в ніч на 1 червня Повітряні сили нарахували 472. Київ і далі просить партнерів про додаткову ППО.',
    },
  },
  timeline: [
    { date: '2022-09', text: { en: 'First reported use of Shahed-136 drones by Russia against Ukraine.', uk: 'Перші повідомлення про застосування Росією дронів Shahed-136 проти України.' } },
    { date: '2022-10', text: { en: 'Russia begins mass drone and missile strikes on Ukraine’s energy infrastructure.', uk: 'Росія починає масовані удари дронами й ракетами по енергетичній інфраструктурі України.' } },
    { date: '2022-11-05', text: { en: 'Iran acknowledges sending drones to Russia, but says only before the invasion.', uk: 'Іран визнає, що передав Росії дрони, але стверджує, що лише до вторгнення.' } },
    { date: '2025-06-01', text: { en: 'Ukraine’s Air Force reports a record 472 Shahed-type drones launched in one night.', uk: 'Повітряні сили ЗСУ повідомляють про рекордні 472 дрони типу «Шахед» за одну ніч.' } },
  ],
  related: ['patriot', 'kinzhal', 'iskander', 'fpv-drones', 'glide-bombs'],
  sources: [
    {
      publisher: 'Al Arabiya',
      title: 'Iran acknowledges supplying Russia with drones, insists transfer happened before war',
      date: '2022-11-05',
      url: 'https://english.alarabiya.net/News/middle-east/2022/11/05/Iran-acknowledges-supplying-Russia-with-drones-insists-transfer-happened-before-war',
    },
    { publisher: 'The Kyiv Independent', title: "Russia shatters drone record, launches 472 UAVs at Ukraine night before Kyiv's strike on Russian airfields", date: '2025-06-01', url: 'https://kyivindependent.com/russia-shatters-drone-record-launches-472-uavs-at-ukraine-night-before-kyivs-strike-on-russian-airfields/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
