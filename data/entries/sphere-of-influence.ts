import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'sphere-of-influence',
  kind: 'concept',
  title: { en: 'Sphere of influence', uk: 'Sphere of influence' },
  aliases: [
    { text: 'sphere of influence', lang: 'en' },
    { text: 'spheres of influence', lang: 'en' },
    { text: 'сфера впливу', lang: 'uk', stems: ['сфер', 'впливу'] },
    { text: 'сфера влияния', lang: 'ru', stems: ['сфер', 'влияния'] },
    { text: 'Einflusssphäre', lang: 'de' },
    { text: 'strefa wpływów', lang: 'pl', stems: ['stref', 'wpływów'] },
    { text: "sphère d'influence", lang: 'fr' },
  ],
  summary:
    { en: 'A region in which a great power claims the right to limit other states’ choices, such as their alliances, without formally ruling them. Russia has claimed “privileged interests” in former Soviet states and sees Ukraine’s ties with NATO and the EU as a challenge; Ukraine and its Western partners reject such claims.', uk: 'A region in which a great power claims the right to limit other states’ choices, such as their alliances, without formally ruling them. Russia has claimed “privileged interests” in former Soviet states and sees Ukraine’s ties with NATO and the EU as a challenge; Ukraine and its Western partners reject such claims.' },
  background: [
    { en: 'Great powers have long divided regions into spheres of influence. In the secret protocol to the Molotov–Ribbentrop pact of August 1939, Nazi Germany and the Soviet Union divided Eastern Europe between them; after 1945 Europe was split into Western and Soviet blocs.', uk: 'Great powers have long divided regions into spheres of influence. In the secret protocol to the Molotov–Ribbentrop pact of August 1939, Nazi Germany and the Soviet Union divided Eastern Europe between them; after 1945 Europe was split into Western and Soviet blocs.' },
    { en: 'The 1975 Helsinki Final Act recognised the right of states to be or not to be party to treaties of alliance, a principle NATO cites for its enlargement. Russia has described the region of the former Soviet Union as an area of its “privileged interests” and NATO enlargement as a threat to its security.', uk: 'The 1975 Helsinki Final Act recognised the right of states to be or not to be party to treaties of alliance, a principle NATO cites for its enlargement. Russia has described the region of the former Soviet Union as an area of its “privileged interests” and NATO enlargement as a threat to its security.' },
    { en: 'In December 2021, weeks before the full-scale invasion, Russia published draft treaties demanding that NATO rule out further enlargement, including Ukraine’s membership. The idea that peace could be bought by recognising Russia’s sphere of influence is one of the core disputes in any settlement.', uk: 'In December 2021, weeks before the full-scale invasion, Russia published draft treaties demanding that NATO rule out further enlargement, including Ukraine’s membership. The idea that peace could be bought by recognising Russia’s sphere of influence is one of the core disputes in any settlement.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske reported that Russia declared it would not allow any of the guarantees discussed for Ukraine, from European troops to NATO membership, and expected it to demand that Ukraine enshrine neutrality in its Constitution.', uk: 'As of March 2025, hromadske reported that Russia declared it would not allow any of the guarantees discussed for Ukraine, from European troops to NATO membership, and expected it to demand that Ukraine enshrine neutrality in its Constitution.' },
  },
  timeline: [
    {
      date: '1939-08-23',
      text: { en: 'A secret protocol to the Molotov–Ribbentrop pact divides Eastern Europe into German and Soviet spheres of influence.', uk: 'A secret protocol to the Molotov–Ribbentrop pact divides Eastern Europe into German and Soviet spheres of influence.' },
    },
    { date: '1975-08-01', text: { en: 'The Helsinki Final Act is signed, setting out principles of sovereign equality and territorial integrity in Europe.', uk: 'The Helsinki Final Act is signed, setting out principles of sovereign equality and territorial integrity in Europe.' } },
    { date: '2008-08-31', text: { en: 'Russian President Dmitry Medvedev speaks of regions in which Russia has “privileged interests”.', uk: 'Russian President Dmitry Medvedev speaks of regions in which Russia has “privileged interests”.' } },
    {
      date: '2021-12-17',
      text: { en: 'Russia publishes draft treaties with the US and NATO demanding an end to NATO enlargement.', uk: 'Russia publishes draft treaties with the US and NATO demanding an end to NATO enlargement.' },
    },
  ],
  positions: [],
  related: ['nato-membership', 'neutral-status', 'escalation', 'crimea-annexation', 'nato'],
  sources: [
    { publisher: 'CSCE', title: 'Conference on Security and Co-operation in Europe Final Act (Helsinki)', date: '1975-08-01' },
    {
      publisher: 'Ministry of Foreign Affairs of the Russian Federation',
      title: 'Treaty between the United States of America and the Russian Federation on security guarantees (draft)',
      date: '2021-12-17',
    },
    HROMADSKE_2025_03,
  ],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
