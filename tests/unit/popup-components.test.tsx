// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TranslatorContext } from '../../components/i18n';
import { SiteList } from '../../components/options/SiteList';
import { SiteControls } from '../../components/popup/SiteControls';
import { Switch } from '../../components/Switch';
import { siteKeyFromInput } from '../../core/site-input';
import { translatorFor } from '../../utils/i18n';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});
// Components get their translator from the host page; here, English.
const show = (node: preact.ComponentChild) =>
  act(() => render(<TranslatorContext.Provider value={translatorFor('en')}>{node}</TranslatorContext.Provider>, container));

describe('Switch', () => {
  it('is a labelled role="switch" button that reports the flipped state', () => {
    const onChange = vi.fn();
    show(<Switch label="Annotate on example.com" hint="Shortcut: Alt+Shift+K" checked onChange={onChange} />);
    const button = container.querySelector<HTMLButtonElement>('button[role="switch"]')!;
    expect(button.getAttribute('aria-checked')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-labelledby')!)?.textContent).toBe('Annotate on example.com');
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe('Shortcut: Alt+Shift+K');
    act(() => button.click());
    expect(onChange).toHaveBeenCalledWith(false);
  });
});

describe('SiteControls', () => {
  it('explains instead of showing a switch where Kontekst cannot run', () => {
    show(<SiteControls state={{ kind: 'unsupported' }} shortcut="" onSiteChange={() => {}} />);
    expect(container.textContent).toMatch(/can’t run on this page/);
    expect(container.querySelector('[role="switch"]')).toBeNull();
  });

  it('says when everything is paused, and when no shortcut is set', () => {
    const site = { kind: 'site', key: 'example.com', siteEnabled: true, active: false } as const;
    show(<SiteControls state={{ ...site, paused: true }} shortcut="Alt+Shift+K" onSiteChange={() => {}} />);
    expect(container.textContent).toMatch(/Paused everywhere/);
    show(<SiteControls state={{ ...site, paused: false }} shortcut="" onSiteChange={() => {}} />);
    expect(container.textContent).toMatch(/No shortcut set/);
  });
});

describe('SiteList', () => {
  it('adds a typed host as its site key and rejects junk with an alert', () => {
    const onAdd = vi.fn();
    show(<SiteList sites={[]} parse={siteKeyFromInput} onAdd={onAdd} onRemove={() => {}} />);
    const input = container.querySelector('input')!;
    const submit = (value: string) => {
      act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      act(() => void container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    };
    submit('exa$mple.com');
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/not a web address/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onAdd).not.toHaveBeenCalled();
    submit('https://www.Example.com/news');
    expect(onAdd).toHaveBeenCalledWith('example.com');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
