import type { SiteState } from '../../core/site-state';
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
  if (!state) return <div class="site site--loading" aria-busy="true" />;
  if (state.kind === 'unsupported')
    return (
      <p class="site site--unsupported" role="status">
        Kontekst can’t run on this page. It works on web pages and local files, not on browser or extension pages.
      </p>
    );
  const hint = state.paused
    ? 'Paused everywhere: resume below'
    : shortcut
      ? `Shortcut: ${shortcut}`
      : 'No shortcut set (see the browser’s extension shortcuts)';
  return (
    <div class="site">
      <Switch label={`Annotate on ${state.key}`} checked={state.siteEnabled} hint={hint} onChange={onSiteChange} />
    </div>
  );
}
