import type { Source } from '../data/schema';
import { formatPartialDate } from '../core/format-date';
import { useTranslator } from './i18n';

/** The schema only admits https URLs; checking again keeps a hand-edited KB from yielding a script link. */
const isHttpsUrl = (url: string | undefined): url is string => url !== undefined && url.startsWith('https://');

/** "Publisher, 5 Dec 1994: Title", the title linking out when the source has a URL. */
export function SourceLine({ source }: { source: Source }) {
  const { t, lang } = useTranslator();
  return (
    <>
      <span class="source__publisher">{source.publisher}</span>
      {source.date && (
        <>
          {', '}
          <time dateTime={source.date}>{formatPartialDate(source.date, lang)}</time>
        </>
      )}
      {': '}
      {isHttpsUrl(source.url) ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
          <span class="visually-hidden"> {t('card.opensInNewTab')}</span>
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
    </>
  );
}
