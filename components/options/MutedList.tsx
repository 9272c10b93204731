import { useTranslator } from '../i18n';

export interface MutedListProps {
  /** Muted entries with their titles (an id no longer in the KB shows as itself). */
  entries: ReadonlyArray<{ id: string; title: string }>;
  onUnmute: (id: string) => void;
}

/** Terms the reader hid from pages ("Hide this term" on a card), each with Unhide. */
export function MutedList({ entries, onUnmute }: MutedListProps) {
  const { t } = useTranslator();
  if (!entries.length) return <p class="empty">{t('options.noHiddenTerms', t('card.hideTerm'))}</p>;
  return (
    <ul class="rows" aria-label={t('options.hiddenTerms')}>
      {entries.map(({ id, title }) => (
        <li class="row" key={id}>
          <span class="row__text">{title}</span>
          <button type="button" onClick={() => onUnmute(id)} aria-label={t('options.showAgain', title)}>
            {t('options.unhide')}
          </button>
        </li>
      ))}
    </ul>
  );
}
