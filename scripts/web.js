#!/usr/bin/env node
// `npm run web [-- --port N --no-open]`: builds if needed, then serves Braid on 127.0.0.1.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildQuietly } from './quiet-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(`${root}/out/main/web.js`) && existsSync(`${root}/out/renderer/index.html`);
if (!built || process.env.BRAID_REBUILD === '1') {
  buildQuietly(root);
}
const child = spawn(process.execPath, [`${root}/out/main/web.js`, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
