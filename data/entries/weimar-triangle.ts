import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'weimar-triangle',
  kind: 'format',
  title: { en: 'Weimar Triangle', uk: 'Веймарський трикутник' },
  aliases: [
    { text: 'Weimar Triangle', lang: 'en' },
    { text: 'Weimar format', lang: 'en' },
    // The triangle widened to Britain, Italy, Spain and the EU in 2025.
    { text: 'Weimar+', lang: 'en' },
    { text: 'Weimar Plus', lang: 'en' },
    { text: 'Weimarer Dreieck', lang: 'de' },
    { text: 'Trójkąt Weimarski', lang: 'pl', stems: ['Trójk', 'Weimarsk'] },
    // The locative changes the stem (ą-t → ą-c), so it is listed as written.
    { text: 'Trójkącie Weimarskim', lang: 'pl', inflect: false },
    { text: 'Triangle de Weimar', lang: 'fr' },
    { text: 'Веймарський трикутник', lang: 'uk' },
    { text: 'Веймарский треугольник', lang: 'ru' },
  ],
  summary:
    { en: 'An informal format for consultation between France, Germany and Poland, founded by their foreign ministers in Weimar on 29 August 1991. It first served to bring Poland closer to Western institutions; it now also hosts talks on European security and support for Ukraine.', uk: 'Неформальний формат консультацій Франції, Німеччини та Польщі, який заснували міністри закордонних справ трьох країн у Веймарі 29 серпня 1991 року. Спершу він мав наблизити Польщу до західних інституцій, а нині є також майданчиком для розмов про європейську безпеку і підтримку України.' },
  background: [
    { en: 'The foreign ministers Roland Dumas of France, Hans-Dietrich Genscher of Germany and Krzysztof Skubiszewski of Poland met in Weimar on 29 August 1991. The format was meant to deepen reconciliation and to support Poland on its way into Western structures; Poland joined NATO in 1999 and the European Union in 2004.', uk: 'Міністри закордонних справ Франції Ролан Дюма, Німеччини Ганс-Дітріх Геншер і Польщі Кшиштоф Скубішевський зустрілися у Веймарі 29 серпня 1991 року. Формат мав поглибити примирення і підтримати Польщу на шляху до західних структур; Польща вступила до НАТО у 1999 році, а до Європейського Союзу — у 2004-му.' },
    { en: 'The Triangle has no treaty, secretariat or defence commitment of its own: it is a meeting format for leaders and ministers, and its activity has risen and fallen over the years. In February 2014 the three foreign ministers mediated in Kyiv during the Maidan crisis.', uk: 'Трикутник не має ні договору, ні секретаріату, ні власних оборонних зобов’язань: це формат зустрічей лідерів і міністрів, активність якого з роками то зростала, то спадала. У лютому 2014 року три міністри закордонних справ виступили посередниками в Києві під час кризи на Майдані.' },
    { en: 'hromadske’s article describes it as an informal regional alliance. All three members belong to NATO and the EU, so the Triangle adds political coordination rather than a separate security guarantee.', uk: 'У статті hromadske його названо неформальним регіональним альянсом. Усі три учасники є членами НАТО і ЄС, тож Веймарський трикутник додає політичну координацію, а не окрему гарантію безпеки.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, with US commitment to European security in doubt, Ukrainian analyst Alina Hrytsenko told hromadske that joining mini-alliances such as the Weimar Triangle and deepening cooperation with strong European states, for instance in military training, was a more realistic path for Ukraine today.', uk: 'Станом на березень 2025 року, коли готовність США захищати Європу опинилася під сумнівом, українська аналітикиня Аліна Гриценко сказала hromadske, що реалістичніший шлях для України сьогодні — приєднання до міні-альянсів на кшталт Веймарського трикутника і поглиблення співпраці з сильними європейськими державами, наприклад у військовому навчанні.' },
  },
  timeline: [
    { date: '1991-08-29', text: { en: 'The foreign ministers of France, Germany and Poland meet in Weimar and found the format.', uk: 'Міністри закордонних справ Франції, Німеччини та Польщі зустрічаються у Веймарі й започатковують формат.' } },
    { date: '1999-03-12', text: { en: 'Poland joins NATO.', uk: 'Польща вступає до НАТО.' } },
    { date: '2004-05-01', text: { en: 'Poland joins the European Union.', uk: 'Польща вступає до Європейського Союзу.' } },
    {
      date: '2014-02-21',
      text: { en: 'After mediation by the foreign ministers of Germany, France and Poland, President Yanukovych and Ukrainian opposition leaders sign an agreement on settling the political crisis in Kyiv.', uk: 'За посередництва міністрів закордонних справ Німеччини, Франції та Польщі президент Янукович і лідери української опозиції підписують угоду про врегулювання політичної кризи в Києві.' },
    },
    {
      date: '2024-03-15',
      text: { en: 'The leaders of Germany, France and Poland meet in Berlin in the Weimar format to discuss support for Ukraine.', uk: 'Лідери Німеччини, Франції та Польщі зустрічаються в Берліні у веймарському форматі, щоб обговорити підтримку України.' },
    },
  ],
  positions: [P.hrytsenkoMiniAlliances, P.ohryzkoStrongArmyAndAllies],
  related: ['nato', 'bilateral-security-agreements', 'security-guarantees', 'coalition-of-the-willing'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
