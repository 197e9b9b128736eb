#!/usr/bin/env node
// `npm start`: builds Braid and launches the desktop app. Where the Electron binary cannot
// be obtained (no network to fetch it, no ELECTRON_OVERRIDE_DIST_PATH), says so and starts
// the web shell instead, so the planner opens either way.
import { spawnSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildQuietly } from './quiet-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

buildQuietly(root);

/** Resolves the Electron executable in a child, since electron's index.js downloads on first use and throws when it cannot. */
function electronBinary() {
  console.log('Looking for the Electron runtime (the first start downloads it)…');
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60_000,
  });
  if (probe.status !== 0 || !probe.stdout) {
    // The download's own stack trace helps nobody; keep its one telling line.
    const reason = (probe.stderr || '').split('\n').find((line) => /fetch failed|ENOTFOUND|ECONN|EAI_AGAIN|ETIMEDOUT|HTTPError|status code/.test(line));
    if (reason) console.log(`(The download said: ${reason.trim()})`);
    return null;
  }
  try {
    require('node:fs').accessSync(probe.stdout);
    return probe.stdout;
  } catch {
    return null;
  }
}

const binary = process.env.BRAID_FORCE_WEB === '1' ? null : electronBinary();
if (binary) {
  const app = spawn(binary, [root], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    '\nThe Electron runtime is not installed on this machine and could not be downloaded (it is fetched on first ' +
      'start and needs network access; behind a proxy or offline, set ELECTRON_OVERRIDE_DIST_PATH to an extracted ' +
      'Electron 45, or run `npx install-electron` once you are online). Braid is starting in your browser instead: ' +
      'the same planner and the same data, served only to this computer.\n',
  );
  const web = spawn(process.execPath, [`${root}/out/main/web.js`, ...process.argv.slice(2)], { stdio: 'inherit' });
  web.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => web.kill(signal));
}
