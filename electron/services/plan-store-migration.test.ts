import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanStore, PLAN_FILE_NAME } from './plan-store';

const V1_FIXTURE = fileURLToPath(new URL('../../tests/fixtures/small.braid.json', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-migrate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('PlanStore with a plan saved by an older Braid', () => {
  it('opens a version-1 plan, saves it as version 3 at once, and keeps the version-1 file among the backups', async () => {
    await copyFile(V1_FIXTURE, join(dir, PLAN_FILE_NAME));
    const original = await readFile(V1_FIXTURE, 'utf8');
    const store = new PlanStore(dir, 5);
    await store.open();

    expect(store.snapshot().problem).toBeNull();
    expect(store.snapshot().plan?.version).toBe(3);
    const onDisk = JSON.parse(await readFile(join(dir, PLAN_FILE_NAME), 'utf8'));
    expect(onDisk.version).toBe(3);
    expect(onDisk.reviews).toEqual([]);
    expect(onDisk.actions).toEqual([]);

    const backups = await readdir(join(dir, 'backups'));
    const contents = await Promise.all(backups.map((name) => readFile(join(dir, 'backups', name), 'utf8')));
    expect(contents).toContain(original);
  });

  it('opens a plan of the current version without writing anything', async () => {
    await copyFile(V1_FIXTURE, join(dir, PLAN_FILE_NAME));
    const first = new PlanStore(dir, 5);
    await first.open();
    const saved = await readFile(join(dir, PLAN_FILE_NAME), 'utf8');
    const backupsBefore = await readdir(join(dir, 'backups'));

    const second = new PlanStore(dir, 5);
    await second.open();
    expect(await readFile(join(dir, PLAN_FILE_NAME), 'utf8')).toBe(saved);
    expect(await readdir(join(dir, 'backups'))).toEqual(backupsBefore);
  });
});
