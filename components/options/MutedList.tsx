export interface MutedListProps {
  /** Muted entries with their titles (an id no longer in the KB shows as itself). */
  entries: ReadonlyArray<{ id: string; title: string }>;
  onUnmute: (id: string) => void;
}

/** Terms the reader hid from pages ("Hide this term" on a card), each with Unhide. */
export function MutedList({ entries, onUnmute }: MutedListProps) {
  if (!entries.length) return <p class="empty">No hidden terms. Hide one with “Hide this term” on its card.</p>;
  return (
    <ul class="rows" aria-label="Hidden terms">
      {entries.map(({ id, title }) => (
        <li class="row" key={id}>
          <span class="row__text">{title}</span>
          <button type="button" onClick={() => onUnmute(id)} aria-label={`Show ${title} again`}>
            Unhide
          </button>
        </li>
      ))}
    </ul>
  );
}
