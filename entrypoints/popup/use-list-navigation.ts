import { useState } from 'preact/hooks';

export interface ListNavigation {
  active: number;
  setActive: (index: number) => void;
  /** The search box's keydown: ↑ ↓ move, Enter activates, Escape clears the query. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * Keyboard movement over `count` options while focus stays in the search box. `resetKey`
 * (the query) puts the choice back on the first option whenever it changes.
 */
export function useListNavigation(options: {
  count: number;
  resetKey: string;
  onActivate: (index: number) => void;
  onClear: () => boolean;
}): ListNavigation {
  const { count, resetKey, onActivate, onClear } = options;
  const [state, setState] = useState({ key: resetKey, active: resetKey ? 0 : -1 });
  // A new query starts at its best hit; an empty one waits for the first arrow key.
  const active = state.key === resetKey ? Math.min(state.active, count - 1) : resetKey ? 0 : -1;
  const setActive = (index: number) => setState({ key: resetKey, active: index });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter') {
      if (active < 0 || active >= count) return;
      event.preventDefault();
      onActivate(active);
    } else if (event.key === 'Escape') {
      // With text, Escape clears it; with none, it falls through and closes the popup.
      if (onClear()) event.preventDefault();
    }
  };
  return { active, setActive, onKeyDown };
}
