import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'sergey-lavrov',
  kind: 'person',
  title: { en: 'Sergey Lavrov', uk: 'Сергій Лавров' },
  aliases: [
    { text: 'Sergey Lavrov', lang: 'en' },
    { text: 'Sergei Lavrov', lang: 'en' },
    { text: 'Lavrov', lang: 'en' },
    { text: 'Sergej Lawrow', lang: 'de' },
    { text: 'Lawrow', lang: 'de' },
    { text: 'Siergiej Ławrow', lang: 'pl', stems: ['Siergiej', 'Ławrow'] },
    { text: 'Ławrow', lang: 'pl' },
    { text: 'Сергій Лавров', lang: 'uk' },
    { text: 'Сергей Лавров', lang: 'ru' },
    { text: 'Лавров', lang: 'ru' },
  ],
  summary:
    { en: 'Russia’s Minister of Foreign Affairs since March 2004, previously its ambassador to the United Nations. In early 2025 he called the presence of NATO countries’ troops in Ukraine, including as peacekeepers, unacceptable for Russia.', uk: 'Міністр закордонних справ Росії з березня 2004 року, до того — її постійний представник при ООН. На початку 2025 року назвав присутність в Україні військ країн НАТО, зокрема як миротворців, неприйнятною для Росії.' },
  background: [
    { en: 'A career diplomat since Soviet times, Lavrov was Russia’s Permanent Representative to the United Nations from 1994 to 2004, when President Putin appointed him foreign minister. He has represented Russia’s position on NATO enlargement and on the war against Ukraine internationally.', uk: 'Кадровий дипломат ще з радянських часів, Лавров у 1994–2004 роках був постійним представником Росії при ООН, доки президент Путін не призначив його міністром закордонних справ. На міжнародній арені він представляє позицію Росії щодо розширення НАТО і війни проти України.' },
    { en: 'hromadske reported in March 2025 that Lavrov called NATO troops in Ukraine “unacceptable” for Russia, while his deputy called their deployment an “escalatory step”.', uk: 'hromadske повідомляв у березні 2025 року, що Лавров назвав війська НАТО в Україні неприйнятними для Росії, а його заступник назвав їхнє розгортання «кроком до ескалації».' },
  ],
  roles: [
    { title: { en: 'Permanent Representative of Russia to the United Nations', uk: 'Постійний представник Росії при ООН' }, from: '1994', to: '2004' },
    { title: { en: 'Minister of Foreign Affairs of Russia', uk: 'Міністр закордонних справ Росії' }, from: '2004-03-09', asOf: '2025-08' },
  ],
  positions: positionsOf('sergey-lavrov'),
  related: ['peacekeepers', 'coalition-of-the-willing', 'escalation', 'vladimir-putin', 'un-security-council'],
  sources: [
    HROMADSKE_2025_03,
    {
      publisher: 'The Moscow Times',
      title: 'Trump and Putin Kick Off High-Stakes Talks in Alaska',
      date: '2025-08-15',
      url: 'https://www.themoscowtimes.com/2025/08/15/trump-and-putin-kick-off-high-stakes-talks-in-alaska-a90244',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
