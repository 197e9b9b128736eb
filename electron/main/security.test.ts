import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../shared/api/content-security-policy';
import { APP_SCHEME, RENDERER_INDEX_URL, registerAppScheme, serveRenderer } from './app-protocol';
import { hardenSession, hardenWebContents, isAppUrl } from './security';
import { createMainWindow } from './window';

const APP_URL = RENDERER_INDEX_URL;

type Listener = (...args: unknown[]) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    openWindow: (url: string) => openHandler!({ url }),
    emit: (event: string, url: string) => {
      const preventDefault = vi.fn();
      listeners.get(event)!({ preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    },
    has: (event: string) => listeners.has(event),
  };
}

describe('the main window', () => {
  it('is created with context isolation, the sandbox, no node, web security', () => {
    const made: Record<string, unknown>[] = [];
    class FakeWindow {
      webContents = fakeWebContents();
      constructor(options: Record<string, unknown>) {
        made.push(options);
      }
      once() {}
    }
    createMainWindow(FakeWindow as never, { preloadPath: '/p/index.cjs', rendererIndexUrl: APP_URL, bounds: { width: 1200, height: 800 } });
    expect(made[0].webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/p/index.cjs',
    });
  });
});

describe('web contents hardening', () => {
  const contents = fakeWebContents();
  hardenWebContents(contents as never, APP_URL);

  it('denies window.open', () => {
    expect(contents.openWindow('https://example.com')).toEqual({ action: 'deny' });
    expect(contents.openWindow(APP_URL)).toEqual({ action: 'deny' });
  });

  it('blocks navigation away from the app', () => {
    expect(contents.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.emit('will-navigate', `${APP_URL}#/people`)).toBe(false);
  });

  it('refuses webviews', () => {
    expect(contents.emit('will-attach-webview', '')).toBe(true);
  });
});

describe('session hardening', () => {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
    setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
    setDevicePermissionHandler: (h: Listener) => (handlers.device = h),
    webRequest: {
      onBeforeRequest: (h: Listener) => (handlers.beforeRequest = h),
      onHeadersReceived: (h: Listener) => (handlers.headers = h),
    },
  };
  hardenSession(session as never);
  const verdict = (url: string) => {
    const callback = vi.fn();
    handlers.beforeRequest({ url }, callback);
    return callback.mock.calls[0][0];
  };

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handlers.request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(handlers.check({}, 'media')).toBe(false);
    expect(handlers.device({})).toBe(false);
  });

  it('cancels every request to the network', () => {
    expect(verdict('https://telemetry.example/collect')).toEqual({ cancel: true });
    expect(verdict('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(verdict('ws://example.com/')).toEqual({ cancel: true });
    expect(verdict(APP_URL)).toEqual({ cancel: false });
    expect(verdict('app://braid/assets/index-abc.js')).toEqual({ cancel: false });
  });

  it('allows only the app scheme: file: and devtools: requests are cancelled too', () => {
    expect(verdict('file:///etc/passwd')).toEqual({ cancel: true });
    expect(verdict('file:///opt/Braid/resources/app.asar/out/renderer/index.html')).toEqual({ cancel: true });
    expect(verdict('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: true });
    expect(verdict('app://elsewhere/index.html')).toEqual({ cancel: true });
  });

  it('sends the strict CSP: no remote origins, no eval', () => {
    const callback = vi.fn();
    handlers.headers({ responseHeaders: {} }, callback);
    const csp = callback.mock.calls[0][0].responseHeaders['Content-Security-Policy'][0] as string;
    expect(csp).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('the renderer page', () => {
  it('carries the same CSP in its meta tag', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('isAppUrl', () => {
  it('accepts only the app page', () => {
    expect(isAppUrl(`${APP_URL}?x=1#/people`, APP_URL)).toBe(true);
    expect(isAppUrl('file:///tmp/evil.html', APP_URL)).toBe(false);
    expect(isAppUrl('file:///opt/Braid/resources/app.asar/out/renderer/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('app://other/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('not a url', APP_URL)).toBe(false);
  });
});

describe('the app scheme', () => {
  let rendererDir: string;
  const served: Record<string, (request: { url: string }) => Promise<Response>> = {};
  beforeAll(async () => {
    rendererDir = await mkdtemp(join(tmpdir(), 'braid-renderer-'));
    await mkdir(join(rendererDir, 'assets'));
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Braid</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    serveRenderer({ handle: (scheme: string, handler: never) => (served[scheme] = handler) } as never, rendererDir);
  });
  afterAll(async () => {
    await rm(rendererDir, { recursive: true, force: true });
  });

  it('is registered as privileged (standard, secure) with the protocol module', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged } as never);
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    expect(registerSchemesAsPrivileged.mock.calls[0][0][0].privileges).not.toHaveProperty('bypassCSP');
  });

  it('serves the built renderer, with the strict CSP, and nothing outside it', async () => {
    const page = await served.app({ url: RENDERER_INDEX_URL });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(await page.text()).toContain('<title>Braid</title>');
    expect((await served.app({ url: 'app://braid/assets/app.js' })).status).toBe(200);
    expect((await served.app({ url: 'app://braid/../../../etc/passwd' })).status).toBe(404);
    expect((await served.app({ url: 'app://braid/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
    expect((await served.app({ url: 'app://elsewhere/index.html' })).status).toBe(404);
    expect((await served.app({ url: 'app://braid/%E0%A4%A' })).status).toBe(400);
  });

  it('leaves file: unanswered for the app: every file: request is refused', async () => {
    const reply = await served.file({ url: 'file:///etc/passwd' });
    expect(reply.status).toBe(403);
  });
});

describe('the main process entry', () => {
  it('registers the app scheme before the app is ready, and loads the window from it', async () => {
    vi.resetModules();
    const order: string[] = [];
    let ready: () => void = () => undefined;
    const loadURL = vi.fn(async () => undefined);
    vi.doMock('electron', () => {
      class BrowserWindow {
        webContents = { setWindowOpenHandler: vi.fn(), on: vi.fn(), mainFrame: {} };
        once = vi.fn();
        on = vi.fn();
        loadURL = loadURL;
        loadFile = vi.fn();
        getBounds = vi.fn();
      }
      const session = {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      };
      return {
        app: {
          requestSingleInstanceLock: () => true,
          quit: vi.fn(),
          on: vi.fn(),
          whenReady: () => new Promise<void>((resolve) => (ready = () => (order.push('ready'), resolve()))),
          getPath: () => join(tmpdir(), 'braid-main-entry'),
          getVersion: () => '0.0.0-test',
          getAppPath: () => '/app',
          isPackaged: false,
        },
        protocol: {
          registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemesAsPrivileged')),
          handle: vi.fn((scheme: string) => order.push(`handle:${scheme}`)),
        },
        BrowserWindow,
        dialog: { showErrorBox: vi.fn() },
        ipcMain: { handle: vi.fn() },
        shell: {},
        safeStorage: { isEncryptionAvailable: () => false, getSelectedStorageBackend: () => 'basic_text' },
        session: { defaultSession: session, fromPartition: () => session },
      };
    });
    vi.doMock('electron-store', () => ({
      default: class {
        get() {
          return undefined;
        }
        set() {}
      },
    }));
    vi.doMock('../services/handlers', () => ({ createServices: async () => ({ handlers: {}, store: { flush: async () => undefined } }) }));
    await import('./index');
    expect(order).toEqual(['registerSchemesAsPrivileged']);
    ready();
    await vi.waitFor(() => expect(loadURL).toHaveBeenCalled());
    expect(order.indexOf('handle:app')).toBeGreaterThan(order.indexOf('ready'));
    expect(loadURL).toHaveBeenCalledWith(RENDERER_INDEX_URL);
    vi.doUnmock('electron');
    vi.doUnmock('electron-store');
    vi.doUnmock('../services/handlers');
    await rm(join(tmpdir(), 'braid-main-entry'), { recursive: true, force: true });
  });
});
