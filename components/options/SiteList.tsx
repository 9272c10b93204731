import { useId, useState } from 'preact/hooks';
import type { SiteInputResult } from '../../core/site-input';
import { useTranslator } from '../i18n';

export interface SiteListProps {
  sites: readonly string[];
  /** Turns what the reader typed into a site key, or says why it is not one. */
  parse: (input: string) => SiteInputResult;
  onAdd: (key: string) => void;
  onRemove: (key: string) => void;
}

/** The sites where Kontekst is off, with a form to add one. */
export function SiteList({ sites, parse, onAdd, onRemove }: SiteListProps) {
  const { t, message } = useTranslator();
  const id = useId();
  const [input, setInput] = useState('');
  const [error, setError] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    const result = parse(input);
    if (!result.ok) return setError(message(result.error));
    setError('');
    setInput('');
    if (!sites.includes(result.key)) onAdd(result.key);
  };

  return (
    <div class="site-list">
      {sites.length ? (
        <ul class="rows" aria-label={t('options.sitesOff')}>
          {sites.map((site) => (
            <li class="row" key={site}>
              <span class="row__text">{site}</span>
              <button type="button" onClick={() => onRemove(site)} aria-label={t('options.turnBackOn', site)}>
                {t('options.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('options.runsEverywhere')}</p>
      )}
      <form class="add-form" onSubmit={submit} noValidate>
        <label for={`${id}-site`}>{t('options.addSiteLabel')}</label>
        <div class="add-form__row">
          <input
            id={`${id}-site`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={input}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit">{t('options.add')}</button>
        </div>
        {error && (
          <p id={`${id}-error`} class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
