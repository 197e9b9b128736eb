import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, Session } from 'electron';
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import type { PrintPdf } from '../services/ports';
import { PDF_MARGINS_MM } from '../services/reports/pdf-margins';
import { secureWebPreferences } from './security';

/** The session reports are printed in: in memory, apart from the app's own. */
export const PDF_PARTITION = 'braid-pdf';

const inches = (mm: number): number => Math.round((mm / 25.4) * 1000) / 1000;

/**
 * The print window: hidden, no preload, no scripts (a report is static HTML), the secure
 * defaults of every Braid window, its own in-memory session.
 */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  const { preload: _preload, ...secure } = secureWebPreferences('');
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { ...secure, javascript: false, partition: PDF_PARTITION, images: true, backgroundThrottling: false },
  };
}

/** Only the report file itself and the data: URLs it embeds (fonts) may load. */
export function confinePdfSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> }, isReportUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(details.url.startsWith('data:') || isReportUrl(details.url)) }));
}

export interface ElectronPdfDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  /** The session of PDF_PARTITION (session.fromPartition). */
  session: Parameters<typeof confinePdfSession>[0];
  /** A private folder for the one file each print needs while it runs (app.getPath('temp')). */
  tempDir: string;
}

/**
 * printToPDF in a hidden window. The HTML goes through a private temporary file rather than a
 * data: URL, which Chromium caps at 2 MB (a report with many CJK names embeds more font than
 * that); the file is removed as soon as the PDF is made.
 */
export function createElectronPdfPrinter(deps: ElectronPdfDeps): PrintPdf {
  // The folder name is random per print; a file: URL outside it is refused.
  let current: string | null = null;
  confinePdfSession(deps.session, (url) => current !== null && url.startsWith('file:') && decodeURIComponent(url).includes(current));
  return async (html, { paper, headerTemplate, footerTemplate }) => {
    const dir = await fs.mkdtemp(join(deps.tempDir, 'braid-report-'));
    const file = join(dir, 'report.html');
    const window = new deps.BrowserWindow(pdfWindowOptions());
    try {
      await fs.writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
      current = basename(dir);
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      await window.loadFile(file);
      const pdf = await window.webContents.printToPDF({
        pageSize: paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate,
        footerTemplate,
        margins: {
          top: inches(PDF_MARGINS_MM.top),
          bottom: inches(PDF_MARGINS_MM.bottom),
          left: inches(PDF_MARGINS_MM.left),
          right: inches(PDF_MARGINS_MM.right),
        },
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
      return new Uint8Array(pdf);
    } finally {
      current = null;
      if (!window.isDestroyed()) window.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    }
  };
}
