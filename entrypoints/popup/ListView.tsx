import { browser } from '#imports';
import type { Ref } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { ResultList } from '../../components/popup/ResultList';
import { SearchBox } from '../../components/popup/SearchBox';
import { SiteControls } from '../../components/popup/SiteControls';
import { Switch } from '../../components/Switch';
import type { SearchIndex } from '../../core/search';
import type { Settings } from '../../core/settings';
import type { SiteState } from '../../core/site-state';
import type { CardEntry } from '../../core/localise';
import { t } from '../../utils/i18n';
import { updateSettings } from '../../utils/storage';
import { popupGroups } from './groups';
import { revealOnPage } from './reveal';
import type { TargetTab } from './target-tab';
import { useListNavigation } from './use-list-navigation';
import type { PageTermsState } from './use-page-terms';

export interface ListViewProps {
  kb: readonly CardEntry[];
  index: SearchIndex;
  getEntry: (id: string) => CardEntry | undefined;
  settings: Settings | null;
  tab: TargetTab | null | undefined;
  site: SiteState | null;
  page: PageTermsState;
  shortcut: string;
  query: string;
  onQuery: (query: string) => void;
  onOpen: (entryId: string) => void;
  inputRef: Ref<HTMLInputElement>;
}

const optionId = (index: number) => `kontekst-option-${index}`;

/** The popup's main view: site switch, search, then results or the page's terms. */
export function ListView(props: ListViewProps) {
  const { kb, index, getEntry, settings, tab, site, page, query, onQuery } = props;
  const [notice, setNotice] = useState('');
  const hits = useMemo(() => (query.trim() ? index.search(query, 30) : []), [index, query]);
  const groups = popupGroups({ query, hits, site, page, kb, getEntry });
  const items = groups.flatMap((group) => group.items.map((item) => ({ entryId: item.entryId, action: group.action })));

  const activate = (i: number) => {
    const chosen = items[i];
    setNotice('');
    if (chosen?.action === 'open') props.onOpen(chosen.entryId);
    else if (chosen && tab) {
      const frameId = page.status === 'ready' ? page.terms.find((term) => term.entryId === chosen.entryId)?.frameId : 0;
      void revealOnPage(tab, chosen.entryId, frameId).then((shown) => shown || setNotice(t('popup.termGone')));
    }
  };
  const nav = useListNavigation({
    count: items.length,
    resetKey: query,
    onActivate: activate,
    onClear: () => {
      if (!query) return false;
      onQuery('');
      return true;
    },
  });

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__title">Kontekst</h1>
        <button type="button" class="text-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.settings')}
        </button>
      </header>
      <SiteControls
        state={site}
        shortcut={props.shortcut}
        onSiteChange={(on) => site?.kind === 'site' && void updateSettings({ kind: 'site', key: site.key, enabled: on })}
      />
      <SearchBox
        value={query}
        onInput={onQuery}
        onKeyDown={nav.onKeyDown}
        controls={groups.map((group) => group.id).join(' ')}
        activeOptionId={nav.active >= 0 ? optionId(nav.active) : undefined}
        expanded={items.length > 0}
        inputRef={props.inputRef}
      />
      <p class="notice" role="status">
        {notice}
      </p>
      <ResultList groups={groups} active={nav.active} optionId={optionId} onActivate={activate} onHover={nav.setActive} />
      <footer class="popup__footer">
        <Switch
          label={t('popup.pauseEverywhere')}
          checked={settings?.paused ?? false}
          disabled={!settings}
          onChange={(paused) => void updateSettings({ kind: 'choose', choices: { paused } })}
        />
      </footer>
    </main>
  );
}
