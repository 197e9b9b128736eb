import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content,
 * never a mix: write a temp file beside it, fsync it, rename it over the target, fsync
 * the folder. `beforeReplace` runs after the temp file is durable and before the rename
 * (the store uses it to keep the previous revision as a backup).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await replaceThroughTemp(path, async (temp) => {
    const handle = await fs.open(temp, 'w', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/**
 * Copies a file durably (a backup): into a temp file beside the target, fsynced, renamed
 * into place, the folder fsynced, so a power cut leaves the whole copy or none.
 */
export async function copyFileDurably(from: string, to: string): Promise<void> {
  await replaceThroughTemp(to, async (temp) => {
    // copyFile uses the file system's cheap clone where there is one.
    await fs.copyFile(from, temp);
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/** `fill` makes a durable temp file beside `path`; it is then renamed over `path` and the folder synced. */
async function replaceThroughTemp(path: string, fill: (temp: string) => Promise<void>): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await fill(temp);
    await fs.rename(temp, path);
  } catch (error) {
    // A full disk fails a write half-way: the torn temp file must not stay to fill it more.
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS
  // journals the rename, so skipping it there is safe.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp files left by a write that was interrupted; safe to delete at start. */
/**
 * Removes the temporary files writes cut short left in `dir` (of `fileName` only, or of every
 * file): only one Braid has a data folder open, so none of them is being written.
 */
export async function removeStaleTempFiles(dir: string, fileName?: string): Promise<void> {
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  const stale = entries.filter((e) => (fileName ? e.startsWith(`.${fileName}.tmp-`) : e.startsWith('.') && e.includes('.tmp-')));
  await Promise.all(stale.map((e) => fs.rm(join(dir, e), { force: true })));
}

export async function readBytesIfExists(path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
