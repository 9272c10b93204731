import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'eric-lombard',
  kind: 'person',
  title: { en: 'Éric Lombard', uk: 'Ерік Ломбар' },
  aliases: [
    { text: 'Éric Lombard', lang: 'fr' },
    { text: 'Eric Lombard', lang: 'en' },
    // "Lombard" is also a banking term (Lombard rate, Lombard loan), a London street and a historical people.
    { text: 'Lombard', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Ерік Ломбар', lang: 'uk' },
    { text: 'Эрик Ломбар', lang: 'ru' },
  ],
  disambiguation: {
    anyOf: [
      'Éric',
      'France',
      'French',
      'Frankreich',
      'Francj*',
      'Франц*',
      'finance minister',
      'minister',
      'ministre',
      'Bercy',
      'Bayrou',
      'Macron',
      'économie',
      'Paris',
    ],
    noneOf: ['Lombard Street', 'Lombard rate', 'Lombardsatz', 'Lombardkredit', 'Lombard loan', 'Lombard Odier', 'Longobard'],
    window: 300,
  },
  summary:
    { en: 'French banker and official who was France’s Minister of the Economy and Finance from December 2024 to October 2025. In March 2025, according to hromadske, he said France and other European nations were ready to send troops to Ukraine.', uk: 'Французький банкір і посадовець, міністр економіки та фінансів Франції з грудня 2024 по жовтень 2025 року. У березні 2025 року, за даними hromadske, заявив, що Франція та інші європейські країни готові відправити війська в Україну.' },
  background: [
    { en: 'Lombard spent most of his career in finance, including as head of the public financial institution Caisse des Dépôts, before joining François Bayrou’s government as minister of the economy and finance in December 2024.', uk: 'Більшу частину кар’єри Ломбар працював у фінансах, зокрема очолював державну фінансову установу Caisse des Dépôts, а в грудні 2024 року став міністром економіки та фінансів в уряді Франсуа Байру.' },
    { en: 'According to hromadske, after Keir Starmer’s announcement of a UK contingent he said that France and “other European nations” were also ready to send troops to Ukraine.', uk: 'За даними hromadske, після заяви Кіра Стармера про британський контингент він сказав, що Франція та «інші європейські країни» також готові відправити війська в Україну.' },
  ],
  roles: [{ title: { en: 'Minister of the Economy and Finance of France', uk: 'Міністр економіки та фінансів Франції' }, from: '2024-12-23', to: '2025-10' }],
  positions: positionsOf('eric-lombard'),
  related: ['peacekeepers', 'coalition-of-the-willing'],
  sources: [
    HROMADSKE_2025_03,
    {
      publisher: 'Le Journal des Entreprises',
      title: 'Le directeur général de la Caisse des Dépôts Eric Lombard est le nouveau ministre de l’Économie',
      date: '2024-12-23',
      url: 'https://www.lejournaldesentreprises.com/article/le-directeur-general-de-la-caisse-des-depots-eric-lombard-est-le-nouveau-ministre-de-leconomie-2110258',
    },
    {
      publisher: 'Reuters',
      title: 'France/Gouvernement-Roland Lescure à l’Economie, Bruno Le Maire aux Armées',
      date: '2025-10-05',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
