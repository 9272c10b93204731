import type { KbEntryInput } from '../schema';
import { KYIV_CUES, OTHER_COUNTRY_CUES, RUSSIA_CUES, UKRAINE_CUES, ZELENSKY_CUES } from '../cues';
import { P } from '../positions';
import { HROMADSKE_2025_03, KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'neutral-status',
  kind: 'concept',
  title: { en: 'Neutral status of Ukraine', uk: 'Нейтральний статус України' },
  aliases: [
    { text: 'neutral status', lang: 'en', ambiguous: true },
    { text: 'non-aligned status', lang: 'en', ambiguous: true },
    { text: 'non-bloc status', lang: 'en' },
    { text: 'нейтральний статус', lang: 'uk', ambiguous: true },
    { text: 'позаблоковий статус', lang: 'uk', stems: ['позаблоков', 'статус'] },
    { text: 'нейтральный статус', lang: 'ru', ambiguous: true },
    { text: 'внеблоковый статус', lang: 'ru', stems: ['внеблоков', 'статус'] },
    { text: 'Neutralitätsstatus', lang: 'de', ambiguous: true },
    { text: 'status neutralny', lang: 'pl', stems: ['status', 'neutraln'], ambiguous: true },
    { text: 'statut neutre', lang: 'fr', ambiguous: true },
    // The nouns: "Ukraine's neutrality" is the same demand.
    { text: 'neutrality', lang: 'en', ambiguous: true },
    { text: 'нейтралітет', lang: 'uk', ambiguous: true },
    { text: 'нейтралитет', lang: 'ru', ambiguous: true },
    { text: 'Neutralität', lang: 'de', ambiguous: true },
    { text: 'neutralność', lang: 'pl', ambiguous: true },
  ],
  // Ukraine's neutrality, not Austria's or Switzerland's, and not "net neutrality".
  disambiguation: {
    anyOf: [...UKRAINE_CUES, ...KYIV_CUES, 'NATO', 'НАТО', 'OTAN', ...RUSSIA_CUES, 'Kremlin', 'Кремл*', 'Istanbul', 'Стамбул*'],
    noneOf: ['net neutrality', 'carbon neutrality', 'climate neutrality', 'neutralność klimatyczna', 'кліматичн*'],
    window: 300,
    scope: { anyOf: [...UKRAINE_CUES, ...KYIV_CUES, ...ZELENSKY_CUES], noneOf: OTHER_COUNTRY_CUES },
  },
  summary:
    { en: 'A country’s legal commitment to stay out of military alliances. Ukraine declared the intention to be neutral in 1990 and had a non-bloc status from 2010 to 2014; it has since sought NATO membership. Russia demands that Ukraine renounce NATO and adopt neutrality as part of any settlement.', uk: 'Юридичне зобов’язання країни не входити до військових союзів. Україна заявила про намір бути нейтральною у 1990 році, у 2010–2014 роках мала позаблоковий статус, а відтоді прагне членства в НАТО. Росія вимагає, щоб Україна в межах будь-якого врегулювання відмовилася від НАТО і стала нейтральною.' },
  background: [
    { en: 'Ukraine’s 1990 Declaration of State Sovereignty stated the intention to become a permanently neutral state that does not take part in military blocs. In 2010, under President Viktor Yanukovych, a law fixed a non-bloc status. After the annexation of Crimea, parliament abandoned that status in December 2014, and in 2019 the aim of NATO membership was written into the Constitution.', uk: 'Декларація про державний суверенітет України 1990 року проголосила намір стати постійно нейтральною державою, що не бере участі у військових блоках. У 2010 році, за президента Віктора Януковича, позаблоковий статус закріпили законом. Після анексії Криму парламент у грудні 2014 року відмовився від цього статусу, а у 2019 році мету членства в НАТО вписали в Конституцію.' },
    { en: 'Neutrality was discussed again in Russian–Ukrainian talks in Istanbul in March 2022, when Ukraine proposed a neutral, non-nuclear status in return for binding security guarantees from a group of states; the talks broke down. Russia has since named renunciation of NATO membership as a condition for ending the war.', uk: 'Про нейтралітет знову йшлося на російсько-українських переговорах у Стамбулі в березні 2022 року: Україна запропонувала нейтральний без’ядерний статус в обмін на обов’язкові гарантії безпеки від групи держав; переговори зірвалися. Відтоді Росія називає відмову від членства в НАТО умовою завершення війни.' },
    { en: 'Austria and Switzerland are neutral states in Europe, but their neutrality arose in different circumstances. When Ukraine’s parliament dropped the non-bloc status in December 2014, it argued that the status had not protected the country from aggression.', uk: 'Австрія і Швейцарія — нейтральні держави Європи, але їхній нейтралітет постав за інших обставин. Відмовляючись від позаблокового статусу в грудні 2014 року, Верховна Рада обґрунтувала це тим, що він не вберіг країну від агресії.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske expected that Russia would demand Ukraine enshrine neutral status in its Constitution before hostilities end, and quoted commentator Vitaliy Portnikov as warning that otherwise Russia would continue military action.', uk: 'Станом на березень 2025 року hromadske очікував, що Росія вимагатиме закріпити нейтральний статус України в Конституції ще до завершення бойових дій, і цитував оглядача Віталія Портникова: інакше Росія продовжить воєнні дії.' },
  },
  timeline: [
    {
      date: '1990-07-16',
      text: { en: 'Ukraine’s Declaration of State Sovereignty states the intention to become a permanently neutral state.', uk: 'Декларація про державний суверенітет України проголошує намір стати постійно нейтральною державою.' },
    },
    { date: '2010-07-01', text: { en: 'Ukraine’s parliament adopts a law establishing non-bloc status.', uk: 'Верховна Рада ухвалює закон, який закріплює позаблоковий статус.' } },
    { date: '2014-12-23', text: { en: 'Parliament abandons non-bloc status after the annexation of Crimea.', uk: 'Після анексії Криму Верховна Рада відмовляється від позаблокового статусу.' } },
    { date: '2019-02-07', text: { en: 'The aim of EU and NATO membership is enshrined in Ukraine’s Constitution.', uk: 'Мету членства в ЄС і НАТО закріплено в Конституції України.' } },
    {
      date: '2022-03-29',
      text: { en: 'At talks in Istanbul, Ukraine proposes neutral status in exchange for international security guarantees.', uk: 'На переговорах у Стамбулі Україна пропонує нейтральний статус в обмін на міжнародні гарантії безпеки.' },
    },
    {
      date: '2024-06-14',
      text: { en: 'Putin names renunciation of NATO membership among Russia’s conditions for a ceasefire.', uk: 'Путін називає відмову від членства в НАТО однією з умов Росії для припинення вогню.' },
    },
  ],
  positions: [P.putinJune2024Conditions, P.portnikovNeutralityDemand, P.zelenskyyNatoFirst],
  related: ['nato-membership', 'nato', 'peace-deal', 'security-guarantees', 'sphere-of-influence'],
  sources: [HROMADSKE_2025_03, KREMLIN_2024_06_14],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
