import type { SiteState } from '../../core/site-state';
import { useTranslator } from '../i18n';
import { Switch } from '../Switch';

export interface SiteControlsProps {
  /** null while the tab and settings load. */
  state: SiteState | null;
  /** The toggle shortcut as the browser shows it; "" when the reader removed it. */
  shortcut: string;
  onSiteChange: (enabled: boolean) => void;
}

/** "Annotate on <site>" for the popup's tab, or why Kontekst cannot run there. */
export function SiteControls({ state, shortcut, onSiteChange }: SiteControlsProps) {
  const { t } = useTranslator();
  if (!state) return <div class="site site--loading" aria-busy="true" />;
  if (state.kind === 'unsupported')
    return (
      <p class="site site--unsupported" role="status">
        {t('popup.unsupported')}
      </p>
    );
  const hint = state.paused
    ? t('popup.pausedHint')
    : shortcut
      ? t('popup.shortcut', shortcut)
      : t('popup.noShortcut');
  return (
    <div class="site">
      <Switch label={t('popup.annotateOn', state.key)} checked={state.siteEnabled} hint={hint} onChange={onSiteChange} />
    </div>
  );
}
