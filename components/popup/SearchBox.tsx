import type { Ref } from 'preact';
import { useTranslator } from '../i18n';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  /** Ids of the listboxes the arrow keys move through. */
  controls: string;
  activeOptionId: string | undefined;
  expanded: boolean;
  inputRef: Ref<HTMLInputElement>;
}

/** The search field, a combobox over the result lists (focus stays here while ↑ ↓ move). */
export function SearchBox(props: SearchBoxProps) {
  const { t } = useTranslator();
  return (
    <div class="search">
      <label class="visually-hidden" for="kontekst-search">
        {t('popup.searchLabel')}
      </label>
      <input
        id="kontekst-search"
        ref={props.inputRef}
        class="search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        placeholder={t('popup.searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={props.expanded}
        aria-controls={props.controls}
        aria-activedescendant={props.activeOptionId}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onKeyDown={props.onKeyDown}
        // The popup is for looking things up: typing should work the moment it opens.
        autoFocus
      />
    </div>
  );
}
