import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readBytesIfExists, writeFileAtomic } from './plan-file';
import type { AtRestCodec } from './protection/at-rest-codec';
import { isEnvelope, ProtectedDataError } from './protection/envelope';

/**
 * An erasure in progress, written before the first file changes and deleted after the
 * last: who is being erased, every spelling to scrub, the marker they became and what is
 * left. A crash (kill -9, a power cut) part-way leaves it behind, and the next start — or
 * the next attempt — finishes the erasure from it. It names the person, so it is sealed
 * like the plan while protection is on, and it lives only as long as the files that still
 * hold them.
 */
export const ERASURE_JOURNAL_FILE_NAME = 'erasure-journal.json';

const ErasureJournal = z.object({
  format: z.literal('braid-erasure-journal'),
  personId: z.string(),
  names: z.array(z.string()),
  marker: z.string(),
  keep: z.array(z.string()),
  /** The unreadable files the user agreed to delete. */
  deleteUnreadable: z.array(z.string()),
  /** Still to scrub: 'plan', then the folder's files by name, then the audit trail. */
  left: z.array(z.string()),
});
export type ErasureJournal = z.infer<typeof ErasureJournal>;

export const journalPath = (dataDir: string) => join(dataDir, ERASURE_JOURNAL_FILE_NAME);

export async function writeJournal(dataDir: string, codec: AtRestCodec, journal: Omit<ErasureJournal, 'format'>): Promise<void> {
  const text = JSON.stringify({ format: 'braid-erasure-journal', ...journal });
  await writeFileAtomic(journalPath(dataDir), codec.sealing ? codec.sealText(text, 'plan') : text);
}

/**
 * The interrupted erasure, if any. A journal Braid cannot read (damaged, or sealed with a
 * key that is gone) is reported as such: the caller must not pretend no erasure is pending.
 */
export async function readJournal(dataDir: string, codec: AtRestCodec): Promise<ErasureJournal | 'unreadable' | null> {
  const stored = await readBytesIfExists(journalPath(dataDir));
  if (stored === null) return null;
  try {
    const text = isEnvelope(stored) ? codec.openText(stored, 'plan') : stored.toString('utf8');
    const parsed = ErasureJournal.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch (error) {
    if (error instanceof ProtectedDataError && error.reason === 'locked') throw error;
    return 'unreadable';
  }
}

export async function removeJournal(dataDir: string): Promise<void> {
  await fs.rm(journalPath(dataDir), { force: true });
}
