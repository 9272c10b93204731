import type { KbEntryInput } from '../schema';

export default {
  id: 'suwalki-gap',
  kind: 'place',
  title: { en: 'Suwałki Gap', uk: 'Сувалкський коридор' },
  aliases: [
    { text: 'Suwałki Gap', lang: 'en' },
    { text: 'Suwałki corridor', lang: 'en' },
    { text: 'przesmyk suwalski', lang: 'pl', stems: ['przesmyk', 'suwalsk'] },
    { text: 'korytarz suwalski', lang: 'pl', stems: ['korytarz', 'suwalsk'] },
    { text: 'Suwałki-Lücke', lang: 'de' },
    { text: 'Lücke von Suwałki', lang: 'de' },
    { text: 'Сувалкський коридор', lang: 'uk', stems: ['Сувалкськ', 'коридор'] },
    { text: 'Сувальський коридор', lang: 'uk', stems: ['Сувальськ', 'коридор'] },
    { text: 'Сувалкский коридор', lang: 'ru', stems: ['Сувалкск', 'коридор'] },
    { text: 'Сувалкский перешеек', lang: 'ru', stems: ['Сувалкск', 'переше'] },
  ],
  summary: {
    en: 'The area around the Polish–Lithuanian border where only about 65 km of land separate Belarus from Russia’s Kaliningrad exclave, named after the Polish town of Suwałki. It is the only land link between the Baltic states and the rest of NATO, which makes it one of the alliance’s most closely watched weak points.',
    uk: 'Район польсько-литовського кордону, де Білорусь і російський Калінінградський анклав розділяють лише близько 65 км суходолу; назва походить від польського міста Сувалки. Це єдиний сухопутний зв’язок країн Балтії з рештою НАТО, тож вона вважається одним із найвразливіших місць Альянсу.',
  },
  background: [
    {
      en: 'Since Poland and the Baltic states joined NATO, military planners have worried that Russian and Belarusian forces could close the gap and cut off Estonia, Latvia and Lithuania by land. These concerns grew after 2014 and again after the full-scale invasion of Ukraine in 2022, when Russia also used Belarus as a staging ground.',
      uk: 'Відтоді як Польща й країни Балтії вступили до НАТО, військові планувальники побоюються, що російські й білоруські сили можуть перекрити коридор і відрізати Естонію, Латвію та Литву по суші. Ці побоювання посилилися після 2014 року і знову — після повномасштабного вторгнення в Україну 2022 року, коли Росія використала для нього й територію Білорусі.',
    },
    {
      en: 'NATO has answered with multinational battlegroups in Poland and the Baltic states, larger exercises and plans for rapid reinforcement. In summer 2023, after Wagner fighters moved to Belarus following their mutiny, Polish and Lithuanian leaders warned of possible provocations near the gap.',
      uk: 'НАТО відповіло розміщенням багатонаціональних бойових груп у Польщі та країнах Балтії, масштабнішими навчаннями й планами швидкого підсилення. Влітку 2023 року, коли бійці «Вагнера» після заколоту перебралися до Білорусі, лідери Польщі та Литви попередили про можливі провокації біля коридору.',
    },
  ],
  timeline: [
    { date: '2004', text: { en: 'Lithuania, Latvia and Estonia join NATO; the gap becomes their only land link to the alliance.', uk: 'Литва, Латвія й Естонія вступають до НАТО; коридор стає їхнім єдиним сухопутним зв’язком з Альянсом.' } },
    { date: '2016-07', text: { en: 'NATO decides at its Warsaw summit to deploy battlegroups to Poland and the Baltic states.', uk: 'На Варшавському саміті НАТО ухвалює рішення розмістити бойові групи в Польщі та країнах Балтії.' } },
    { date: '2023', text: { en: 'Wagner fighters move to Belarus after their mutiny, raising alarm in Poland and Lithuania about the gap.', uk: 'Бійці «Вагнера» після заколоту перебираються до Білорусі, що викликає тривогу в Польщі й Литві щодо коридору.' } },
  ],
  related: ['kaliningrad', 'nato', 'nato-article-5', 'deterrence', 'wagner-group', 'alexander-lukashenko'],
  sources: [
    { publisher: 'Wikipedia', title: 'Suwałki Gap' },
    { publisher: 'NATO', title: 'Warsaw Summit Communiqué', date: '2016-07-09' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
