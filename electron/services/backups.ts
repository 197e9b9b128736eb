import { UserFacingError } from '../../shared/api/dispatch';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/api/contract';
import { AtRestCodec } from './protection/at-rest-codec';
import { copyFileDurably } from './plan-file';

/**
 * Rolling backups of the plan file: every saved revision is kept as a copy named by time
 * and revision; pruning keeps the newest RECENT_COUNT and
 * the newest of each day for DAILY_DAYS days. "Newest" is by revision, never by the
 * clock: a session with the clock set wrong must not make a later session's backups look old.
 */
export const RECENT_COUNT = 20;
export const DAILY_DAYS = 30;

const NAME = /^plan-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-r(\d+)\.braid\.json$/;

export interface BackupEntry {
  id: string;
  createdAt: Date;
  revision: number;
}

export function backupFileName(createdAt: Date, revision: number): string {
  const stamp = createdAt.toISOString().replace(/:/g, '-').replace('.', '-');
  return `plan-${stamp}-r${String(revision).padStart(6, '0')}.braid.json`;
}

export function parseBackupName(name: string): BackupEntry | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, h, m, s, ms, revision] = match;
  return { id: name, createdAt: new Date(`${day}T${h}:${m}:${s}.${ms}Z`), revision: Number(revision) };
}

/** Newest first: by revision (revisions only ever grow), then by time. */
export async function listBackupEntries(dir: string): Promise<BackupEntry[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names
    .map(parseBackupName)
    .filter((e): e is BackupEntry => e !== null)
    .sort((a, b) => b.revision - a.revision || b.createdAt.getTime() - a.createdAt.getTime());
}

/** Which backups to keep: the newest RECENT_COUNT, and the newest of each of the last DAILY_DAYS days. */
export function backupsToKeep(entries: BackupEntry[], now: Date): Set<string> {
  const keep = new Set(entries.slice(0, RECENT_COUNT).map((e) => e.id));
  const oldest = now.getTime() - DAILY_DAYS * 86_400_000;
  const seenDays = new Set<string>();
  for (const entry of entries) {
    if (entry.createdAt.getTime() < oldest) continue;
    const day = entry.createdAt.toISOString().slice(0, 10);
    if (seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(entry.id);
  }
  return keep;
}

export function backupKind(entry: BackupEntry, index: number): BackupInfo['kind'] {
  return index < RECENT_COUNT ? 'recent' : 'daily';
}

export class Backups {
  constructor(
    readonly dir: string,
    private readonly codec: AtRestCodec = AtRestCodec.clear(),
  ) {}

  async ensureDir(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    // A copy cut short by a crash: never a backup, safe to delete.
    const names = await fs.readdir(this.dir);
    await Promise.all(names.filter((n) => n.startsWith('.plan-') && n.includes('.tmp-')).map((n) => fs.rm(join(this.dir, n), { force: true })));
  }

  /**
   * Keeps the plan file as it is now (after a successful write) as a backup of `revision`.
   * The copy holds the very bytes the store's codec produced, so it is sealed exactly when
   * the plan file is.
   */
  async keep(planPath: string, revision: number, now = new Date()): Promise<void> {
    // A copy, not a hard link: a tool that rewrites the plan file in place (an editor, a
    // sync client) must not be able to change the backups with it. Durable like the plan:
    // a power cut never leaves a torn backup.
    await copyFileDurably(planPath, join(this.dir, backupFileName(now, revision)));
    await this.prune(now);
  }

  async prune(now = new Date()): Promise<void> {
    const entries = await listBackupEntries(this.dir);
    const keep = backupsToKeep(entries, now);
    await Promise.all(entries.filter((e) => !keep.has(e.id)).map((e) => fs.rm(join(this.dir, e.id), { force: true })));
  }

  async list(): Promise<BackupInfo[]> {
    const entries = await listBackupEntries(this.dir);
    return Promise.all(
      entries.map(async (entry, index) => {
        const stat = await fs.stat(join(this.dir, entry.id));
        return {
          id: entry.id,
          createdAt: entry.createdAt.toISOString(),
          revision: entry.revision,
          bytes: stat.size,
          kind: backupKind(entry, index),
        };
      }),
    );
  }

  /** The backup's text; throws ProtectedDataError when it was changed or is damaged. */
  async read(id: string): Promise<string> {
    // The id comes from the client: only a backup's own name, never a path, and a clear refusal when it is not there.
    const missing = () => new UserFacingError(`There is no backup "${id}" of this plan. Nothing was changed.`);
    if (!parseBackupName(id)) throw missing();
    const bytes = await fs.readFile(join(this.dir, id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'EISDIR') throw missing();
      throw error;
    });
    return this.codec.openText(bytes, 'plan');
  }
}
