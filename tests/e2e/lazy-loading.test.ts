import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';

/**
 * What the built `braid` command and the web shell really load, seen through a Node module
 * hook that writes down every package they import: `braid --help` loads no library at all,
 * `braid check` never the Chromium printer or the spreadsheet libraries, and the web shell
 * leaves playwright-core and the workbook reader and writer until a PDF or workbook is asked for.
 */
const work = mkdtempSync(join(tmpdir(), 'braid-loads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hooks = join(work, 'hooks.mjs');
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  if (!/^(node:|file:|\\.|\\/|data:)/.test(specifier)) appendFileSync(process.env.BRAID_LOAD_LOG, specifier.split('/')[0].startsWith('@') ? specifier.split('/').slice(0, 2).join('/') + '\\n' : specifier.split('/')[0] + '\\n');
  return next(specifier, context);
}
`,
);
const register = join(work, 'register.mjs');
writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

let runs = 0;
function packagesLoadedBy(args: string[]): { packages: Set<string>; status: number | null; stdout: string } {
  const log = join(work, `load-${runs++}.log`);
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, join(ROOT, 'bin/braid.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, BRAID_LOAD_LOG: log },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { packages: new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean)), status: run.status, stdout: run.stdout };
}

const HEAVY = ['playwright-core', 'read-excel-file', 'write-excel-file', 'papaparse'];

describe('what the command line and the web shell load', () => {
  it('braid --help loads no package', () => {
    const run = packagesLoadedBy(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Commands:');
    expect([...run.packages]).toEqual([]);
  });

  it('braid check of a valid plan loads no package: the shape check is compiled at build time', () => {
    const run = packagesLoadedBy(['check', '--json', join(ROOT, 'resources/demo.braid.json')]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).valid).toBe(true);
    expect([...run.packages]).toEqual([]);
  });

  it('braid check of a misshapen plan loads zod to say where, and still not the printer or the spreadsheets', () => {
    const plan = JSON.parse(readFileSync(join(ROOT, 'resources/demo.braid.json'), 'utf8'));
    plan.people[0].name = 42;
    const file = join(work, 'misshapen.braid.json');
    writeFileSync(file, JSON.stringify(plan));
    const run = packagesLoadedBy(['check', '--json', file]);
    expect(run.status).not.toBe(0);
    expect(run.stdout + '').toContain('people[0].name');
    expect(run.packages.has('zod')).toBe(true);
    for (const heavy of HEAVY) expect(run.packages.has(heavy), heavy).toBe(false);
  });

  it('braid pdf --help loads only that command, and still not playwright-core', () => {
    const run = packagesLoadedBy(['pdf', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: braid pdf/);
    expect(run.packages.has('playwright-core')).toBe(false);
  });

  it('the web shell starts without playwright-core or the workbook libraries', async () => {
    const log = join(work, 'web.log');
    writeFileSync(log, '');
    const web = join(ROOT, 'out/main/web.js');
    expect(existsSync(web), 'npm run build first').toBe(true);
    const child = spawn(process.execPath, ['--import', pathToFileURL(register).href, web, '--no-open', '--port', '0', '--data-dir', join(work, 'data')], {
      env: { ...process.env, BRAID_LOAD_LOG: log },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('Braid is running at')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`the web shell exited with ${code}: ${out}`)));
      });
    } finally {
      child.kill('SIGTERM');
    }
    const packages = new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean));
    expect(packages.has('zod')).toBe(true);
    for (const heavy of ['playwright-core', 'read-excel-file', 'write-excel-file']) expect(packages.has(heavy), heavy).toBe(false);
  });
});
