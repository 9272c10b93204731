import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { readSettings, watchSettings } from './storage';

/** The reader's settings, kept current as any part of Kontekst changes them (null while loading). */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void readSettings().then((initial) => {
      if (live) setSettings((current) => current ?? initial); // a watch event may have come first
    });
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
