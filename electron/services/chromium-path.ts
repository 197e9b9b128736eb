import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where a Chromium-family browser is usually installed, per platform. */
export function chromiumCandidates(env = process.env, platform = process.platform): string[] {
  const list: string[] = [];
  if (env.BRAID_CHROMIUM) list.push(env.BRAID_CHROMIUM);
  if (platform === 'win32') {
    for (const base of [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[]) {
      list.push(join(base, 'Google/Chrome/Application/chrome.exe'), join(base, 'Microsoft/Edge/Application/msedge.exe'), join(base, 'Chromium/Application/chrome.exe'));
    }
  } else if (platform === 'darwin') {
    list.push(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
  } else {
    list.push('/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge');
  }
  return list;
}

export class ChromiumNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      `No Chromium-based browser was found (tried: ${tried.join(', ')}). ` +
        'Install Chromium or Google Chrome, or set BRAID_CHROMIUM to the browser executable.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

export function findChromium(env = process.env, platform = process.platform): string {
  const candidates = chromiumCandidates(env, platform);
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new ChromiumNotFoundError(candidates);
  return found;
}

/** Flags for a headless, offline, quiet browser: no background network, no sync, no updates. */
export const HEADLESS_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
];
