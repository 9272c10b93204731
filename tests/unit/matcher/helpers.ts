import type { Matcher, PreparedPage } from '../../../core/matcher';

/** Matches as [entryId, matched text] pairs, the shape the case table uses. */
export function found(matcher: Matcher, text: string, page?: PreparedPage): Array<[string, string]> {
  return matcher.findTermSpans(text, page).map((span) => [span.entryId, text.slice(span.start, span.end)]);
}
