import { app, BrowserWindow, dialog, ipcMain, protocol, shell, safeStorage, session } from 'electron';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Store from 'electron-store';
import { createServices } from '../services/handlers';
import { PREFERENCES_FILE_NAME, preferencesOver, removeUnreadablePreferencesFile } from '../services/preferences';
import { makePrivateFolder, PRIVATE_FILE_MODE } from '../services/private-folder';
import type { ServicePorts } from '../services/ports';
import { registerContract, trustedSenderCheck } from './ipc';
import { hardenSession, isAppUrl } from './security';
import { registerAppScheme, RENDERER_INDEX_URL, serveRenderer } from './app-protocol';
import { createElectronPdfPrinter, PDF_PARTITION } from './pdf-printer';
import { createMainWindow, type WindowBounds } from './window';
import { electronKeystore, operatingSystemUser } from './keystore';

const here = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererDir = join(here, '../renderer');
const rendererIndexUrl = RENDERER_INDEX_URL;

// Privileged schemes must be registered before the app is ready.
registerAppScheme(protocol);

// Braid never needs a second instance writing the same plan file.
if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  serveRenderer(protocol, rendererDir);
  hardenSession(session.defaultSession);
  const dataDir = app.getPath('userData');
  makePrivateFolder(dataDir);
  const preferencesNotice = removeUnreadablePreferencesFile(join(dataDir, PREFERENCES_FILE_NAME));
  const settings = new Store<Record<string, unknown>>({ name: 'preferences', configFileMode: PRIVATE_FILE_MODE });
  const ports: ServicePorts = {
    transport: 'electron',
    version: app.getVersion(),
    dataDir,
    resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
    preferences: preferencesOver(settings, preferencesNotice),
    saveFile: async (suggestedName, bytes) => {
      const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await fs.writeFile(result.filePath, bytes);
      return result.filePath;
    },
    openFile: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
    printPdf: createElectronPdfPrinter({ BrowserWindow, session: session.fromPartition(PDF_PARTITION), tempDir: app.getPath('temp') }),
    keystore: electronKeystore(safeStorage),
    userName: operatingSystemUser(),
  };
  const { handlers, store } = await createServices(ports);

  registerContract(
    ipcMain,
    handlers,
    trustedSenderCheck(
      () => mainWindow?.webContents.mainFrame,
      (url) => isAppUrl(url, rendererIndexUrl),
    ),
  );

  const bounds = (settings.get('windowBounds') as WindowBounds | undefined) ?? { width: 1360, height: 860 };
  mainWindow = createMainWindow(BrowserWindow, { preloadPath, rendererIndexUrl, bounds });
  mainWindow.on('close', () => {
    if (mainWindow) settings.set('windowBounds', mainWindow.getBounds());
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(rendererIndexUrl);

  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    store.flush().finally(() => {
      flushed = true;
      app.quit();
    });
  });
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});
app.on('window-all-closed', () => app.quit());
app
  .whenReady()
  .then(start)
  .catch((error: Error) => {
    // e.g. the data folder is open in a web shell: say so instead of failing silently.
    dialog.showErrorBox('Braid could not start', error.message);
    app.quit();
  });
