import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/content-security-policy';
import { hardenSession, hardenWebContents, isAppUrl } from './security';
import { createMainWindow } from './window';

const APP_URL = 'file:///opt/Braid/resources/app.asar/out/renderer/index.html';

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
    const verdict = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest({ url }, callback);
      return callback.mock.calls[0][0];
    };
    expect(verdict('https://telemetry.example/collect')).toEqual({ cancel: true });
    expect(verdict('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(verdict('ws://example.com/')).toEqual({ cancel: true });
    expect(verdict(APP_URL)).toEqual({ cancel: false });
  });

  it('sends the strict CSP: no remote origins, no eval', () => {
    const callback = vi.fn();
    handlers.headers({ responseHeaders: {} }, callback);
    const csp = callback.mock.calls[0][0].responseHeaders['Content-Security-Policy'][0] as string;
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
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
    expect(isAppUrl('not a url', APP_URL)).toBe(false);
  });
});
