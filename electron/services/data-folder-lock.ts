import { promises as fs, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserFacingError } from '../../shared/api/dispatch';

export const LOCK_FILE_NAME = 'braid.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await fs.readFile(path, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

const held = new Set<string>();

/**
 * One Braid process per data folder: the desktop app and a web shell (or two web shells)
 * writing the same plan would each overwrite the other's changes. The lock names its
 * owner; a lock left by a process that is gone (a crash) is taken over. The same process
 * may open its folder again (tests restart the services in one process).
 */
export async function lockDataFolder(dataDir: string): Promise<void> {
  const path = join(dataDir, LOCK_FILE_NAME);
  const mine: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  try {
    await fs.writeFile(path, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = await readOwner(path);
    const ours = owner?.pid === process.pid && owner.host === mine.host;
    if (owner && !ours && owner.host === mine.host && isRunning(owner.pid)) {
      throw new UserFacingError(
        `Braid is already open on this data folder (process ${owner.pid}, since ${owner.since}). ` +
          'Close the other window or web shell first, so that neither overwrites the other’s changes.',
      );
    }
    await fs.writeFile(path, JSON.stringify(mine), { mode: 0o600 });
  }
  if (!held.has(path)) {
    held.add(path);
    process.once('exit', () => {
      try {
        unlinkSync(path);
      } catch {
        // Already gone: nothing to release.
      }
    });
  }
}
