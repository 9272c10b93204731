import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'bilateral-security-agreements',
  kind: 'agreement',
  title: { en: 'Bilateral security agreements with Ukraine', uk: 'Двосторонні безпекові угоди з Україною' },
  aliases: [
    { text: 'bilateral security agreement', lang: 'en' },
    { text: 'Agreement on Security Cooperation', lang: 'en' },
    { text: 'Joint Declaration of Support for Ukraine', lang: 'en' },
    { text: 'безпекова угода', lang: 'uk', stems: ['безпеков', 'угод'] },
    { text: 'двостороння безпекова угода', lang: 'uk', stems: ['двосторонн', 'безпеков', 'угод'] },
    {
      text: 'двустороннее соглашение о безопасности',
      lang: 'ru',
      stems: ['двусторонн', 'соглашени', 'о', 'безопасности'],
    },
    { text: 'bilaterales Sicherheitsabkommen', lang: 'de', stems: ['bilateral', 'Sicherheitsabkommen'] },
    { text: 'dwustronne porozumienie o bezpieczeństwie', lang: 'pl', stems: ['dwustronn', 'porozumieni', 'o', 'bezpieczeństwie'] },
    { text: 'dwustronna umowa o bezpieczeństwie', lang: 'pl', stems: ['dwustronn', 'umow', 'o', 'bezpieczeństwie'] },
    { text: 'accord bilatéral de sécurité', lang: 'fr' },
  ],
  summary:
    { en: 'Long-term agreements on security cooperation that Ukraine signed with individual partner states from 2024 onwards, following a G7 declaration in July 2023. They promise military, financial and other support, and consultations in case of a new attack, but no obligation to fight for Ukraine.', uk: 'Довгострокові угоди про співробітництво у сфері безпеки, які Україна від 2024 року підписує з окремими державами-партнерами на основі декларації G7 від липня 2023 року. Вони обіцяють військову, фінансову та іншу підтримку і консультації в разі нового нападу, але не зобов’язують воювати за Україну.' },
  background: [
    { en: 'At NATO’s Vilnius summit in July 2023 the G7 issued a Joint Declaration of Support for Ukraine, promising long-term bilateral security commitments until Ukraine joins NATO; other states later joined it. The first agreement, with the United Kingdom, was signed in Kyiv in January 2024; Germany and France followed in February 2024 and the United States in June 2024. Dozens of states and the EU have since signed similar documents.', uk: 'На саміті НАТО у Вільнюсі в липні 2023 року країни G7 ухвалили Спільну декларацію на підтримку України з обіцянкою довгострокових двосторонніх безпекових зобов’язань до вступу України в НАТО; згодом до неї приєдналися інші держави. Першу угоду — з Великою Британією — підписали в Києві в січні 2024 року; у лютому 2024 року такі угоди підписали Німеччина і Франція, у червні — США. Відтоді подібні документи підписали десятки держав і ЄС.' },
    { en: 'The agreements typically cover weapons, training, intelligence, defence industry, cyber security and reconstruction, and commit the partner to consult with Ukraine within a short time after any future armed attack. They do not contain a mutual-defence obligation like NATO’s Article 5, and many depend on annual budgets and the political will of future governments.', uk: 'Угоди зазвичай охоплюють зброю, навчання, розвідку, оборонну промисловість, кібербезпеку і відбудову та зобов’язують партнера провести консультації з Україною у стислий строк після будь-якого майбутнього збройного нападу. Зобов’язання взаємної оборони на кшталт статті 5 НАТО вони не містять, а чимало з них залежать від щорічних бюджетів і політичної волі майбутніх урядів.' },
    { en: 'Most are political or executive agreements rather than treaties ratified by parliaments; the US agreement, for example, was concluded by the executive without a Senate vote, so a later administration can change its course.', uk: 'Здебільшого це політичні чи міжурядові домовленості, а не договори, ратифіковані парламентами; угоду зі США, наприклад, уклала виконавча влада без голосування в Сенаті, тож наступна адміністрація може змінити курс.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, with the US opposing Ukraine’s NATO membership, Ukrainian analyst Alina Hrytsenko told hromadske that strengthening defence ties with countries that already have bilateral agreements with Ukraine, and joining mini-alliances, was a more realistic path for Ukraine today.', uk: 'Станом на березень 2025 року, коли США виступали проти членства України в НАТО, українська аналітикиня Аліна Гриценко сказала hromadske, що реалістичніший шлях для України сьогодні — зміцнювати оборонні зв’язки з країнами, з якими вже є двосторонні угоди, і приєднуватися до міні-альянсів.' },
  },
  timeline: [
    {
      date: '2023-07-12',
      text: { en: 'G7 leaders issue the Joint Declaration of Support for Ukraine, pledging long-term bilateral security commitments.', uk: 'Лідери G7 ухвалюють Спільну декларацію на підтримку України з обіцянкою довгострокових двосторонніх безпекових зобов’язань.' },
    },
    { date: '2024-01-12', text: { en: 'The United Kingdom and Ukraine sign the first agreement, on security cooperation, in Kyiv.', uk: 'Велика Британія та Україна підписують у Києві першу угоду — про співробітництво у сфері безпеки.' } },
    { date: '2024-02-16', text: { en: 'Germany and France sign security agreements with Ukraine.', uk: 'Німеччина і Франція підписують безпекові угоди з Україною.' } },
    { date: '2024-06-13', text: { en: 'The United States and Ukraine sign a bilateral security agreement at the G7 summit in Italy.', uk: 'США та Україна підписують двосторонню безпекову угоду на саміті G7 в Італії.' } },
    { date: '2025-01-16', text: { en: 'The United Kingdom and Ukraine sign a 100-year partnership agreement in Kyiv.', uk: 'Велика Британія та Україна підписують у Києві угоду про столітнє партнерство.' } },
  ],
  positions: [P.hrytsenkoMiniAlliances, P.ohryzkoStrongArmyAndAllies, P.ohryzkoMineralsNotGuarantee],
  related: ['security-guarantees', 'nato-membership', 'weimar-triangle', 'minerals-deal', 'coalition-of-the-willing'],
  sources: [
    { publisher: 'G7', title: 'Joint Declaration of Support for Ukraine', date: '2023-07-12' },
    { publisher: 'UK Government', title: 'UK-Ukraine Agreement on Security Co-operation', date: '2024-01-12' },
    HROMADSKE_2025_03,
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
