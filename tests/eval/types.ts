/** One labelled paragraph of the matcher eval (`npm run eval`). */
export interface EvalCase {
  id: string; // unique, e.g. 'uk-043'
  lang: 'en' | 'uk' | 'ru' | 'de' | 'pl';
  trap: boolean; // true: the same words in another sense, another country or another person
  page?: { title?: string; lead?: string };
  text: string;
  expect: Array<{ entryId: string; phrase: string }>; // phrase: exact substring that a span of entryId must cover
  forbid: string[]; // entry ids that must not appear anywhere in the paragraph
}
