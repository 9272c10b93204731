import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'weimar-triangle',
  kind: 'alliance',
  title: { en: 'Weimar Triangle', uk: 'Weimar Triangle' },
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
    { en: 'An informal format for consultation between France, Germany and Poland, founded by their foreign ministers in Weimar on 29 August 1991. It first served to bring Poland closer to Western institutions; it now also hosts talks on European security and support for Ukraine.', uk: 'An informal format for consultation between France, Germany and Poland, founded by their foreign ministers in Weimar on 29 August 1991. It first served to bring Poland closer to Western institutions; it now also hosts talks on European security and support for Ukraine.' },
  background: [
    { en: 'The foreign ministers Roland Dumas of France, Hans-Dietrich Genscher of Germany and Krzysztof Skubiszewski of Poland met in Weimar on 29 August 1991. The format was meant to deepen reconciliation and to support Poland on its way into Western structures; Poland joined NATO in 1999 and the European Union in 2004.', uk: 'The foreign ministers Roland Dumas of France, Hans-Dietrich Genscher of Germany and Krzysztof Skubiszewski of Poland met in Weimar on 29 August 1991. The format was meant to deepen reconciliation and to support Poland on its way into Western structures; Poland joined NATO in 1999 and the European Union in 2004.' },
    { en: 'The Triangle has no treaty, secretariat or defence commitment of its own: it is a meeting format for leaders and ministers, and its activity has risen and fallen over the years. In February 2014 the three foreign ministers mediated in Kyiv during the Maidan crisis.', uk: 'The Triangle has no treaty, secretariat or defence commitment of its own: it is a meeting format for leaders and ministers, and its activity has risen and fallen over the years. In February 2014 the three foreign ministers mediated in Kyiv during the Maidan crisis.' },
    { en: 'hromadske’s article describes it as an informal regional alliance. All three members belong to NATO and the EU, so the Triangle adds political coordination rather than a separate security guarantee.', uk: 'hromadske’s article describes it as an informal regional alliance. All three members belong to NATO and the EU, so the Triangle adds political coordination rather than a separate security guarantee.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, with US commitment to European security in doubt, Ukrainian analyst Alina Hrytsenko told hromadske that joining mini-alliances such as the Weimar Triangle and deepening cooperation with strong European states, for instance in military training, was a more realistic path for Ukraine today.', uk: 'As of March 2025, with US commitment to European security in doubt, Ukrainian analyst Alina Hrytsenko told hromadske that joining mini-alliances such as the Weimar Triangle and deepening cooperation with strong European states, for instance in military training, was a more realistic path for Ukraine today.' },
  },
  timeline: [
    { date: '1991-08-29', text: { en: 'The foreign ministers of France, Germany and Poland meet in Weimar and found the format.', uk: 'The foreign ministers of France, Germany and Poland meet in Weimar and found the format.' } },
    { date: '1999-03-12', text: { en: 'Poland joins NATO.', uk: 'Poland joins NATO.' } },
    { date: '2004-05-01', text: { en: 'Poland joins the European Union.', uk: 'Poland joins the European Union.' } },
    {
      date: '2014-02-21',
      text: { en: 'After mediation by the foreign ministers of Germany, France and Poland, President Yanukovych and Ukrainian opposition leaders sign an agreement on settling the political crisis in Kyiv.', uk: 'After mediation by the foreign ministers of Germany, France and Poland, President Yanukovych and Ukrainian opposition leaders sign an agreement on settling the political crisis in Kyiv.' },
    },
    {
      date: '2024-03-15',
      text: { en: 'The leaders of Germany, France and Poland meet in Berlin in the Weimar format to discuss support for Ukraine.', uk: 'The leaders of Germany, France and Poland meet in Berlin in the Weimar format to discuss support for Ukraine.' },
    },
  ],
  positions: [P.hrytsenkoMiniAlliances, P.ohryzkoStrongArmyAndAllies],
  related: ['nato', 'bilateral-security-agreements', 'security-guarantees', 'coalition-of-the-willing'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
