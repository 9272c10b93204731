import { useEffect, useRef } from 'preact/hooks';
import { useTranslator } from '../i18n';

export interface ListItem {
  entryId: string;
  title: string;
  /** A second line: the alias that matched, or the entry's kind. */
  detail?: string;
  /** How often the term is marked on the page. */
  count?: number;
}

export interface ListGroup {
  id: string;
  label: string;
  items: ListItem[];
  /** Shown instead of the list when it has no items. */
  empty?: string;
}

export interface ResultListProps {
  groups: ListGroup[];
  /** Index into all groups' items, in order; -1 for none. */
  active: number;
  optionId: (index: number) => string;
  onActivate: (index: number) => void;
  onHover: (index: number) => void;
}

/** Grouped option lists driven by the search box (combobox pattern); a click activates. */
export function ResultList({ groups, active, optionId, onActivate, onHover }: ResultListProps) {
  let offset = 0;
  return (
    <div class="lists">
      {groups.map((group) => {
        const start = offset;
        offset += group.items.length;
        return (
          <section class="group" key={group.id}>
            <h2 class="group__label" id={`${group.id}-label`}>
              {group.label}
            </h2>
            {group.items.length ? (
              <ul class="group__list" role="listbox" id={group.id} aria-labelledby={`${group.id}-label`}>
                {group.items.map((item, i) => (
                  <Option
                    key={item.entryId}
                    item={item}
                    id={optionId(start + i)}
                    selected={active === start + i}
                    onClick={() => onActivate(start + i)}
                    onMouseMove={() => active !== start + i && onHover(start + i)}
                  />
                ))}
              </ul>
            ) : (
              group.empty && <p class="group__empty">{group.empty}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}

interface OptionProps {
  item: ListItem;
  id: string;
  selected: boolean;
  onClick: () => void;
  onMouseMove: () => void;
}

function Option({ item, id, selected, onClick, onMouseMove }: OptionProps) {
  const { plural } = useTranslator();
  const ref = useRef<HTMLLIElement>(null);
  // Keep the keyboard's choice in view; a hovered option is visible already.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <li
      ref={ref}
      id={id}
      role="option"
      class="option"
      aria-selected={selected}
      data-entry-id={item.entryId}
      onClick={onClick}
      onMouseMove={onMouseMove}
    >
      <span class="option__text">
        <span class="option__title">{item.title}</span>
        {item.detail && <span class="option__detail">{item.detail}</span>}
      </span>
      {item.count !== undefined && (
        <span class="option__count" aria-label={plural('popup.mentionsOnPage', item.count)}>
          {item.count}
        </span>
      )}
    </li>
  );
}
