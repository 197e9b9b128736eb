import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/api/content-security-policy';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * The security defaults of every Braid window, in one place so a unit test can prove
 * them on the real setup code (with Electron mocked).
 */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** True for the app's own page (app://braid/index.html, served from the built renderer). */
export function isAppUrl(url: string, rendererIndexUrl: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(rendererIndexUrl);
    return target.protocol === own.protocol && target.host === own.host && target.pathname === own.pathname;
  } catch {
    return false;
  }
}

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

/** Only the app's own scheme and host: nothing else may load, not even file: or devtools:. */
export function isAppRequest(url: string): boolean {
  try {
    const target = new URL(url);
    return target.protocol === `${APP_SCHEME}:` && target.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Denies every permission, refuses every request that is not for the app's own files
 * (so nothing in the app can reach the network) and sends the strict CSP.
 * (data: and blob: URLs, which the CSP allows for images and fonts, never reach this filter
 * in Chromium: they are read in the renderer, not requested.)
 */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppRequest(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] },
    });
  });
}

type ContentsLike = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/** No new windows, no navigation away from the app, no webviews. */
export function hardenWebContents(contents: ContentsLike, rendererIndexUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererIndexUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, rendererIndexUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
