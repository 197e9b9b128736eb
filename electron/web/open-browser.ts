import { spawn } from 'node:child_process';

/** Opens our own loopback URL in the default browser; never called with anything else. */
export function openInBrowser(url: string): void {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error('Only the web shell address may be opened.');
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`Could not open a browser; open ${url} yourself.`));
  child.unref();
}
