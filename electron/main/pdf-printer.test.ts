import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createElectronPdfPrinter, PDF_PARTITION, pdfWindowOptions } from './pdf-printer';

/** A stand-in for Electron's BrowserWindow and session: records what the printer asks of them. */
function fakeElectron(printToPDF: (options: Record<string, unknown>) => Promise<Buffer>) {
  const windows: { options: Record<string, unknown>; loaded: string | null; html: string | null; destroyed: boolean }[] = [];
  let filter: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null = null;
  class BrowserWindow {
    record: (typeof windows)[number];
    webContents = {
      setWindowOpenHandler: vi.fn(),
      printToPDF: (options: Record<string, unknown>) => printToPDF(options),
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: null, html: null, destroyed: false };
      windows.push(this.record);
    }
    async loadFile(path: string) {
      this.record.loaded = path;
      this.record.html = readFileSync(path, 'utf8');
      let cancelled = true;
      filter!({ url: pathToFileURL(path).toString() }, (r) => (cancelled = r.cancel));
      if (cancelled) throw new Error('the report file itself was refused');
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn((f: typeof filter) => void (filter = f)) },
  };
  const allowed = (url: string) => {
    let cancel = true;
    filter!({ url }, (r) => (cancel = r.cancel));
    return !cancel;
  };
  return { BrowserWindow, session, windows, allowed };
}

const templates = { headerTemplate: '<div>head</div>', footerTemplate: '<div>foot</div>' };

describe('the Electron PDF printer', () => {
  it('prints in a hidden window with scripts off, no preload and its own session', () => {
    const options = pdfWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ javascript: false, partition: PDF_PARTITION, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('loads the HTML from a private temporary file, prints with the paper, margins and templates, then removes the file and the window', async () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'braid-pdf-test-'));
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7'));
    const electron = fakeElectron(printToPDF);
    const print = createElectronPdfPrinter({ BrowserWindow: electron.BrowserWindow as never, session: electron.session as never, tempDir });
    const bytes = await print('<p>Анна Петрова</p>', { paper: 'letter', ...templates });
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    expect(electron.windows[0].html).toBe('<p>Анна Петрова</p>');
    expect(printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'Letter', printBackground: true, displayHeaderFooter: true, ...templates, margins: { top: 0.787, bottom: 0.709, left: 0.63, right: 0.63 } }),
    );
    expect(electron.windows[0].destroyed).toBe(true);
    expect(existsSync(electron.windows[0].loaded!)).toBe(false);
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('lets the print session load only data: URLs and the report file, never the network', async () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'braid-pdf-test-'));
    let during: Record<string, boolean> = {};
    const electron = fakeElectron(async () => {
      during = { http: electron.allowed('https://example.com/x.woff2'), data: electron.allowed('data:font/woff2;base64,AA'), other: electron.allowed(pathToFileURL('/etc/passwd').toString()) };
      return Buffer.from('%PDF');
    });
    const print = createElectronPdfPrinter({ BrowserWindow: electron.BrowserWindow as never, session: electron.session as never, tempDir });
    await print('<p>x</p>', { paper: 'a4', ...templates });
    expect(during).toEqual({ http: false, data: true, other: false });
    expect(electron.session.setPermissionCheckHandler).toHaveBeenCalled();
  });

  it('cleans up when printing fails', async () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'braid-pdf-test-'));
    const electron = fakeElectron(async () => {
      throw new Error('printing failed');
    });
    const print = createElectronPdfPrinter({ BrowserWindow: electron.BrowserWindow as never, session: electron.session as never, tempDir });
    await expect(print('<p>x</p>', { paper: 'a4', ...templates })).rejects.toThrow('printing failed');
    expect(electron.windows[0].destroyed).toBe(true);
    expect(readdirSync(tempDir)).toEqual([]);
  });
});
