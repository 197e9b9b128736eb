import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const run = promisify(execFile);

/** The out/main bundles an entry imports, directly or through others, as archive paths. */
function bundlesImportedBy(entry: string): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    const path = `/${relative(ROOT, file).split(sep).join('/')}`;
    if (found.has(path)) return;
    found.add(path);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from\s*|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(dirname(file), spec));
  };
  visit(entry);
  return found;
}

/**
 * The real Electron zip cannot be fetched here, so electron-builder packages a stub
 * Electron folder; what we check is our part: the app archive and the resources.
 */
describe('packaging', () => {
  it('puts the built bundles, the runtime resources and no dev dependencies in the app', async () => {
    const work = await mkdtemp(join(tmpdir(), 'braid-pack-'));
    try {
      const stub = join(work, 'electron-dist');
      await mkdir(stub);
      // A stub binary that carries Electron's fuse wire (sentinel, version 1, eight fuses in
      // Electron's shipped state) so electron-builder really flips the fuses on it.
      await writeFile(join(stub, 'electron'), `#!/bin/sh\necho stub electron\nexit 0\n# ${SENTINEL}\x01\x0810110001\n`, 'latin1');
      await chmod(join(stub, 'electron'), 0o755);
      await writeFile(join(stub, 'version'), 'v45.4.1');
      const output = join(work, 'dist');
      await run(
        process.execPath,
        [join(ROOT, 'node_modules/electron-builder/cli.js'), '--dir', '--linux', `-c.electronDist=${stub}`, `-c.directories.output=${output}`],
        { cwd: ROOT, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
      );
      const resources = join(output, 'linux-unpacked', 'resources');
      const files = new Set(listPackage(join(resources, 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/')));

      for (const built of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
        expect(files.has(built), built).toBe(true);
      }
      // Runtime dependencies the main process loads (conf because electron-store is built on it).
      for (const dep of ['zod', 'ajv', 'conf', 'electron-store', 'papaparse', 'read-excel-file', 'write-excel-file']) {
        expect(files.has(`/node_modules/${dep}/package.json`), dep).toBe(true);
      }
      // What only the `braid` command and the web shell use stays out; everything the desktop app's
      // main process imports, statically or with import(), is in.
      for (const absent of ['/out/main/cli.js', '/out/main/web.js', '/node_modules/playwright-core/package.json', '/node_modules/date-fns/package.json']) {
        expect(files.has(absent), absent).toBe(false);
      }
      expect([...files].filter((f) => /^\/out\/main\/chunks\/cli/.test(f))).toEqual([]);
      for (const chunk of bundlesImportedBy(join(ROOT, 'out/main/index.js'))) expect(files.has(chunk), chunk).toBe(true);
      // Nothing of the development toolchain, and no sources.
      for (const dev of ['electron', 'react', 'react-dom', 'vitest', 'typescript', 'vite', 'electron-builder', '@testing-library/react', 'fast-check']) {
        expect(files.has(`/node_modules/${dev}/package.json`), dev).toBe(false);
      }
      expect([...files].some((f) => f.startsWith('/renderer/') || f.startsWith('/shared/') || f.startsWith('/tests/'))).toBe(false);

      // The security fuses were flipped in the packaged binary.
      const wire = await getCurrentFuseWire(join(output, 'linux-unpacked', 'braid'));
      expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
      // …which is safe because the packaged main process serves the renderer from app://.
      const main = extractFile(join(resources, 'app.asar'), 'out/main/index.js').toString('utf8');
      expect(main).toContain('registerSchemesAsPrivileged');
      expect(main).toMatch(/loadURL\(/);

      // The resources the app reads at run time, beside the archive.
      const demo = JSON.parse(await readFile(join(resources, 'demo.braid.json'), 'utf8'));
      expect(demo.format).toBe('braid-plan');
      expect(existsSync(join(resources, 'fonts'))).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 300_000);

});
