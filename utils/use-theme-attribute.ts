import { useEffect } from 'preact/hooks';
import type { Settings } from '../core/settings';

/** Puts the reader's theme choice on <html data-theme>; "auto" leaves it to prefers-color-scheme. */
export function useThemeAttribute(theme: Settings['theme'] | undefined, root: HTMLElement = document.documentElement): void {
  useEffect(() => {
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme, root]);
}
