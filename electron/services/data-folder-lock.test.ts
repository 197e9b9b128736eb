import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, lockDataFolder } from './data-folder-lock';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lockOf = (pid: number) => JSON.stringify({ pid, host: hostname(), since: '2026-11-24T08:00:00.000Z' });

describe('the data folder lock', () => {
  it('is taken by the first process and names it', async () => {
    await lockDataFolder(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('refuses a second live process on the same folder', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      await writeFile(join(dir, LOCK_FILE_NAME), lockOf(other.pid!));
      await expect(lockDataFolder(dir)).rejects.toThrow(/already open on this data folder \(process \d+/);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that is gone', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    await writeFile(join(dir, LOCK_FILE_NAME), lockOf(gone.pid!));
    await lockDataFolder(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('lets the same process open its folder again', async () => {
    await lockDataFolder(dir);
    await expect(lockDataFolder(dir)).resolves.toBeUndefined();
  });
});
