import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CardView } from '../../components/popup/CardView';
import { localiseEntry, searchableEntries } from '../../core/localise';
import { createSearchIndex } from '../../core/search';
import { cardLanguageOf, type Settings } from '../../core/settings';
import { siteStateFor, type SiteState } from '../../core/site-state';
import type { KbEntry } from '../../data/schema';
import { translatorFor, uiLang } from '../../utils/i18n';
import { shortcutOf, TOGGLE_SITE_COMMAND } from '../../utils/site-toggle';
import { useSettings } from '../../utils/use-settings';
import { useThemeAttribute } from '../../utils/use-theme-attribute';
import { ListView } from './ListView';
import { useTargetTab, type TargetTab } from './target-tab';
import { usePageTerms, type PageTermsState } from './use-page-terms';

export interface AppProps {
  kb: readonly KbEntry[];
  /** `location.search`: `tab` targets a tab, `q` starts a search (context-menu lookup). */
  locationSearch: string;
}

/** The toolbar popup: the list view, or one entry's card with a way back. */
export function App({ kb, locationSearch }: AppProps) {
  const settings = useSettings();
  // The browser's language until settings have loaded.
  const lang = cardLanguageOf(settings?.cardLanguage ?? 'auto', uiLang);
  // Entries in the reader's card language; search also finds them by the other language's titles.
  const { cards, getEntry, index } = useMemo(() => {
    const cards = kb.map((entry) => localiseEntry(entry, lang));
    const byId = new Map(cards.map((card) => [card.id, card]));
    const index = createSearchIndex(searchableEntries(kb, lang));
    return { cards, getEntry: (id: string) => byId.get(id), index };
  }, [kb, lang]);
  const tab = useTargetTab(locationSearch);
  const page = usePageTerms(tab === undefined ? null : (tab?.id ?? null));
  const shortcut = useShortcut();
  const [query, setQuery] = useState(() => new URLSearchParams(locationSearch).get('q') ?? '');
  const [openId, setOpenId] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useThemeAttribute(settings?.theme);
  const back = useCallback(() => {
    setOpenId(null);
    queueMicrotask(() => inputRef.current?.focus()); // back where the reader was typing
  }, []);

  if (openId)
    return (
      <main class="popup popup--card">
        <CardView
          entryId={openId}
          getEntry={getEntry}
          theme={cardTheme(settings?.theme)}
          onBack={back}
          cardTranslator={translatorFor(lang)}
        />
      </main>
    );
  const site = siteOf(tab, page, settings);
  return (
    <ListView
      {...{ kb: cards, index, getEntry, settings, tab, site, page, shortcut, query, inputRef }}
      onQuery={setQuery}
      onOpen={setOpenId}
    />
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


const cardTheme = (theme: Settings['theme'] | undefined) => (theme === 'auto' ? undefined : theme);
