import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { Preferences } from '../../shared/api/contract';
import type { PreferencesPort } from './ports';

export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', paper: 'a4' };
export const PREFERENCES_FILE_NAME = 'preferences.json';

/** The subset of conf / electron-store the preferences need (electron-store extends conf). */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const resetNotice = (file: string) =>
  `Your preferences (${file}) could not be read, so they were reset: theme and paper size are back to their defaults. Your plan was not touched.`;

/**
 * A preferences file that is not JSON at all makes conf and electron-store throw when they
 * are built, which would stop Braid from starting; it is removed first (preferences are a
 * theme and a paper size, nothing worth keeping aside) and the notice says so.
 */
export function removeUnreadablePreferencesFile(path: string): string | null {
  if (!existsSync(path)) return null;
  try {
    JSON.parse(readFileSync(path, 'utf8'));
    return null;
  } catch {
    rmSync(path, { force: true });
    return resetNotice(basename(path));
  }
}

/**
 * The preferences over conf / electron-store, parsed with zod on read: a value this Braid
 * does not know resets them with a notice, and fields an earlier version stored (recent
 * file paths) are dropped from the file at once.
 */
export function preferencesOver(store: KeyValueStore, earlierNotice: string | null = null): PreferencesPort {
  let notice = earlierNotice;
  const stored = store.get('preferences');
  const parsed = Preferences.safeParse(stored === undefined ? DEFAULT_PREFERENCES : stored);
  let current: Preferences;
  if (!parsed.success) {
    notice ??= resetNotice(PREFERENCES_FILE_NAME);
    current = DEFAULT_PREFERENCES;
    store.set('preferences', current);
  } else {
    current = parsed.data;
    if (stored !== undefined && JSON.stringify(stored) !== JSON.stringify(current)) store.set('preferences', current);
  }
  return {
    get: () => current,
    takeNotice() {
      const told = notice;
      notice = null;
      return told;
    },
    set(change) {
      current = Preferences.parse({ ...current, ...change });
      store.set('preferences', current);
      return current;
    },
  };
}
