import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'keir-starmer',
  kind: 'person',
  title: { en: 'Keir Starmer', uk: 'Keir Starmer' },
  aliases: [
    { text: 'Keir Starmer', lang: 'en' },
    { text: 'Starmer', lang: 'en' },
    { text: 'Starmer', lang: 'pl', stems: ['Starmer'] },
    { text: 'Кір Стармер', lang: 'uk' },
    { text: 'Стармер', lang: 'uk' },
    { text: 'Кир Стармер', lang: 'ru' },
  ],
  summary:
    { en: 'Prime Minister of the United Kingdom since July 2024 and leader of the Labour Party since 2020. In March 2025 he said the UK would deploy a contingent to Ukraine to safeguard a peace agreement and would build a “coalition of the willing” to protect it.', uk: 'Prime Minister of the United Kingdom since July 2024 and leader of the Labour Party since 2020. In March 2025 he said the UK would deploy a contingent to Ukraine to safeguard a peace agreement and would build a “coalition of the willing” to protect it.' },
  background: [
    { en: 'A lawyer by training, Starmer was Director of Public Prosecutions for England and Wales before entering Parliament in 2015. He became Labour leader in April 2020 and Prime Minister after Labour won the general election of 4 July 2024.', uk: 'A lawyer by training, Starmer was Director of Public Prosecutions for England and Wales before entering Parliament in 2015. He became Labour leader in April 2020 and Prime Minister after Labour won the general election of 4 July 2024.' },
    { en: 'In January 2025 he signed a 100-year partnership agreement with Ukraine in Kyiv. After the 28 February 2025 Oval Office dispute he hosted European leaders in London on 2 March and announced, with France, a coalition of the willing to secure a future peace deal, including troops on the ground.', uk: 'In January 2025 he signed a 100-year partnership agreement with Ukraine in Kyiv. After the 28 February 2025 Oval Office dispute he hosted European leaders in London on 2 March and announced, with France, a coalition of the willing to secure a future peace deal, including troops on the ground.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, Starmer was leading, with France, European planning for a contingent in Ukraine after a ceasefire.', uk: 'As of March 2025, Starmer was leading, with France, European planning for a contingent in Ukraine after a ceasefire.' },
  },
  roles: [
    { title: { en: 'Director of Public Prosecutions (England and Wales)', uk: 'Director of Public Prosecutions (England and Wales)' }, from: '2008', to: '2013' },
    { title: { en: 'Leader of the Labour Party', uk: 'Leader of the Labour Party' }, from: '2020-04-04', asOf: '2025-09' },
    { title: { en: 'Prime Minister of the United Kingdom', uk: 'Prime Minister of the United Kingdom' }, from: '2024-07-05', asOf: '2025-09' },
  ],
  positions: positionsOf('keir-starmer'),
  related: ['coalition-of-the-willing', 'peacekeepers', 'bilateral-security-agreements'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
