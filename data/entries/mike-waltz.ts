import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'mike-waltz',
  kind: 'person',
  title: { en: 'Mike Waltz', uk: 'Майк Вальц' },
  aliases: [
    { text: 'Mike Waltz', lang: 'en' },
    { text: 'Michael Waltz', lang: 'en' },
    // "waltz" is a dance; Christoph Waltz is an actor.
    { text: 'Waltz', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Майк Волц', lang: 'uk' },
    { text: 'Майк Уолц', lang: 'ru' },
  ],
  disambiguation: {
    anyOf: [
      'Mike',
      'Michael',
      'national security',
      'adviser',
      'advisor',
      'White House',
      'Trump',
      'Rubio',
      'congressman',
      'ambassador',
      'United Nations',
      'Sicherheitsberater',
      'doradca',
    ],
    noneOf: ['Christoph', 'Strauss', 'Chopin', 'ballroom', 'dance', 'Tanz', 'orchestra', 'Oscar'],
    window: 300,
  },
  summary:
    { en: 'US National Security Adviser from January to May 2025, later US Ambassador to the United Nations; before that a Republican congressman from Florida. As hromadske reported in March 2025, he said a peace deal would require Moscow to accept European guarantees for Ukraine and Kyiv to concede territory.', uk: 'Радник президента США з національної безпеки з січня по травень 2025 року, згодом — посол США в ООН; до того — конгресмен-республіканець від Флориди. Як повідомляв hromadske у березні 2025 року, Вальц заявляв, що для мирної угоди Москві доведеться погодитися на європейські гарантії для України, а Києву — поступитися територією.' },
  background: [
    { en: 'A former US Army Special Forces officer, Waltz represented a Florida district in the House of Representatives from 2019 to 2025. He became President Trump’s national security adviser in January 2025, left that post on 1 May 2025 when Trump nominated him as ambassador to the United Nations, and was confirmed by the Senate in September 2025.', uk: 'Колишній офіцер сил спеціальних операцій армії США, Вальц у 2019–2025 роках представляв один з округів Флориди в Палаті представників. У січні 2025 року він став радником президента Трампа з національної безпеки, 1 травня 2025 року залишив цю посаду, коли Трамп висунув його на посаду посла в ООН, а у вересні 2025 року Сенат затвердив його.' },
    { en: 'hromadske reported in March 2025 his view that a deal was possible in which Moscow would accept European security guarantees for Ukraine and Kyiv would concede territory.', uk: 'hromadske писав у березні 2025 року про його думку, що угода можлива: Москва погодиться на європейські гарантії безпеки для України, а Київ поступиться територією.' },
  ],
  roles: [
    { title: { en: 'Member of the US House of Representatives (Florida)', uk: 'Член Палати представників США (Флорида)' }, from: '2019-01-03', to: '2025-01-20' },
    { title: { en: 'US National Security Adviser', uk: 'Радник президента США з національної безпеки' }, from: '2025-01-20', to: '2025-05-01' },
    { title: { en: 'US Ambassador to the United Nations', uk: 'Посол США в ООН' }, from: '2025-09', asOf: '2025-09' },
  ],
  positions: positionsOf('mike-waltz'),
  related: ['peace-deal', 'security-guarantees', 'donald-trump', 'marco-rubio'],
  sources: [
    HROMADSKE_2025_03,
    {
      publisher: 'AP',
      title: 'Trump nominates Mike Waltz for UN ambassador in major shake-up of national security team',
      date: '2025-05-01',
    },
    {
      publisher: 'AP',
      title: 'Senate confirms Mike Waltz as Trump’s ambassador to the United Nations after months of delays',
      date: '2025-09-19',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
