import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planWith } from '../../shared/domain/testing/plan-builder';
import { doneOnDisk, phantomAuditEntries, type SoakPath } from '../../scripts/soak-paths';
import { LOCK_FILE_NAME } from './data-folder-lock';
import { createServices } from './handlers';
import { createNodePorts } from './node-ports';
import { seedProtection } from './protection/seed';

/**
 * kill -9 while Braid promotes, signs off and saves a scenario (one kill each, soon after the
 * first acknowledged change): nothing acknowledged is lost, the audit trail claims nothing the
 * plan does not have, and no temporary file is left once Braid has started again.
 * `npm run soak` does the same hundreds of times.
 */

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
const soakScript = fileURLToPath(new URL('../../scripts/soak.ts', import.meta.url));
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-kill-'));
  await seedProtection(dir, 'off');
  const services = await open();
  await services.store.replace(planWith({ people: Array.from({ length: 20 }, (_, i) => ({ id: `p${i}` })) }), 'Start');
  await services.store.flush();
  await rm(join(dir, LOCK_FILE_NAME), { force: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const open = () => createServices({ ...createNodePorts({ transport: 'web', resourcesDir, dataDir: dir }), saveDebounceMs: 5 });

/** Runs the soak's saver along `path` and kills it `afterMs` after its first acknowledged change; returns the last one acknowledged. */
function killDuring(path: SoakPath, afterMs: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', soakScript, '--saver', dir, path, '1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let last = 0;
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/ack (\d+)/g)) {
        if (last === 0) setTimeout(() => child.kill('SIGKILL'), afterMs);
        last = Number(match[1]);
      }
    });
    child.on('exit', () => resolve(last));
    child.on('error', reject);
  });
}

describe('kill -9 during a change', () => {
  it.each(['promote', 'sign-off', 'scenario'] as const)('during %s loses nothing acknowledged and leaves no phantom entry or temp file', async (path) => {
    const acknowledged = await killDuring(path, 40);
    expect(acknowledged).toBeGreaterThan(0);
    const services = await open();
    expect(await doneOnDisk(path, services)).toBeGreaterThanOrEqual(acknowledged);
    expect(await phantomAuditEntries(services)).toBe(0);
    await services.handlers['scenario:list']({});
    expect((await readdir(dir, { recursive: true })).filter((name) => String(name).includes('.tmp-'))).toEqual([]);
    await services.store.flush();
  }, 60_000);
});
