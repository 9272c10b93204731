import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'alina-hrytsenko',
  kind: 'person',
  title: { en: 'Alina Hrytsenko', uk: 'Аліна Гриценко' },
  aliases: [
    { text: 'Alina Hrytsenko', lang: 'en' },
    { text: 'Alina Gritsenko', lang: 'en' },
    { text: 'Alina Hryzenko', lang: 'de' },
    { text: 'Alina Hrycenko', lang: 'pl', stems: ['Alin', 'Hrycenko'] },
    { text: 'Аліна Гриценко', lang: 'uk', stems: ['Алін', 'Гриценко'] },
    { text: 'Алина Гриценко', lang: 'ru', stems: ['Алин', 'Гриценко'] },
    // The bare surname is shared with other public figures, e.g. politician Anatoliy Hrytsenko.
    { text: 'Hrytsenko', lang: 'en', ambiguous: true },
    { text: 'Гриценко', lang: 'uk', inflect: false, ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['Alina', 'Аліна', 'Алина', 'Research Solutions'],
    noneOf: ['Anatoliy', 'Anatolii', 'Anatoly', 'Анатолій', 'Анатолий', 'Civil Position', 'Громадянська позиція'],
    window: 600,
  },
  summary:
    { en: 'Ukrainian political scientist (PhD in political science) and expert at the Research Solutions analytical network. In hromadske’s March 2025 article on security guarantees she argued that no guarantee can be ironclad and that Ukraine should deepen bilateral ties and join European mini-alliances.', uk: 'Українська політологиня, докторка філософії з політичних наук, експертка аналітичної мережі Research Solutions. У статті hromadske про гарантії безпеки в березні 2025 року вона доводила, що залізобетонних гарантій не буває, а Україні варто поглиблювати двосторонні зв’язки і входити до європейських міні-альянсів.' },
  background: [
    { en: 'hromadske introduces Hrytsenko as a Doctor of Philosophy in Political Science and an expert at the Research Solutions analytical network. She is not to be confused with the Ukrainian politician and former defence minister Anatoliy Hrytsenko.', uk: 'hromadske представляє Гриценко як докторку філософії з політичних наук і експертку аналітичної мережі Research Solutions. Її не слід плутати з українським політиком, колишнім міністром оборони Анатолієм Гриценком.' },
    { en: 'Her views in the March 2025 article: economic ties with the US could in theory be one element of guarantees; a token European contingent would not be; Russia would hardly accept a large peacekeeping force; NATO’s consensus rule and the US stance leave even members without certainty; and Ukraine must stay war-ready because Russia will remain a threat.', uk: 'Її погляди, викладені в статті в березні 2025 року: економічні зв’язки зі США теоретично можуть бути одним з елементів гарантій; символічний європейський контингент — ні; Росія навряд чи погодиться на великий миротворчий контингент; принцип консенсусу в НАТО і позиція США не дають певності навіть членам Альянсу; Україна мусить бути готовою до війни, бо Росія залишатиметься загрозою.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, Hrytsenko was one of three Ukrainian experts hromadske asked whether any guarantee could protect Ukraine from another Russian invasion.', uk: 'Станом на березень 2025 року Гриценко була однією з трьох українських експертів, яких hromadske запитав, чи може якась гарантія захистити Україну від нового російського вторгнення.' },
  },
  roles: [{ title: { en: 'Expert, Research Solutions analytical network', uk: 'експертка аналітичної мережі Research Solutions' }, asOf: '2025-03' }],
  positions: positionsOf('alina-hrytsenko'),
  related: ['research-solutions', 'security-guarantees', 'peacekeepers', 'weimar-triangle', 'sword-of-damocles'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
