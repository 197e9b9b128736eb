import { mkdirSync, chmodSync } from 'node:fs';

/** Folders of the data folder are the user's alone; files in it are created with this mode. */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates the folder (and its parents) readable by the user only. A folder made by an earlier
 * version with the default 0755 is tightened too: it holds names, ratings and flight risk.
 * Synchronous because the preferences store (conf) is built synchronously beside it.
 */
export function makePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  // Windows has no POSIX modes; the profile folder's ACL already keeps others out.
  if (process.platform !== 'win32') chmodSync(dir, PRIVATE_FOLDER_MODE);
}
