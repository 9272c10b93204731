import { browser } from '#imports';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CardView } from '../../components/popup/CardView';
import { ResultList } from '../../components/popup/ResultList';
import { SearchBox } from '../../components/popup/SearchBox';
import { SiteControls } from '../../components/popup/SiteControls';
import { Switch } from '../../components/popup/Switch';
import type { SearchIndex } from '../../core/search';
import type { Settings } from '../../core/settings';
import { siteStateFor, type SiteState } from '../../core/site-state';
import { withSiteEnabled } from '../../core/site-key';
import type { KbEntry } from '../../data/schema';
import type { RevealResponse } from '../../utils/messages';
import { shortcutOf, TOGGLE_SITE_COMMAND } from '../../utils/site-toggle';
import { updateSettings } from '../../utils/storage';
import { useSettings } from '../../utils/use-settings';
import { useThemeAttribute } from '../../utils/use-theme-attribute';
import { popupGroups } from './groups';
import { useTargetTab, type TargetTab } from './target-tab';
import { useListNavigation } from './use-list-navigation';
import { usePageTerms, type PageTermsState } from './use-page-terms';

export interface AppProps {
  kb: readonly KbEntry[];
  index: SearchIndex;
  /** `location.search`: `tab` targets a tab, `q` starts a search (context-menu lookup). */
  locationSearch: string;
}

const optionId = (index: number) => `kontekst-option-${index}`;

export function App({ kb, index, locationSearch }: AppProps) {
  const getEntry = useMemo(() => {
    const byId = new Map(kb.map((entry) => [entry.id, entry]));
    return (id: string) => byId.get(id);
  }, [kb]);
  const settings = useSettings();
  const tab = useTargetTab(locationSearch);
  const page = usePageTerms(tab === undefined ? null : (tab?.id ?? null));
  const shortcut = useShortcut();
  const [query, setQuery] = useState(() => new URLSearchParams(locationSearch).get('q') ?? '');
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useThemeAttribute(settings?.theme);

  const site = siteOf(tab, page, settings);
  const hits = useMemo(() => (query.trim() ? index.search(query, 30) : []), [index, query]);
  const groups = popupGroups({ query, hits, site, page, kb, getEntry });
  const items = groups.flatMap((group) => group.items.map((item) => ({ item, action: group.action })));

  const reveal = async (entryId: string) => {
    if (!tab) return;
    const request = { type: 'reveal-term', entryId } as const;
    const answer = (await browser.tabs.sendMessage(tab.id, request).catch(() => null)) as RevealResponse | null;
    if (!answer?.revealed) return setNotice('That term is no longer marked on the page.');
    // The card opens on the page: show that page (and, from the toolbar, get out of the way).
    if (tab.fromParameter) await browser.tabs.update(tab.id, { active: true });
    else window.close();
  };
  const activate = (i: number) => {
    const chosen = items[i];
    if (!chosen) return;
    setNotice('');
    if (chosen.action === 'reveal') void reveal(chosen.item.entryId);
    else setOpenId(chosen.item.entryId);
  };
  const nav = useListNavigation({
    count: items.length,
    resetKey: query,
    onActivate: activate,
    onClear: () => (query ? (setQuery(''), true) : false),
  });
  const back = useMemo(
    () => () => {
      setOpenId(null);
      queueMicrotask(() => inputRef.current?.focus());
    },
    [],
  );

  if (openId)
    return (
      <main class="popup popup--card">
        <CardView entryId={openId} getEntry={getEntry} theme={cardTheme(settings?.theme)} onBack={back} />
      </main>
    );

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__title">Kontekst</h1>
        <button type="button" class="text-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      <SiteControls
        state={site}
        shortcut={shortcut}
        onSiteChange={(enabled) => {
          if (site?.kind === 'site') void updateSettings((s) => withSiteEnabled(s, site.key, enabled));
        }}
      />
      <SearchBox
        value={query}
        onInput={setQuery}
        onKeyDown={nav.onKeyDown}
        controls={groups.map((group) => group.id).join(' ')}
        activeOptionId={nav.active >= 0 ? optionId(nav.active) : undefined}
        expanded={items.length > 0}
        inputRef={inputRef}
      />
      <p class="notice" role="status">
        {notice}
      </p>
      <ResultList groups={groups} active={nav.active} optionId={optionId} onActivate={activate} onHover={nav.setActive} />
      <footer class="popup__footer">
        <Switch
          label="Pause everywhere"
          checked={settings?.paused ?? false}
          disabled={!settings}
          onChange={(paused) => void updateSettings((s) => ({ ...s, paused }))}
        />
      </footer>
    </main>
  );
}

function useShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => void shortcutOf(TOGGLE_SITE_COMMAND).then(setShortcut), []);
  return shortcut;
}

/**
 * The switch state, once known. The tab's URL is readable from the toolbar (activeTab);
 * a popup opened as a page for a tab asks the page's content script instead.
 */
function siteOf(tab: TargetTab | null | undefined, page: PageTermsState, settings: Settings | null): SiteState | null {
  if (!settings || tab === undefined) return null;
  if (tab?.url) return siteStateFor(tab.url, settings);
  if (page.status === 'loading') return null;
  return siteStateFor(page.status === 'ready' ? page.url : undefined, settings);
}

const cardTheme = (theme: string | undefined) => (theme === 'light' || theme === 'dark' ? theme : undefined);
