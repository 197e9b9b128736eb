import type { Preferences } from '../../shared/api/contract';

/**
 * What the services need from the platform they run on. Electron's main process fills
 * these with Electron abilities; the web shell, the CLI and the tests fill them with
 * plain Node. Nothing in electron/services imports 'electron'.
 */
export interface PreferencesPort {
  get(): Preferences;
  set(change: Partial<Preferences>): Preferences;
}

export interface ServicePorts {
  transport: 'electron' | 'web';
  version: string;
  /** The app's data folder: the plan file and its backups live here. */
  dataDir: string;
  /** Folder holding the demo plan and other read-only resources. */
  resourcesDir: string;
  preferences: PreferencesPort;
  /** Desktop only: shows the native save dialog and writes the bytes; null when cancelled. */
  saveFile?: (suggestedName: string, bytes: Uint8Array) => Promise<string | null>;
  /** Milliseconds a burst of edits is gathered into one write. */
  saveDebounceMs?: number;
}
