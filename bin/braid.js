#!/usr/bin/env node
// The `braid` command. The code lives in the build (electron-vite bundles electron/cli/index.ts
// to out/main/cli.js), so this file only finds it and says plainly when it is not there.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('Braid is not built yet: run `npm run build` first.');
  process.exit(1);
}
await import(cli.href);
