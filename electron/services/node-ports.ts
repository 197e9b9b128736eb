import { homedir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { PREFERENCES_FILE_NAME, preferencesOver, removeUnreadablePreferencesFile } from './preferences';
import type { PreferencesPort } from './ports';
import { processChromiumPrinter } from './reports/chromium-printer';
import { operatingSystemUser } from './audit/who';
import { makePrivateFolder, PRIVATE_FILE_MODE } from './private-folder';

/**
 * The data folder when running outside Electron (web shell, CLI): the same folder
 * Electron's app.getPath('userData') gives for "Braid", so both see the same plan.
 * BRAID_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(env = process.env, platform = process.platform): string {
  if (env.BRAID_DATA_DIR) return env.BRAID_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Braid');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Braid');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Braid');
}

export function confPreferences(dataDir: string): PreferencesPort {
  // conf would create the folder 0755 and its file 0644 otherwise.
  makePrivateFolder(dataDir);
  const notice = removeUnreadablePreferencesFile(join(dataDir, PREFERENCES_FILE_NAME));
  return preferencesOver(new Conf({ cwd: dataDir, configName: 'preferences', projectName: 'braid', configFileMode: PRIVATE_FILE_MODE }), notice);
}

declare const BRAID_VERSION: string | undefined;

export function createNodePorts(options: {
  transport: 'web' | 'electron';
  resourcesDir: string;
  dataDir?: string;
}) {
  const dataDir = options.dataDir ?? defaultDataDir();
  return {
    transport: options.transport,
    version: typeof BRAID_VERSION === 'string' ? BRAID_VERSION : '0.0.0-dev',
    dataDir,
    resourcesDir: options.resourcesDir,
    preferences: confPreferences(dataDir),
    printPdf: (html: string, print: import('./ports').PrintPdfOptions) => processChromiumPrinter().printPdf(html, print),
    // No keystore outside Electron: protection there is by passphrase.
    userName: operatingSystemUser(),
  } satisfies import('./ports').ServicePorts;
}
