import type { ListGroup } from '../../components/popup/ResultList';
import { groupPageTerms, keyEntries } from '../../core/entry-lists';
import type { SearchHit } from '../../core/search';
import { foldForSearch } from '../../core/search-fold';
import type { SiteState } from '../../core/site-state';
import type { CardEntry } from '../../core/localise';
import { t, tPlural } from '../../utils/i18n';
import type { PageTermsState } from './use-page-terms';

/** A popup list and what choosing one of its items does. */
export type PopupGroup = ListGroup & { action: 'reveal' | 'open' };

export interface GroupInputs {
  query: string;
  hits: SearchHit[];
  site: SiteState | null;
  page: PageTermsState;
  kb: readonly CardEntry[];
  getEntry: (id: string) => CardEntry | undefined;
}

/** Search results for a query; without one, the page's terms and then the KB's key entries. */
export function popupGroups({ query, hits, site, page, kb, getEntry }: GroupInputs): PopupGroup[] {
  if (query.trim())
    return [
      {
        id: 'results',
        label: t('popup.results'),
        action: 'open',
        empty: t('popup.nothingFound', query.trim()),
        items: hits.map((hit) => ({
          entryId: hit.entryId,
          title: hit.title,
          detail: aliasNote(hit) ?? getEntry(hit.entryId)?.summary,
        })),
      },
    ];
  const terms = page.status === 'ready' ? groupPageTerms(page.terms, getEntry) : [];
  return [
    {
      id: 'page',
      label: terms.length ? tPlural('popup.onThisPageCount', terms.length) : t('popup.onThisPage'),
      action: 'reveal',
      empty: pageMessage(site, page),
      items: terms.map((term) => ({ entryId: term.entryId, title: term.title, count: term.count })),
    },
    {
      id: 'key',
      label: t('popup.keyEntries'),
      action: 'open',
      items: keyEntries(kb, 6, new Set(terms.map((t) => t.entryId))).map(({ id, title }) => ({ entryId: id, title })),
    },
  ];
}

/** "Also: Selenskyj" when another name matched; nothing when it is just part of the title. */
function aliasNote(hit: SearchHit): string | undefined {
  if (hit.matchedIn !== 'alias' || foldForSearch(hit.title).includes(foldForSearch(hit.matchedText))) return undefined;
  return t('popup.alsoKnownAs', hit.matchedText);
}

function pageMessage(site: SiteState | null, page: PageTermsState): string {
  if (!site || page.status === 'loading') return t('popup.readingPage');
  if (site.kind === 'unsupported') return t('popup.nothingToShow');
  if (site.paused) return t('popup.paused');
  if (!site.siteEnabled) return t('popup.offOnSite', site.key);
  if (page.status === 'unreachable') return t('popup.reloadPage');
  return t('popup.noTerms');
}
