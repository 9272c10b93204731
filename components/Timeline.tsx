import { useId, useState } from 'preact/hooks';
import type { KbEntry } from '../data/schema';
import { formatPartialDate } from '../core/format-date';
import { t, tPlural, uiLang } from '../utils/i18n';

type TimelineEvent = KbEntry['timeline'][number];

/** Past this many events the list folds, so the card stays short. */
const COLLAPSED_COUNT = 3;

export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
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
              {formatPartialDate(event.date, uiLang)}
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
          {expanded ? t('card.showFewer') : tPlural('card.showAllEvents', events.length)}
        </button>
      )}
    </section>
  );
}
