import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** bin/braid.js copied into a scratch tree, so the real out/ folder (built or not) plays no part. */
function scratchInstall(): string {
  const root = mkdtempSync(join(tmpdir(), 'braid-bin-'));
  mkdirSync(join(root, 'bin'));
  copyFileSync(new URL('../../bin/braid.js', import.meta.url), join(root, 'bin', 'braid.js'));
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  return root;
}

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('bin/braid.js', () => {
  it('says to build first, and exits 1, when out/main/cli.js is missing', () => {
    const root = scratchInstall();
    roots.push(root);
    const run = spawnSync(process.execPath, [join(root, 'bin', 'braid.js'), 'check', 'x.json'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('Braid is not built yet: run `npm run build` first.\n');
  });

  it('runs the built command with its arguments when it is there', () => {
    const root = scratchInstall();
    roots.push(root);
    mkdirSync(join(root, 'out', 'main'), { recursive: true });
    writeFileSync(join(root, 'out', 'main', 'cli.js'), 'process.stdout.write(JSON.stringify(process.argv.slice(2))); process.exitCode = 2;');
    const run = spawnSync(process.execPath, [join(root, 'bin', 'braid.js'), 'check', 'x.json'], { encoding: 'utf8' });
    expect(run.stdout).toBe('["check","x.json"]');
    expect(run.status).toBe(2);
  });
});
