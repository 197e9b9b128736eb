import type { Preferences } from '../../shared/api/contract';

/**
 * What the services need from the platform they run on. Electron's main process fills
 * these with Electron abilities; the web shell, the CLI and the tests fill them with
 * plain Node. Nothing in electron/services imports 'electron'.
 */
export interface PreferencesPort {
  get(): Preferences;
  set(change: Partial<Preferences>): Preferences;
  /** Why the preferences were reset at start, once; null after that or when nothing happened. */
  takeNotice(): string | null;
}

/** What a report is printed with: the HTML document, the paper and Chromium's header/footer templates. */
export interface PrintPdfOptions {
  paper: 'a4' | 'letter';
  headerTemplate: string;
  footerTemplate: string;
}
export type PrintPdf = (html: string, options: PrintPdfOptions) => Promise<Uint8Array>;

/**
 * The operating system's keystore (Electron's safeStorage) for wrapping the data key.
 * 'basic_text' (Linux without a keyring: a fixed key) and 'unavailable' mean "ask for a
 * passphrase instead". The web shell and the CLI have none.
 */
export interface KeystorePort {
  backend(): Promise<'os' | 'basic_text' | 'unavailable'>;
  encrypt(text: string): Promise<Uint8Array>;
  decrypt(bytes: Uint8Array): Promise<string>;
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
  /** Desktop only: opens a file in the program the system uses for it (e.g. a PDF viewer). */
  openFile?: (path: string) => Promise<void>;
  /** Milliseconds a burst of edits is gathered into one write. */
  saveDebounceMs?: number;
  /** Prints report HTML to PDF: Electron's printToPDF in the desktop app, headless Chromium elsewhere. */
  printPdf?: PrintPdf;
  /** Desktop only: wraps the data key when protection uses the system keychain. */
  keystore?: KeystorePort;
  /** Who makes the changes, for the audit trail: the operating-system user name. */
  userName?: string;
}
