import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'volodymyr-ohryzko',
  kind: 'person',
  title: { en: 'Volodymyr Ohryzko', uk: 'Володимир Огризко' },
  aliases: [
    { text: 'Volodymyr Ohryzko', lang: 'en' },
    { text: 'Vladimir Ogryzko', lang: 'en' },
    { text: 'Ohryzko', lang: 'en' },
    { text: 'Ogryzko', lang: 'en' },
    { text: 'Wołodymyr Ohryzko', lang: 'pl', stems: ['Wołodymyr', 'Ohryzk'] },
    { text: 'Wolodymyr Ohryzko', lang: 'de' },
    { text: 'Володимир Огризко', lang: 'uk', stems: ['Володимир', 'Огризк'] },
    // Bare surname: exact capitalised forms only, since lower-case "огризок"/"огрызок"
    // (an apple core) declines the same way.
    { text: 'Огризко', lang: 'uk', caseSensitive: true },
    { text: 'Огризка', lang: 'uk', caseSensitive: true },
    { text: 'Огризку', lang: 'uk', caseSensitive: true },
    { text: 'Огризком', lang: 'uk', caseSensitive: true },
    { text: 'Владимир Огрызко', lang: 'ru', stems: ['Владимир', 'Огрызк'] },
    { text: 'Огрызко', lang: 'ru', caseSensitive: true },
  ],
  summary:
    { en: 'Ukrainian diplomat who was Minister of Foreign Affairs of Ukraine from December 2007 to March 2009. In March 2025 he argued that the best guarantee is a strong Ukrainian army with committed allies, through NATO or a new European military-political structure, and that a minerals deal alone cannot be one.', uk: 'Український дипломат, міністр закордонних справ України з грудня 2007 по березень 2009 року. У березні 2025 року доводив, що найкраща гарантія — сильна українська армія і союзники, готові допомогти, чого найкраще досягти через членство в НАТО або нову військово-політичну структуру в Європі; сама лише угода про корисні копалини гарантією бути не може.' },
  background: [
    { en: 'A career diplomat, Ohryzko headed Ukraine’s foreign ministry from December 2007 until parliament dismissed him in March 2009, during the presidency of Viktor Yushchenko, a period when Ukraine sought a NATO Membership Action Plan.', uk: 'Кадровий дипломат, Огризко очолював МЗС України з грудня 2007 року, доки парламент не звільнив його в березні 2009-го, — за президентства Віктора Ющенка, коли Україна домагалася Плану дій щодо членства в НАТО.' },
    { en: 'In hromadske’s March 2025 article he said the lesson of the Budapest Memorandum is that even nuclear powers’ promises can be broken, and that a US–Ukraine minerals deal could be one piece of a broader guarantee system but not a guarantee by itself.', uk: 'У статті hromadske в березні 2025 року він сказав, що урок Будапештського меморандуму — навіть обіцянки ядерних держав можуть бути порушені, а угода між США та Україною про корисні копалини могла б стати частиною ширшої системи гарантій, але не гарантією сама по собі.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, Ohryzko was one of three Ukrainian experts hromadske asked whether any guarantee could protect Ukraine from another Russian invasion.', uk: 'Станом на березень 2025 року Огризко був одним із трьох українських експертів, яких hromadske запитав, чи може якась гарантія захистити Україну від нового російського вторгнення.' },
  },
  roles: [{ title: { en: 'Minister of Foreign Affairs of Ukraine', uk: 'Міністр закордонних справ України' }, from: '2007-12', to: '2009-03' }],
  positions: positionsOf('volodymyr-ohryzko'),
  related: ['budapest-memorandum', 'minerals-deal', 'security-guarantees', 'nato-membership'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
