// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TranslatorContext } from '../../../components/i18n';
import { TermCard, type TermCardProps } from '../../../components/TermCard';
import type { CardLang } from '../../../data/schema';
import { translatorFor } from '../../../utils/i18n';
import { cardEntriesIn, getCardEntry } from '../fixtures/card-entries';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function renderCard(props: Partial<TermCardProps> = {}, lang: CardLang = 'en') {
  act(() => {
    render(
      <TranslatorContext.Provider value={translatorFor(lang)}>
        <TermCard entryId="budapest-memorandum" getEntry={getCardEntry} {...props} />
      </TranslatorContext.Provider>,
      container,
    );
  });
  return container.querySelector<HTMLElement>('[role="dialog"]');
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function buttonNamed(name: string | RegExp): HTMLButtonElement {
  const button = [...container.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? text(b) === name : name.test(text(b)),
  );
  if (!button) throw new Error(`no button named ${String(name)}`);
  return button;
}

const click = (el: HTMLElement) => act(() => el.click());

describe('TermCard', () => {
  it('renders title, kind, summary and the why-now date', () => {
    const card = renderCard();
    const titleId = card?.getAttribute('aria-labelledby');
    expect(titleId).toBeTruthy();
    expect(text(card?.querySelector(`[id="${titleId}"]`))).toBe('Budapest Memorandum');
    expect(text(card?.querySelector('.card__kind'))).toBe('Agreement');
    expect(text(card?.querySelector('.card__summary'))).toMatch(/^A 1994 political agreement/);
    const whyNow = card?.querySelector('.why-now');
    expect(text(whyNow)).toContain('Why it matters now');
    expect(text(whyNow)).toContain('As of Mar 2025');
  });

  it('is a keyboard-focusable dialog carrying the shown entry id', () => {
    const card = renderCard();
    expect(card?.getAttribute('data-entry-id')).toBe('budapest-memorandum');
    expect(card?.getAttribute('tabindex')).toBe('-1');
  });

  it('passes the theme to the root as data-theme', () => {
    expect(renderCard({ theme: 'dark' })?.getAttribute('data-theme')).toBe('dark');
  });

  it('folds the timeline to three events and "Show all 5 events" unfolds it', () => {
    renderCard();
    const events = () => [...container.querySelectorAll('.timeline__event')].map(text);
    expect(events()).toEqual([
      '1991 Ukraine becomes independent with Soviet nuclear weapons on its soil.',
      '5 Dec 1994 Memorandum signed in Budapest.',
      'Jun 1996 Last nuclear warheads leave Ukraine.',
    ]);
    const toggle = buttonNamed('Show all 5 events');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(events()).toHaveLength(5);
    expect(events()[4]).toBe('24 Feb 2022 Russia launches a full-scale invasion.');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    click(buttonNamed('Show fewer'));
    expect(events()).toHaveLength(3);
  });

  it('does not offer "Show all" for a timeline of three or fewer', () => {
    renderCard({ entryId: 'nato-article-5' });
    expect(container.querySelectorAll('.timeline__event')).toHaveLength(2);
    expect(text(container).includes('Show all')).toBe(false);
  });

  it('shows each position with its side, stance, quote and linked source', () => {
    renderCard();
    const positions = [...container.querySelectorAll('.position')];
    expect(positions).toHaveLength(2);
    const [first, second] = positions;
    expect(text(first?.querySelector('.label--side'))).toBe('Ukrainian analyst');
    expect(text(first?.querySelector('.label--stance'))).toBe('Assurances were worthless');
    expect(text(first?.querySelector('.position__role'))).toBe('Fellow, Example Institute');
    expect(text(first?.querySelector('blockquote q'))).toBe('Paper promises did not stop a single tank.');
    const link = first?.querySelector<HTMLAnchorElement>('.position__source a');
    expect(link?.getAttribute('href')).toBe('https://example.org/lessons-of-budapest');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(first?.querySelector('.position__source'))).toMatch(/^Example Review, 2 Mar 2025: Lessons of Budapest/);
    expect(text(second?.querySelector('.label--side'))).toBe('Western academic');
    expect(second?.querySelector('blockquote')).toBeNull();
    expect(second?.querySelector('.position__source a')).toBeNull();
    expect(text(second?.querySelector('.position__source cite'))).toBe('What the memorandum said');
  });

  it('makes a name a button only when the person has an entry, and opens that card', () => {
    const card = renderCard();
    const names = [...container.querySelectorAll('.position__name')];
    expect(names[1]?.querySelector('button')).toBeNull();
    click(buttonNamed('Anna Example'));
    expect(card?.getAttribute('data-entry-id')).toBe('anna-example');
    expect(text(container.querySelector('.card__kind'))).toBe('Person');
    expect(text(container.querySelector('.roles'))).toContain('Fellow, Example Institute · since May 2019');
    // On her own card, her name is not a link back to the same card.
    expect(text(container.querySelector('.position__name'))).toBe('Anna Example');
    expect(container.querySelector('.position__name button')).toBeNull();
  });

  it('opens a related entry in place, and Back returns with the history intact', () => {
    const card = renderCard();
    const chips = [...container.querySelectorAll('.chip')].map(text);
    expect(chips).toEqual(['Article 5 of the North Atlantic Treaty']);
    click(buttonNamed('Article 5 of the North Atlantic Treaty'));
    expect(card?.getAttribute('data-entry-id')).toBe('nato-article-5');
    expect(text(container.querySelector('.card__title'))).toBe('Article 5 of the North Atlantic Treaty');
    click(buttonNamed('Budapest Memorandum'));
    expect(card?.getAttribute('data-entry-id')).toBe('budapest-memorandum');
    const back = buttonNamed(/Back/);
    expect(back.getAttribute('aria-label')).toBe('Back to Article 5 of the North Atlantic Treaty');
    click(back);
    expect(card?.getAttribute('data-entry-id')).toBe('nato-article-5');
    click(buttonNamed(/Back/));
    expect(card?.getAttribute('data-entry-id')).toBe('budapest-memorandum');
    expect(container.querySelector('.card__back')).toBeNull();
  });

  it('starts a fresh history when the host asks for another entry', () => {
    renderCard();
    click(buttonNamed('Article 5 of the North Atlantic Treaty'));
    const card = renderCard({ entryId: 'anna-example' });
    expect(card?.getAttribute('data-entry-id')).toBe('anna-example');
    expect(container.querySelector('.card__back')).toBeNull();
  });

  it('keeps focus inside the card when a chip that had focus is replaced', () => {
    const card = renderCard();
    const chip = buttonNamed('Article 5 of the North Atlantic Treaty');
    chip.focus();
    click(chip);
    expect(document.activeElement).toBe(card);
  });

  it('calls the footer handlers with the entry currently shown', () => {
    const onMute = vi.fn();
    const onDisableSite = vi.fn();
    renderCard({ onMute, onDisableSite, siteLabel: 'example.com' });
    click(buttonNamed('Hide this term'));
    expect(onMute).toHaveBeenLastCalledWith('budapest-memorandum');
    click(buttonNamed('Article 5 of the North Atlantic Treaty'));
    click(buttonNamed('Hide this term'));
    expect(onMute).toHaveBeenLastCalledWith('nato-article-5');
    click(buttonNamed('Turn off on example.com'));
    expect(onDisableSite).toHaveBeenCalledTimes(1);
  });

  it('renders no footer and no close button without handlers', () => {
    renderCard();
    expect(container.querySelector('footer')).toBeNull();
    expect(container.querySelector('.card__close')).toBeNull();
  });

  it('has a close button that calls onClose', () => {
    const onClose = vi.fn();
    renderCard({ onClose });
    click(container.querySelector<HTMLElement>('.card__close')!);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('renders nothing for an unknown id', () => {
    expect(renderCard({ entryId: 'no-such-entry' })).toBeNull();
    expect(container.childNodes).toHaveLength(0);
  });

  it('renders KB text as text, never as markup', () => {
    const hostile = { ...getCardEntry('nato-article-5')!, title: '<img src=x onerror=alert(1)>' };
    renderCard({ entryId: 'x', getEntry: (id) => (id === 'x' ? hostile : undefined) });
    expect(container.querySelector('img')).toBeNull();
    expect(text(container.querySelector('.card__title'))).toBe('<img src=x onerror=alert(1)>');
  });

  it('links every source out safely', () => {
    renderCard();
    const links = [...container.querySelectorAll('a')];
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
  });

  it('reads wholly in Ukrainian in a Ukrainian card: labels, text, dates, and a quote marked as Kontekst’s translation', () => {
    const card = renderCard({ getEntry: cardEntriesIn('uk'), onClose: () => {} }, 'uk');
    expect(card?.getAttribute('lang')).toBe('uk');
    expect(text(card?.querySelector('.card__title'))).toBe('Будапештський меморандум');
    expect(text(card?.querySelector('.card__kind'))).toBe('Угода');
    expect(text(card?.querySelector('.card__summary'))).toMatch(/^Політична угода 1994 року/);
    expect(text(card)).toContain('Чому це важливо зараз');
    expect(text(card)).toContain('5 грудня 1994 р.');
    const quote = card?.querySelector('.position__quote');
    expect(text(quote?.querySelector('q'))).toBe('Паперові обіцянки не зупинили жодного танка.');
    expect(quote?.querySelector('q')?.getAttribute('lang')).toBe('uk');
    // The speaker's own words stay beside our rendering, in their language.
    expect(text(quote)).toContain('Переклад Kontekst');
    expect(quote?.querySelector('.position__quote-note q')?.getAttribute('lang')).toBe('en');
    expect(text(quote?.querySelector('.position__quote-note q'))).toBe('Paper promises did not stop a single tank.');
    expect(container.querySelector('.card__close')?.getAttribute('aria-label')).toBe('Закрити');
  });

  it('says until when an open role was known to be held', () => {
    renderCard({ entryId: 'anna-example' });
    expect(text(container.querySelector('.roles'))).toContain('since May 2019 (as of Mar 2025)');
  });
});
