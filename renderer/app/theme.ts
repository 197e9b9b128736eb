import { useEffect } from 'react';
import { create } from 'zustand';
import type { Preferences } from '../../shared/api/contract';
import { call } from '../platform';
import { useBraid } from '../store';
import { usePlannerView } from '../store/planner-view';

export type Theme = Preferences['theme'];

export function applyTheme(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

interface ThemeState {
  theme: Theme;
  setTheme(theme: Theme): void;
}

/** The chosen theme, kept in the preferences (electron-store in the desktop app). */
export const useThemeStore = create<ThemeState>()((set) => ({
  theme: 'system',
  setTheme(theme) {
    set({ theme });
    void call('prefs:set', { theme }).catch(() => undefined);
  },
}));

/**
 * Applies the saved theme at start, and hands the planner the view it was last shown in;
 * `?theme=dark` in the address overrides the theme (screenshots, tests).
 */
export function useTheme(): void {
  const theme = useThemeStore((s) => s.theme);
  useEffect(() => {
    const forced = new URLSearchParams(window.location.search).get('theme');
    if (forced === 'dark' || forced === 'light') {
      useThemeStore.setState({ theme: forced });
      return;
    }
    call('prefs:get', {}).then(
      (prefs) => {
        useThemeStore.setState({ theme: prefs.theme });
        usePlannerView.getState().restore(prefs.planner);
        if (prefs.notice) useBraid.getState().notify({ tone: 'info', message: prefs.notice });
      },
      () => undefined,
    );
  }, []);
  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'system') return;
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    media?.addEventListener('change', follow);
    return () => media?.removeEventListener('change', follow);
  }, [theme]);
}
