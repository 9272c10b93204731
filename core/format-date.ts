/**
 * Readable forms of the KB's partial dates (YYYY, YYYY-MM, YYYY-MM-DD) in the UI's
 * language. English uses fixed month names ("Mar 2025", "5 Dec 1994"), so the card reads
 * the same whatever locale the browser runs in (ICU's "en-GB" writes "Sept" in some
 * versions); other languages use Intl, which knows their grammar ("5 грудня 1994 р.").
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * `alone`: as a date stands in a list or after "As of" ("вересень 2025 р.").
 * `governed`: after "since"/"until", where Ukrainian puts the month in the genitive
 * ("з вересня 2025 р."); English is the same either way.
 */
export type DateForm = 'alone' | 'governed';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${withDay}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { day: withDay ? 'numeric' : undefined, month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

function formatInLanguage(lang: string, year: number, month: number, day: number | undefined, form: DateForm): string {
  const time = Date.UTC(year, month - 1, day ?? 1);
  if (day !== undefined) return formatter(lang, true).format(time);
  if (form === 'alone') return formatter(lang, false).format(time);
  // The month as a full date declines it ("1 вересня 2025 р."), without the day.
  const parts = formatter(lang, true).formatToParts(time);
  const dayAt = parts.findIndex((p) => p.type === 'day');
  return parts
    .filter((_, i) => i !== dayAt && !(i === dayAt + 1 && parts[i]!.type === 'literal'))
    .map((p) => p.value)
    .join('')
    .trim();
}

/** Formats a partial date; a value that is not one comes back unchanged rather than as "undefined". */
export function formatPartialDate(value: string, lang = 'en', form: DateForm = 'alone'): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, year = '', month, day] = match;
  if (month === undefined) return year;
  const monthNumber = Number(month);
  const monthName = MONTHS[monthNumber - 1];
  if (monthName === undefined) return value;
  const dayNumber = day === undefined ? undefined : Number(day);
  if (dayNumber !== undefined && (dayNumber < 1 || dayNumber > 31)) return value;
  if (lang !== 'en') {
    try {
      return formatInLanguage(lang, Number(year), monthNumber, dayNumber, form);
    } catch {
      // An unknown language tag: English below is still a readable date.
    }
  }
  return dayNumber === undefined ? `${monthName} ${year}` : `${dayNumber} ${monthName} ${year}`;
}
