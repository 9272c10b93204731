import type { Translator } from '../core/i18n';
import { formatPartialDate } from '../core/format-date';
import type { CardEntry } from '../core/localise';
import type { Source } from '../data/schema';
import { useTranslator } from './i18n';
import { Positions } from './Positions';
import { SourceLine } from './SourceLine';
import { Timeline } from './Timeline';

interface EntryDetailsProps {
  entry: CardEntry;
  getEntry: (id: string) => CardEntry | undefined;
  /** Opens another entry in place (related chip or person name). */
  onOpenEntry: (id: string) => void;
}

type Role = NonNullable<CardEntry['roles']>[number];

/**
 * A span of office: "2019 – 2024", "since May 2019 (as of Sep 2025)", "until 2024", or ""
 * when nothing is known. An open role always says when it was last known to be held.
 */
function formatPeriod({ from, to, asOf }: Role, { t, lang }: Translator): string {
  const date = (d: string, form?: 'governed') => formatPartialDate(d, lang, form);
  const held = asOf && !to ? ` (${t('card.rolesAsOf', date(asOf))})` : '';
  if (from && to) return `${date(from)} – ${date(to)}`;
  if (from) return t('card.since', date(from, 'governed')) + held;
  if (to) return t('card.until', date(to, 'governed'));
  return held.trim();
}

/** Everything between the card's header and footer, in reading order. */
export function EntryDetails({ entry, getEntry, onOpenEntry }: EntryDetailsProps) {
  // A link without an entry would be dead, and one to this very entry (a person's own
  // positions) would go nowhere, so both are left out.
  const canOpen = (id: string) => id !== entry.id && getEntry(id) !== undefined;
  const related = entry.related.flatMap((id) => (id === entry.id ? [] : (getEntry(id) ?? [])));
  const translator = useTranslator();
  const { t, lang } = translator;
  const [asOfBefore, asOfAfter] = translator.around('card.asOf');
  return (
    <>
      <p class="card__summary">{entry.summary}</p>
      {entry.roles && entry.roles.length > 0 && (
        <ul class="roles">
          {entry.roles.map((role) => (
            <li key={`${role.title}|${role.from ?? ''}`}>
              {role.title}
              {(role.from || role.to || role.asOf) && <span class="muted"> · {formatPeriod(role, translator)}</span>}
            </li>
          ))}
        </ul>
      )}
      {entry.whyNow && (
        <section class="section why-now">
          <h3 class="section__heading">{t('card.whyNow')}</h3>
          <p>{entry.whyNow.text}</p>
          <p class="muted">
            {asOfBefore}
            <time dateTime={entry.whyNow.asOf}>{formatPartialDate(entry.whyNow.asOf, lang)}</time>
            {asOfAfter}
          </p>
        </section>
      )}
      <details class="section background">
        <summary class="section__heading">{t('card.background')}</summary>
        {entry.background.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </details>
      {entry.timeline.length > 0 && <Timeline events={entry.timeline} />}
      {entry.positions.length > 0 && (
        <Positions
          positions={entry.positions}
          hasEntry={canOpen}
          onOpenPerson={onOpenEntry}
        />
      )}
      <RelatedChips related={related} onOpenEntry={onOpenEntry} />
      <SourceList sources={entry.sources} reviewed={entry.lastReviewed} />
    </>
  );
}

/** Related entries as chips that open in place. */
function RelatedChips({ related, onOpenEntry }: { related: CardEntry[]; onOpenEntry: (id: string) => void }) {
  const { t } = useTranslator();
  if (related.length === 0) return null;
  return (
    <section class="section">
      <h3 class="section__heading">{t('card.related')}</h3>
      <ul class="chips">
        {related.map((other) => (
          <li key={other.id}>
            <button type="button" class="chip" data-related-id={other.id} onClick={() => onOpenEntry(other.id)}>
              {other.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The sources, and when a second reader last checked the card against them. */
function SourceList({ sources, reviewed }: { sources: readonly Source[]; reviewed: string }) {
  const { t, lang } = useTranslator();
  return (
    <section class="section">
      <h3 class="section__heading">{t('card.sources')}</h3>
      <ol class="sources">
        {sources.map((source) => (
          <li key={`${source.publisher}|${source.title}`} class="source">
            <SourceLine source={source} />
          </li>
        ))}
      </ol>
      <p class="muted card__reviewed">{t('card.lastReviewed', formatPartialDate(reviewed, lang))}</p>
    </section>
  );
}
