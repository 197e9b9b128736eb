import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { hardenWebContents, secureWebPreferences } from './security';

export interface WindowBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 640,
    title: 'Braid',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Creates the main window with the secure defaults; the constructor is passed in so tests can check the options. */
export function createMainWindow(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType,
  options: { preloadPath: string; rendererIndexUrl: string; bounds: WindowBounds },
): BrowserWindowType {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, options.bounds));
  hardenWebContents(window.webContents, options.rendererIndexUrl);
  window.once('ready-to-show', () => window.show());
  return window;
}
