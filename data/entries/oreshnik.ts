import type { KbEntryInput } from '../schema';

export default {
  id: 'oreshnik',
  kind: 'weapon',
  title: { en: 'Oreshnik missile', uk: 'Ракета «Орєшнік»' },
  aliases: [
    { text: 'Oreshnik', lang: 'en' },
    { text: 'Oreschnik', lang: 'de' },
    { text: 'Орєшнік', lang: 'uk', stems: ['Орєшнік'] },
    { text: 'Орешнік', lang: 'uk', stems: ['Орешнік'] },
    // Russian "орешник" is the hazel shrub; Polish "orzesznik" is the hickory tree.
    { text: 'Орешник', lang: 'ru', stems: ['Орешник'], ambiguous: true },
    { text: 'Orzesznik', lang: 'pl', stems: ['Orzesznik'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'ракет*', 'балістичн*', 'баллистическ*', 'Дніпр*', 'Днепр*', 'Південмаш*', 'Южмаш*', 'комплекс*', 'удар*', 'Путін*', 'Путин*', 'гиперзвук*', 'гіперзвук*', 'боеголов*',
      'rakiet*', 'pocisk*', 'balistyczn*', 'Dniepr*', 'Dnipr*', 'Putin*', 'hipersoniczn*',
      'Білорус*', 'Беларус*', 'Białoru*', 'głowic*', 'jądrow*', 'ядерн*', 'боєголов*', 'пригрози*', 'погрожу*', 'угрож*', 'Медведев*', 'dyżur*', 'Łukaszenk*', 'Лукашенк*',
    ],
    noneOf: ['лещин*', 'кустарник*', 'орех*', 'саду', 'сад', 'drzew*', 'ogrod*', 'hickory', 'leszczyn*'],
    window: 250,
  },
  summary: {
    en: 'A new Russian intermediate-range ballistic missile, first fired in combat at the Ukrainian city of Dnipro on 21 November 2024. Putin presented it as a response to Ukrainian strikes on Russia with US and British missiles and claimed it cannot be intercepted; US officials called it experimental.',
    uk: 'Нова російська балістична ракета середньої дальності, вперше застосована в бою 21 листопада 2024 року по Дніпру. Путін подав її як відповідь на удари України по Росії американськими й британськими ракетами й заявив, що її неможливо перехопити; у США назвали її експериментальною.',
  },
  background: [
    {
      en: 'On the morning of 21 November 2024 a ballistic missile struck Dnipro; Ukraine’s Air Force initially reported an intercontinental ballistic missile. That evening Putin said in a televised address that Russia had tested a new “Oreshnik” system with a non-nuclear hypersonic payload, travelling at up to Mach 10, against the Pivdenmash missile plant.',
      uk: 'Уранці 21 листопада 2024 року балістична ракета вдарила по Дніпру; Повітряні сили спершу повідомили про міжконтинентальну балістичну ракету. Увечері того ж дня Путін у телезверненні заявив, що Росія випробувала по заводу «Південмаш» нову систему «Орєшнік» у неядерному гіперзвуковому оснащенні зі швидкістю до 10 Махів.',
    },
    {
      en: 'Putin framed the strike as retaliation for Ukraine’s use of ATACMS and Storm Shadow against targets in Russia’s Bryansk and Kursk regions days earlier, and said Russia could strike military facilities of countries that allow their weapons to be used against Russia. He later said the missile would go into serial production.',
      uk: 'Путін назвав удар відповіддю на застосування Україною ATACMS і Storm Shadow по цілях у Брянській і Курській областях за кілька днів до того й заявив, що Росія може бити по військових об’єктах країн, які дозволяють використовувати свою зброю проти Росії. Згодом він заявив про запуск ракети в серійне виробництво.',
    },
  ],
  timeline: [
    { date: '2024-11-19', text: { en: 'Ukraine strikes the Bryansk region with ATACMS after US approval.', uk: 'Україна після дозволу США б’є ATACMS по Брянській області.' } },
    { date: '2024-11-21', text: { en: 'Russia fires the Oreshnik at Dnipro; Putin announces the new missile in a televised address.', uk: 'Росія запускає «Орєшнік» по Дніпру; Путін оголошує про нову ракету в телезверненні.' } },
    { date: '2024-11-22', text: { en: 'Putin tells defence officials that the Oreshnik will be mass-produced and tests will continue.', uk: 'Путін заявляє військовим, що «Орєшнік» запустять у серійне виробництво, а випробування триватимуть.' } },
  ],
  related: ['atacms', 'storm-shadow', 'iskander', 'kinzhal', 'escalation', 'russian-nuclear-doctrine'],
  sources: [
    { publisher: 'Babel', title: 'Putin declared an attack on Dnipro with the latest medium-range system, the missile was called experimental in the USA', date: '2024-11-21', url: 'https://babel.ua/en/news/112905-putin-declared-an-attack-on-dnipro-with-the-latest-medium-range-system-the-missile-was-called-experimental-in-the-usa' },
    { publisher: 'Censor.NET', title: 'Putin says Oreshnik ballistic missile test will continue', date: '2024-11-22', url: 'https://censor.net/en/news/3521414/putin-says-oreshnik-ballistic-missile-test-will-continue' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
