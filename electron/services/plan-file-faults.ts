import { promises as fs } from 'node:fs';
import { UserFacingError } from '../../shared/api/dispatch';
import { PLAN_FILE_NAME } from './protection/data-folder';

/**
 * What can be at the plan's place in the data folder besides a plan, and what a failed
 * write means, in words for the user. The store keeps anything it cannot open aside and
 * offers a backup; it never follows a link out of the data folder or writes through one.
 */

export type StoredPlan = { kind: 'none' } | { kind: 'bytes'; bytes: Buffer } | { kind: 'refused'; message: string };

const KEPT = 'It was kept aside unchanged; you can restore the newest good backup.';

export async function readStoredPlan(path: string): Promise<StoredPlan> {
  let stat;
  try {
    stat = await fs.lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'refused', message: `${PLAN_FILE_NAME} could not be looked at (${(error as NodeJS.ErrnoException).code}). ${KEPT}` };
  }
  // Spec choice: a link is never followed, wherever it points: the data folder is Braid's
  // own, and a link planted in it could make Braid read, or overwrite, a file elsewhere.
  if (stat.isSymbolicLink()) {
    const target = await fs.readlink(path).catch(() => 'somewhere Braid cannot tell');
    return { kind: 'refused', message: `${PLAN_FILE_NAME} is a link to ${target}. Braid does not follow links, so it neither opened nor changed what it points to. The link was kept aside; you can restore the newest good backup.` };
  }
  if (stat.isDirectory()) return { kind: 'refused', message: `${PLAN_FILE_NAME} is a folder, not a file, so Braid could not open it. ${KEPT}` };
  if (!stat.isFile()) return { kind: 'refused', message: `${PLAN_FILE_NAME} is not a regular file, so Braid could not open it. ${KEPT}` };
  try {
    return { kind: 'bytes', bytes: await fs.readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'none' };
    const why = code === 'EACCES' || code === 'EPERM' ? 'Braid has no permission to read it' : `it could not be read (${code ?? (error as Error).message})`;
    return { kind: 'refused', message: `${PLAN_FILE_NAME}: ${why}. ${KEPT}` };
  }
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const NOT_ALLOWED = new Set(['EACCES', 'EPERM', 'EROFS']);

/** A failed write as a sentence for the user: what happened to the disk, and what became of the change. */
export function writeFailure(error: unknown, outcome: string): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (DISK_FULL.has(code)) return new UserFacingError(`The disk is full. ${outcome} Free some space, then make the change again.`);
  if (NOT_ALLOWED.has(code)) return new UserFacingError(`Braid may not write to its data folder (${code}). ${outcome}`);
  return error instanceof Error ? error : new Error(String(error));
}
