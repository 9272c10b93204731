import type { EvalCase } from '../types';

/** Polish paragraphs (seed set; the full labelled set follows). */
export default [
  {
    id: 'pl-s001',
    lang: 'pl',
    trap: false,
    text: 'Memorandum z Budapesztu miało chronić Ukrainę.',
    expect: [{ entryId: 'budapest-memorandum', phrase: 'Memorandum z Budapesztu' }],
    forbid: [],
  },
  {
    id: 'pl-s002',
    lang: 'pl',
    trap: false,
    text: 'Artykuł 5 Traktatu Północnoatlantyckiego mówi o wspólnej obronie.',
    expect: [{ entryId: 'nato-article-5', phrase: 'Artykuł 5' }],
    forbid: [],
  },
  {
    id: 'pl-s003',
    lang: 'pl',
    trap: false,
    text: 'Zgodnie z art. 5 traktatu waszyngtońskiego atak na jednego sojusznika jest atakiem na wszystkich.',
    expect: [{ entryId: 'nato-article-5', phrase: 'art. 5' }],
    forbid: [],
  },
  {
    id: 'pl-s004',
    lang: 'pl',
    trap: true,
    text: 'Neutralność Austrii gwarantuje traktat z 1955 roku, który podpisała też Rosja.',
    expect: [],
    forbid: ['neutral-status'],
  },
  {
    id: 'pl-s005',
    lang: 'pl',
    trap: false,
    text: 'Prezydent Zełenski spotkał się z premierem Tuskiem.',
    expect: [
      { entryId: 'volodymyr-zelenskyy', phrase: 'Zełenski' },
      { entryId: 'donald-tusk', phrase: 'Tuskiem' },
    ],
    forbid: [],
  },
  {
    id: 'pl-s006',
    lang: 'pl',
    trap: false,
    text: 'Porozumienia mińskie nie zostały wdrożone, a Mińsk-2 tylko zamroził konflikt.',
    expect: [
      { entryId: 'minsk-agreements', phrase: 'Porozumienia mińskie' },
      { entryId: 'minsk-agreements', phrase: 'Mińsk-2' },
    ],
    forbid: [],
  },
  {
    id: 'pl-s007',
    lang: 'pl',
    trap: false,
    text: 'Ołena Zełenska odwiedziła szpital, a Zełenski rozmawiał z żołnierzami.',
    expect: [{ entryId: 'volodymyr-zelenskyy', phrase: 'Zełenski' }],
    forbid: [],
  },
  {
    id: 'pl-s008',
    lang: 'pl',
    trap: false,
    text: 'Członkostwo w NATO pozostaje celem Kijowa.',
    expect: [{ entryId: 'nato-membership', phrase: 'Członkostwo w NATO' }],
    forbid: [],
  },
  {
    id: 'pl-s009',
    lang: 'pl',
    trap: true,
    text: 'Status neutralny Szwajcarii szanuje nawet Rosja.',
    expect: [],
    forbid: ['neutral-status'],
  },
  {
    id: 'pl-s010',
    lang: 'pl',
    trap: false,
    text: 'Ławrow skrytykował misję pokojową.',
    expect: [
      { entryId: 'sergey-lavrov', phrase: 'Ławrow' },
      { entryId: 'peacekeepers', phrase: 'misję pokojową' },
    ],
    forbid: [],
  },
] satisfies EvalCase[];
