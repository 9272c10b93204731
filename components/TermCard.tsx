import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../core/i18n';
import type { CardEntry } from '../core/localise';
import type { EntryKind } from '../data/schema';
import { EntryDetails } from './EntryDetails';
import { useTranslator } from './i18n';

export interface TermCardProps {
  entryId: string;
  getEntry: (id: string) => CardEntry | undefined;
  /** Told when the card shows another entry (a related chip, a person), so the host can load what that entry links to. */
  onShowEntry?: (entryId: string) => void;
  onMute?: (entryId: string) => void;
  onDisableSite?: () => void;
  siteLabel?: string;
  onClose?: () => void;
  /** Set by the host that knows the page; without it the stylesheet follows prefers-color-scheme. */
  theme?: 'light' | 'dark';
}

const KIND_LABELS: Record<EntryKind, MessageKey> = {
  concept: 'card.kind.concept',
  agreement: 'card.kind.agreement',
  'treaty-article': 'card.kind.treatyArticle',
  document: 'card.kind.document',
  format: 'card.kind.format',
  organisation: 'card.kind.organisation',
  institution: 'card.kind.institution',
  person: 'card.kind.person',
  event: 'card.kind.event',
  summit: 'card.kind.summit',
  place: 'card.kind.place',
  weapon: 'card.kind.weapon',
  fund: 'card.kind.fund',
  alliance: 'card.kind.alliance',
};

/** Entries opened from chips or names, on top of the one the host asked for. */
interface History {
  root: string;
  trail: string[];
}

/**
 * The context card for one KB entry. Presentational: it knows nothing of pages,
 * shadow roots or storage, so the popup renders the same component.
 */
export function TermCard(props: TermCardProps) {
  const { entryId, getEntry, onMute, onDisableSite, onClose, onShowEntry } = props;
  const { t } = useTranslator();
  const [history, setHistory] = useState<History>({ root: entryId, trail: [] });
  // A new entryId from the host starts a fresh history without an extra render.
  const trail = history.root === entryId ? history.trail : [];
  const shownId = trail.at(-1) ?? entryId;
  const entry = getEntry(shownId);
  const titleId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const refocusAfterNavigation = useRef(false);

  useLayoutEffect(() => onShowEntry?.(shownId), [shownId, onShowEntry]);
  useLayoutEffect(() => {
    // The control that was clicked is gone; keep keyboard focus in the card instead of dropping it to the page.
    if (!refocusAfterNavigation.current) return;
    refocusAfterNavigation.current = false;
    rootRef.current?.focus();
  }, [shownId]);

  if (!entry) return null;

  const navigate = (nextTrail: string[]) => {
    const root = rootRef.current;
    const focusRoot = root?.getRootNode() as Document | ShadowRoot | undefined;
    refocusAfterNavigation.current = root?.contains(focusRoot?.activeElement ?? null) ?? false;
    setHistory({ root: entryId, trail: nextTrail });
  };
  const previous = getEntry(trail.at(-2) ?? entryId);

  return (
    <section
      ref={rootRef}
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-entry-id={shownId}
      data-theme={props.theme}
      lang={entry.lang}
    >
      {/* Not the page's banner: inside a dialog a header is no landmark of its own (axe: landmark-no-duplicate-banner). */}
      <header class="card__header" role="none">
        {trail.length > 0 && (
          <button
            type="button"
            class="card__back"
            aria-label={previous ? t('card.backTo', previous.title) : t('card.back')}
            onClick={() => navigate(trail.slice(0, -1))}
          >
            <span aria-hidden="true">←</span> {t('card.back')}
          </button>
        )}
        <p class="card__kind">{t(KIND_LABELS[entry.kind])}</p>
        <h2 id={titleId} class="card__title">
          {entry.title}
        </h2>
        {onClose && (
          <button type="button" class="card__close" aria-label={t('card.close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      {/* Keyed by entry so scroll position and folded sections start fresh on every navigation. */}
      <div class="card__body" key={shownId}>
        <EntryDetails entry={entry} getEntry={getEntry} onOpenEntry={(id) => navigate([...trail, id])} />
      </div>
      <CardFooter shownId={shownId} onMute={onMute} onDisableSite={onDisableSite} siteLabel={props.siteLabel} />
    </section>
  );
}

/** The reader's controls; each appears only when the host can carry it out. */
function CardFooter(props: Pick<TermCardProps, 'onMute' | 'onDisableSite' | 'siteLabel'> & { shownId: string }) {
  const { onMute, onDisableSite, shownId } = props;
  const { t } = useTranslator();
  if (!onMute && !onDisableSite) return null;
  return (
    <footer class="card__footer" role="none">
      {onMute && (
        <button type="button" class="footer-button" onClick={() => onMute(shownId)}>
          {t('card.hideTerm')}
        </button>
      )}
      {onDisableSite && (
        <button type="button" class="footer-button" onClick={onDisableSite}>
          {props.siteLabel ? t('card.turnOffOnSite', props.siteLabel) : t('card.turnOffHere')}
        </button>
      )}
    </footer>
  );
}
