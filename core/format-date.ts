/**
 * Readable forms of the KB's partial dates (YYYY, YYYY-MM, YYYY-MM-DD):
 * "1991", "Mar 2025", "5 Dec 1994". Fixed English month names, so the card reads
 * the same whatever locale the browser runs in.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Formats a partial date; a value that is not one comes back unchanged rather than as "undefined". */
export function formatPartialDate(value: string): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (month === undefined) return year ?? value;
  const monthName = MONTHS[Number(month) - 1];
  if (monthName === undefined) return value;
  if (day === undefined) return `${monthName} ${year}`;
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > 31) return value;
  return `${dayNumber} ${monthName} ${year}`;
}

/** A span of office: "2019 – 2024", "since May 2019", "until 2024", or "" when neither end is known. */
export function formatPeriod(from?: string, to?: string): string {
  if (from && to) return `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
  if (from) return `since ${formatPartialDate(from)}`;
  if (to) return `until ${formatPartialDate(to)}`;
  return '';
}
