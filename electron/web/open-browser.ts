import { spawn } from 'node:child_process';

export type BrowserOpener = readonly [command: string, args: readonly string[]];

function systemOpener(url: string): BrowserOpener {
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  if (process.platform === 'darwin') return ['open', [url]];
  return ['xdg-open', [url]];
}

export const cannotOpenMessage = (url: string): string => `Braid could not open your browser. Open this link in your browser:\n  ${url}`;

/**
 * Opens our own loopback URL in the default browser; never called with anything else.
 * xdg-open without a desktop exits with an error rather than failing to start: both are told,
 * once, with the link to open by hand.
 */
export function openInBrowser(url: string, say: (line: string) => void = console.log, opener: BrowserOpener = systemOpener(url)): Promise<boolean> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error('Only the web shell address may be opened.');
  return new Promise((resolve) => {
    let told = false;
    const failed = () => {
      if (told) return;
      told = true;
      say(cannotOpenMessage(url));
      resolve(false);
    };
    const child = spawn(opener[0], [...opener[1]], { stdio: 'ignore', detached: true });
    child.on('error', failed);
    child.on('exit', (code) => (code === 0 ? resolve(true) : failed()));
    child.unref();
  });
}
