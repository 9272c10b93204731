import { useId, useState } from 'preact/hooks';
import { formatPartialDate } from '../core/format-date';
import type { CardEntry } from '../core/localise';
import { useTranslator } from './i18n';

type TimelineEvent = CardEntry['timeline'][number];

/** Past this many events the list folds, so the card stays short. */
const COLLAPSED_COUNT = 3;

export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  const { t, plural, lang } = useTranslator();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const foldable = events.length > COLLAPSED_COUNT;
  const shown = foldable && !expanded ? events.slice(0, COLLAPSED_COUNT) : events;
  return (
    <section class="section">
      <h3 class="section__heading">{t('card.timeline')}</h3>
      <ol id={listId} class="timeline">
        {shown.map((event) => (
          <li key={`${event.date}|${event.text}`} class="timeline__event">
            <time class="timeline__date" dateTime={event.date}>
              {formatPartialDate(event.date, lang)}
            </time>{' '}
            <span class="timeline__text">{event.text}</span>
          </li>
        ))}
      </ol>
      {foldable && (
        <button
          type="button"
          class="link-button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('card.showFewer') : plural('card.showAllEvents', events.length)}
        </button>
      )}
    </section>
  );
}
