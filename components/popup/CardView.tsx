import { useEffect, useRef } from 'preact/hooks';
import type { CardEntry } from '../../core/localise';
import { t } from '../../utils/i18n';
import { TermCard } from '../TermCard';

export interface CardViewProps {
  entryId: string;
  getEntry: (id: string) => CardEntry | undefined;
  theme: 'light' | 'dark' | undefined;
  onBack: () => void;
}

/** A result's card inside the popup, with a way back to the list (also Escape). */
export function CardView({ entryId, getEntry, theme, onBack }: CardViewProps) {
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), [entryId]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault(); // Escape goes back to the list instead of closing the popup
      onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);
  return (
    <div class="card-view">
      <button type="button" class="back-button" ref={backRef} onClick={onBack}>
        <span aria-hidden="true">←</span> {t('popup.backToList')}
      </button>
      <TermCard entryId={entryId} getEntry={getEntry} theme={theme} />
    </div>
  );
}
