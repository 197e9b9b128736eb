import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { ErasurePreview } from '../../shared/api/protection-schemas';
import { anonymizeEntries } from '../../shared/domain/audit/anonymize';
import { isSealedLine, type AuditLog } from './audit/audit-log';
import type { PlanStore } from './plan-store';
import { writeFileAtomic } from './plan-file';
import { AUDIT_FILE_NAME, listDataFolderFiles, listPlanFiles, type DataFolderFile, type PlanFileRef } from './protection/data-folder';
import { isEnvelope, ProtectedDataError } from './protection/envelope';
import { KEYRING_FILE_NAME } from './protection/keyring';
import { LOCK_FILE_NAME } from './data-folder-lock';
import { ERASURE_JOURNAL_FILE_NAME } from './erasure-journal';
import { erasePersonFromDocument, identifiersIn, scrubText, type Erasing, type Json } from './erase-from-document';

/**
 * The data folder as erasure walks it: what every file holds of the person, and each file
 * rewritten without them. Rewriting is idempotent (a file already scrubbed stays as it is),
 * so an erasure cut short is finished by walking the folder again.
 */

/**
 * Files that never hold a person: how the data key is protected, which process has the
 * folder open, and the erasure's own journal (deleted when the erasure is done).
 */
const HOLDS_NO_PERSON = new Set([KEYRING_FILE_NAME, LOCK_FILE_NAME, ERASURE_JOURNAL_FILE_NAME]);

/** A temp file of an atomic write (`.<name>.tmp-<pid>-<random>`) and the process that wrote it. */
const TEMP_FILE = /^\..+\.tmp-(\d+)-[0-9a-f]+$/;

/**
 * A temp file left by a write that was cut off (another process, killed): a torn copy of a
 * plan or scenario, never needed again, and it may hold the whole record. This process's own
 * temp files belong to writes still running and are left to them.
 */
export function isLeftoverTempFile(name: string): boolean {
  const pid = TEMP_FILE.exec(basename(name))?.[1];
  return pid !== undefined && Number(pid) !== process.pid;
}

export type Unreadable = ErasurePreview['unreadable'][number];
type FileReading = { readable: true; text: string; doc: Json | undefined; sealed: boolean } | { readable: false; detail: string };

function readFailure(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'Braid has no permission to read it.';
  return `It could not be read (${error.code ?? error.message}).`;
}

/** A file's text as erasure sees it: opened through the codec when it is encrypted. Never throws for a bad file. */
async function readForErasure(file: DataFolderFile, store: PlanStore): Promise<FileReading> {
  let stored: Buffer;
  try {
    stored = await fs.readFile(file.path);
  } catch (error) {
    return { readable: false, detail: readFailure(error as NodeJS.ErrnoException) };
  }
  let text: string;
  let sealed = false;
  if (isEnvelope(stored)) {
    try {
      text = store.codec.openText(stored, 'plan');
      sealed = true;
    } catch (error) {
      if (!(error instanceof ProtectedDataError) || error.reason === 'locked') throw error;
      return { readable: false, detail: error.message };
    }
  } else {
    // A clear file where a sealed one belongs is never trusted as a plan, but it is readable,
    // so it loses the person all the same (and is sealed when written back).
    text = stored.toString('utf8');
  }
  try {
    return { readable: true, text, doc: JSON.parse(text) as Json, sealed };
  } catch {
    return { readable: true, text, doc: undefined, sealed };
  }
}

/** Every file erasure must rewrite, with what it is (null for the files that are not plan documents). */
export async function filesToErase(dataDir: string): Promise<{ file: DataFolderFile; role: PlanFileRef['role'] | null }[]> {
  const roles = new Map((await listPlanFiles(dataDir)).map((ref) => [ref.name, ref.role]));
  return (await listDataFolderFiles(dataDir))
    .filter((file) => !HOLDS_NO_PERSON.has(file.name) && file.name !== AUDIT_FILE_NAME && !isLeftoverTempFile(file.name))
    .map((file) => ({ file, role: roles.get(file.name) ?? null }));
}

const auditUnreadable = (lines: number): Unreadable => ({
  file: AUDIT_FILE_NAME,
  detail: `${lines} audit ${lines === 1 ? 'entry' : 'entries'} that cannot be read`,
});

/** One read of the whole folder: the names and e-mail addresses the person had anywhere, and the files nobody can read. */
export async function surveyFolder(store: PlanStore, audit: AuditLog, dataDir: string, personId: string) {
  const identifiers = new Set<string>();
  const unreadable: Unreadable[] = [];
  let scenarios = 0;
  for (const { file, role } of await filesToErase(dataDir)) {
    if (role === 'scenario') scenarios += 1;
    const reading = await readForErasure(file, store);
    if (!reading.readable) unreadable.push({ file: file.name, detail: reading.detail });
    else if (reading.doc !== undefined) for (const found of identifiersIn(reading.doc, personId)) identifiers.add(found);
  }
  const sealedLines = await audit.sealedUnreadableLines();
  if (sealedLines) unreadable.push(auditUnreadable(sealedLines));
  return { identifiers, unreadable, scenarios };
}

/** Every spelling a text may hold: as typed, and as JSON escapes it. */
const spellings = (names: readonly string[]) => [...names, ...names.map((n) => JSON.stringify(n).slice(1, -1))];

/** The file's text without the person; a file that is not JSON loses every spelling of their names and their id in its sentences. */
function erasedText(reading: Extract<FileReading, { readable: true }>, erasing: Erasing, compact: boolean): string {
  if (reading.doc === undefined) return scrubText(reading.text, { ...erasing, names: spellings(erasing.names) });
  const doc = erasePersonFromDocument(reading.doc, erasing);
  return compact ? JSON.stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`;
}

type FileOutcome = 'rewritten' | 'unchanged' | 'unreadable';

async function eraseFromFile(file: DataFolderFile, role: PlanFileRef['role'] | null, store: PlanStore, erasing: Erasing): Promise<FileOutcome> {
  const reading = await readForErasure(file, store);
  if (!reading.readable) return 'unreadable';
  // Plan documents are sealed whenever protection is on; other files stay as they were stored.
  const seal = reading.sealed || (role !== null && store.codec.sealing);
  const next = erasedText(reading, erasing, seal);
  if (next === reading.text && seal === reading.sealed) return 'unchanged';
  await writeFileAtomic(file.path, seal ? store.codec.sealText(next, 'plan') : next);
  return 'rewritten';
}

export interface FolderOutcome {
  counts: Record<PlanFileRef['role'] | 'other', number>;
  deleted: string[];
  remaining: string[];
  anonymised: number;
}

/**
 * Walks the folder once: leftover temp files deleted, the files the user agreed to delete
 * deleted, every other file rewritten without the person, then the audit trail. `done` is
 * told of each file as it is finished, so the journal can say what is left.
 */
export async function eraseFromFolder(
  { store, audit, dataDir }: { store: PlanStore; audit: AuditLog; dataDir: string },
  erasing: Erasing,
  deleteUnreadable: readonly string[],
  done: (name: string) => Promise<void>,
): Promise<FolderOutcome> {
  const counts = { backup: 0, 'kept-aside': 0, plan: 0, scenario: 0, other: 0 };
  const deleted: string[] = [];
  const remaining: string[] = [];
  for (const file of await listDataFolderFiles(dataDir)) {
    if (isLeftoverTempFile(file.name)) await fs.rm(file.path, { force: true });
  }
  for (const { file, role } of await filesToErase(dataDir)) {
    const result = await eraseFromFile(file, role, store, erasing);
    if (result === 'rewritten') counts[role ?? 'other'] += 1;
    if (result === 'unreadable') {
      if (deleteUnreadable.includes(file.name)) {
        await fs.rm(file.path, { force: true });
        deleted.push(file.name);
      } else remaining.push(file.name);
    }
    await done(file.name);
  }
  const dropSealed = deleteUnreadable.includes(AUDIT_FILE_NAME) && (await audit.sealedUnreadableLines()) > 0;
  let anonymised = 0;
  const { personId, names, marker, keep } = erasing;
  await audit.rewrite(
    (all) => {
      const result = anonymizeEntries(all, personId, names, marker, keep);
      anonymised = result.changed;
      return result.entries;
    },
    (line) => (isSealedLine(line) ? (dropSealed ? null : line) : scrubText(line, { ...erasing, names: spellings(names) })),
  );
  if (dropSealed) deleted.push(AUDIT_FILE_NAME);
  if (await audit.sealedUnreadableLines()) remaining.push(AUDIT_FILE_NAME);
  await done(AUDIT_FILE_NAME);
  return { counts, deleted, remaining, anonymised };
}
