import { promises as fsPromises } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planWith } from '../../shared/domain/testing/plan-builder';
import { PlanStore, PLAN_FILE_NAME } from './plan-store';

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'braid-faults-'));
  dir = join(root, 'data');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

const planPath = () => join(dir, PLAN_FILE_NAME);

/** A data folder that has been used: a plan saved twice, so there are good backups. */
async function usedFolder() {
  const store = new PlanStore(dir, 1);
  await store.open();
  await store.replace(planWith({ people: [{ id: 'ana', name: 'Ana Lima' }] }), 'Start');
  await store.edit('organization:update', { name: 'Saved Co' });
  await store.flush();
}

async function reopen() {
  const store = new PlanStore(dir, 1);
  await store.open();
  return store;
}

/** Makes fs.promises.readFile fail with `code` for one path (the tests run as root, who may read anything). */
function failReading(path: string, code: string) {
  const real = fsPromises.readFile;
  vi.spyOn(fsPromises, 'readFile').mockImplementation(((target: string, ...rest: unknown[]) =>
    String(target) === path
      ? Promise.reject(Object.assign(new Error(`${code}: cannot open '${String(target)}'`), { code }))
      : (real as (...args: unknown[]) => Promise<unknown>)(target, ...rest)) as typeof fsPromises.readFile);
}

describe('at start, a plan file that is not a readable file', () => {
  it('a folder in its place: Braid starts, keeps the folder aside with its contents and offers the newest backup', async () => {
    await usedFolder();
    await rm(planPath());
    await mkdir(planPath());
    await writeFile(join(planPath(), 'notes.txt'), 'someone put this here');

    const store = await reopen();
    const { problem, plan } = store.snapshot();
    expect(plan).toBeNull();
    expect(problem).toMatchObject({ kind: 'invalid-plan', message: expect.stringMatching(/is a folder, not a file/), backup: expect.anything() });
    expect(await readFile(join(problem!.keptAt, 'notes.txt'), 'utf8')).toBe('someone put this here');

    await store.restoreBackup(problem!.backup!.id);
    await store.flush();
    expect(store.current()?.organization.name).toBe('Saved Co');
    expect((await lstat(planPath())).isFile()).toBe(true);
  });

  it('a link to a file elsewhere: Braid does not follow it, keeps the link aside and never writes to its target', async () => {
    await usedFolder();
    const outside = join(root, 'elsewhere.braid.json');
    const original = await readFile(planPath());
    await writeFile(outside, original);
    await rm(planPath());
    await symlink(outside, planPath());

    const store = await reopen();
    const { problem } = store.snapshot();
    expect(store.current()).toBeNull();
    expect(problem).toMatchObject({ message: expect.stringMatching(/is a link to .*elsewhere\.braid\.json/), backup: expect.anything() });
    expect(await readlink(problem!.keptAt)).toBe(outside);

    await store.restoreBackup(problem!.backup!.id);
    await store.edit('organization:update', { name: 'After the link' });
    await store.flush();
    expect(await readFile(outside)).toEqual(original);
    expect((await lstat(planPath())).isSymbolicLink()).toBe(false);
  });

  it('a file Braid may not read: Braid starts, keeps it aside unchanged and offers the newest backup', async () => {
    await usedFolder();
    const original = await readFile(planPath());
    failReading(planPath(), 'EACCES');

    const store = await reopen();
    vi.restoreAllMocks();
    const { problem } = store.snapshot();
    expect(problem).toMatchObject({ message: expect.stringMatching(/no permission to read/), backup: expect.anything() });
    expect(await readFile(problem!.keptAt)).toEqual(original);
  });
});

/** Makes every write of a temp file beside the plan fail as a full disk would. */
function fillTheDisk() {
  const realOpen = fsPromises.open;
  return vi.spyOn(fsPromises, 'open').mockImplementation((async (path: string, ...rest: unknown[]) => {
    const handle = await (realOpen as (...args: unknown[]) => Promise<fsPromises.FileHandle>)(path, ...rest);
    if (String(path).includes(`.${PLAN_FILE_NAME}.tmp-`)) {
      handle.writeFile = async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
    }
    return handle;
  }) as typeof fsPromises.open);
}

describe('a full disk at save', () => {
  it('refuses the change with a clear notice, leaves the plan on disk and in memory as it was, and saves once there is room', async () => {
    await usedFolder();
    const store = await reopen();
    const before = await readFile(planPath());
    const backupsBefore = await readdir(join(dir, 'backups'));

    fillTheDisk();
    await expect(store.edit('organization:update', { name: 'Lost Co' })).rejects.toThrow(/disk is full.*not saved/);
    expect(await readFile(planPath())).toEqual(before);
    expect(store.current()?.organization.name).toBe('Saved Co');
    expect(store.snapshot().history.undoLabel).not.toBe('Rename organisation');
    expect((await readdir(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    expect(await readdir(join(dir, 'backups'))).toEqual(backupsBefore);

    vi.restoreAllMocks();
    await store.edit('organization:update', { name: 'Room again' });
    expect(JSON.parse(await readFile(planPath(), 'utf8')).organization.name).toBe('Room again');
  });
});

describe('backups', () => {
  it('are flushed to disk, file and folder, before the save is acknowledged', async () => {
    await usedFolder();
    const store = await reopen();
    const synced: string[] = [];
    const realOpen = fsPromises.open;
    vi.spyOn(fsPromises, 'open').mockImplementation((async (path: string, ...rest: unknown[]) => {
      const handle = await (realOpen as (...args: unknown[]) => Promise<fsPromises.FileHandle>)(path, ...rest);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        synced.push(String(path));
        return sync();
      };
      return handle;
    }) as typeof fsPromises.open);
    await store.edit('organization:update', { name: 'Durable Co' });
    const backups = join(dir, 'backups');
    expect(synced.some((path) => path.startsWith(`${backups}/.plan-`) && path.includes('.tmp-'))).toBe(true);
    expect(synced).toContain(backups);
  });

  it('a full disk while copying the backup: the saved plan stays, no torn backup is left, and the user is told', async () => {
    await usedFolder();
    const store = await reopen();
    const backupsBefore = await readdir(join(dir, 'backups'));
    const realCopy = fsPromises.copyFile;
    vi.spyOn(fsPromises, 'copyFile').mockImplementation((async (from: string, to: string) => {
      await writeFile(to, 'half a backu');
      void realCopy;
      throw Object.assign(new Error('ENOSPC: no space left on device, copyfile'), { code: 'ENOSPC' });
    }) as typeof fsPromises.copyFile);
    await expect(store.edit('organization:update', { name: 'Saved, no backup' })).rejects.toThrow(/disk is full.*saved, but its backup could not be written/);
    expect(JSON.parse(await readFile(planPath(), 'utf8')).organization.name).toBe('Saved, no backup');
    expect(await readdir(join(dir, 'backups'))).toEqual(backupsBefore);
  });
});
