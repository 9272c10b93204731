import type { KbEntryInput } from '../schema';

export default {
  id: 'alaska-summit-2025',
  kind: 'summit',
  title: { en: 'Trump–Putin summit in Alaska (15 August 2025)', uk: 'Саміт Трампа і Путіна на Алясці (15 серпня 2025 року)' },
  aliases: [
    { text: 'Alaska summit', lang: 'en' },
    { text: 'Anchorage summit', lang: 'en' },
    { text: 'summit in Alaska', lang: 'en' },
    { text: 'саміт на Алясці', lang: 'uk', stems: ['саміт', 'на', 'Алясці'] },
    { text: 'зустріч на Алясці', lang: 'uk', stems: ['зустріч', 'на', 'Алясці'] },
    { text: 'саміт в Анкориджі', lang: 'uk', stems: ['саміт', 'в', 'Анкоридж'] },
    { text: 'саммит на Аляске', lang: 'ru', stems: ['саммит', 'на', 'Аляске'] },
    { text: 'встреча на Аляске', lang: 'ru', stems: ['встреч', 'на', 'Аляске'] },
    { text: 'саммит в Анкоридже', lang: 'ru', stems: ['саммит', 'в', 'Анкоридж'] },
    { text: 'Alaska-Gipfel', lang: 'de' },
    { text: 'Gipfel in Alaska', lang: 'de' },
    { text: 'szczyt na Alasce', lang: 'pl', stems: ['szczyt', 'na', 'Alasce'] },
    { text: 'sommet d’Alaska', lang: 'fr' },
    { text: 'sommet en Alaska', lang: 'fr' },
  ],
  summary: {
    en: 'A meeting between US President Donald Trump and Russian President Vladimir Putin at Joint Base Elmendorf–Richardson in Anchorage, Alaska, on 15 August 2025, their first in-person meeting since 2019. Ukraine was not represented. The talks ended without a ceasefire or any announced agreement.',
    uk: 'Зустріч президента США Дональда Трампа та президента Росії Володимира Путіна на військовій базі Елмендорф-Ричардсон в Анкориджі (Аляска) 15 серпня 2025 року — їхня перша особиста зустріч з 2019 року. Україна на ній представлена не була. Переговори завершилися без припинення вогню та без оголошених домовленостей.',
  },
  background: [
    {
      en: 'Trump announced the meeting on 8 August 2025. In Anchorage the leaders talked for about three hours in a three-on-three format — Trump with Secretary of State Marco Rubio and envoy Steve Witkoff, Putin with Foreign Minister Sergey Lavrov and aide Yuri Ushakov — and then gave short statements without taking questions. It was Putin’s first visit to the US since 2015.',
      uk: 'Трамп оголосив про зустріч 8 серпня 2025 року. В Анкориджі лідери близько трьох годин говорили у форматі «три на три» — Трамп із держсекретарем Марко Рубіо та спецпосланцем Стівом Віткоффом, Путін із міністром закордонних справ Сергієм Лавровим і помічником Юрієм Ушаковим, — після чого виступили з короткими заявами, не відповідаючи на запитання. Це був перший візит Путіна до США з 2015 року.',
    },
    {
      en: 'After the summit Trump said the best way to end the war was to go directly to a peace agreement rather than a ceasefire. On 18 August 2025 he received Zelenskyy and a group of European leaders at the White House to discuss the outcome and security guarantees for Ukraine.',
      uk: 'Після саміту Трамп заявив, що найкращий спосіб завершити війну — одразу перейти до мирної угоди, а не до припинення вогню. 18 серпня 2025 року він прийняв у Білому домі Зеленського та групу європейських лідерів, щоб обговорити підсумки зустрічі й гарантії безпеки для України.',
    },
  ],
  timeline: [
    { date: '2025-08-08', text: { en: 'Trump announces a meeting with Putin in Alaska.', uk: 'Трамп оголошує про зустріч із Путіним на Алясці.' } },
    { date: '2025-08-15', text: { en: 'Trump and Putin meet in Anchorage; no ceasefire is agreed.', uk: 'Трамп і Путін зустрічаються в Анкориджі; про припинення вогню не домовилися.' } },
    { date: '2025-08-18', text: { en: 'Zelenskyy and European leaders meet Trump at the White House.', uk: 'Зеленський і європейські лідери зустрічаються з Трампом у Білому домі.' } },
  ],
  related: ['donald-trump', 'vladimir-putin', 'steve-witkoff', 'marco-rubio', 'sergey-lavrov', 'yuri-ushakov', 'peace-deal', 'ceasefire', 'security-guarantees'],
  sources: [
    { publisher: 'Truth Social (Donald J. Trump)', title: 'Post announcing the meeting with Vladimir Putin in Alaska on 15 August 2025', date: '2025-08-08' },
    { publisher: 'President of Russia (kremlin.ru)', title: 'Press statements by Vladimir Putin and Donald Trump after the talks in Anchorage (transcript)', date: '2025-08-15' },
    { publisher: 'Truth Social (Donald J. Trump)', title: 'Post on the Alaska meeting: going directly to a peace agreement rather than a ceasefire', date: '2025-08-16' },
    { publisher: 'Reuters', title: 'Trump tells Zelenskiy US would help with Ukraine’s security in a peace deal', date: '2025-08-18' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
