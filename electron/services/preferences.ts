import type { Preferences } from '../../shared/api/contract';
import type { PreferencesPort } from './ports';

export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', recentFiles: [], paper: 'a4' };

/** The subset of conf / electron-store the preferences need (electron-store extends conf). */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export function preferencesOver(store: KeyValueStore): PreferencesPort {
  const read = (): Preferences => ({ ...DEFAULT_PREFERENCES, ...((store.get('preferences') as Partial<Preferences>) ?? {}) });
  return {
    get: read,
    set(change) {
      const next = { ...read(), ...change };
      store.set('preferences', next);
      return next;
    },
  };
}
