import { useEffect, useState } from 'react';
import type { Preferences } from '../../shared/api/contract';
import { call } from '../platform';

export type Theme = Preferences['theme'];

export function applyTheme(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Applies the saved theme at start; `?theme=dark` in the address overrides it (screenshots). */
export function useTheme(): void {
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    const forced = new URLSearchParams(window.location.search).get('theme');
    if (forced === 'dark' || forced === 'light') return setTheme(forced);
    call('prefs:get', {}).then((prefs) => setTheme(prefs.theme), () => undefined);
  }, []);
  useEffect(() => applyTheme(theme), [theme]);
}
