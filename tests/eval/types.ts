/**
 * The labelled eval set: news-style paragraphs with the cards a careful editor expects.
 *
 * Labelling conventions (what the runner checks):
 * - `expect.phrase` is an exact substring of `text`; some span of `entryId` must cover it
 *   (a span may be longer: "Budapest Memorandum" covers the label "Budapest"). When the
 *   phrase occurs several times, any covered occurrence counts.
 * - People are labelled by the name alone: the matcher uses titles ("President", "Mr",
 *   "пан", "prezydent") as context, not as part of the span. Label "Zelensky" in
 *   "President Zelensky", "Зеленського" in "президента Зеленського".
 * - `forbid` lists entries whose card would be wrong anywhere in the paragraph (the trap's
 *   other sense, country or person). An entry that is expected somewhere in the paragraph
 *   should not be forbidden as well.
 * - Ids not (yet) in the KB are reported as pending, never as misses or wrong cards, so
 *   labels can be written ahead of the entries.
 * - `page` is the page the paragraph sits on (title, lead), given to the matcher the way the
 *   content script gives it; a name mentioned there in full counts as mentioned earlier.
 */
export interface EvalCase {
  /** Unique, e.g. 'uk-043'. */
  id: string;
  lang: 'en' | 'uk' | 'ru' | 'de' | 'pl';
  /** True: the same words in another sense, country or person. */
  trap: boolean;
  page?: { title?: string; lead?: string };
  text: string;
  expect: Array<{ entryId: string; phrase: string }>;
  forbid: string[];
}
