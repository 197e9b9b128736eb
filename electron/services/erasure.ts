import { promises as fs } from 'node:fs';
import type { PlanSnapshot } from '../../shared/api/contract';
import type { ErasurePreview, ErasureResult } from '../../shared/api/protection-schemas';
import { anonymizeEntries, erasedMarker, replaceId, replaceNames } from '../../shared/domain/audit/anonymize';
import { auditChange } from '../../shared/domain/audit/types';
import type { Plan } from '../../shared/domain/plan/schema';
import { UserFacingError } from '../../shared/api/dispatch';
import { isSealedLine, type AuditLog } from './audit/audit-log';
import type { PlanStore } from './plan-store';
import { writeFileAtomic } from './plan-file';
import { AUDIT_FILE_NAME, listDataFolderFiles, listPlanFiles, type DataFolderFile, type PlanFileRef } from './protection/data-folder';
import { isEnvelope, ProtectedDataError } from './protection/envelope';
import { KEYRING_FILE_NAME } from './protection/keyring';
import { LOCK_FILE_NAME } from './data-folder-lock';
import { erasePersonFromDocument, erasePersonFromPlan, nameIn, withoutIdValues, type Erasing, type Json } from './erase-from-document';

/**
 * Erasing a person (the right to be forgotten): they leave the plan with every reference
 * to them, and every file of the data folder is rewritten without them — backups, plans
 * kept aside, scenarios, preferences, import mappings (sealed again when they were sealed) —
 * the audit log's entries about them become "Erased person #N", and the undo history is
 * cleared because each earlier revision still holds them. A file Braid cannot read may hold
 * them too: it is named to the user, and the erasure goes ahead only once they have agreed
 * to delete it; Braid never reports an erasure complete while such a file remains.
 */

/** Files that never hold a person: how the data key is protected, and which process has the folder open. */
const HOLDS_NO_PERSON = new Set([KEYRING_FILE_NAME, LOCK_FILE_NAME]);

export interface ErasureDeps {
  store: PlanStore;
  audit: AuditLog;
  dataDir: string;
}

type Unreadable = ErasurePreview['unreadable'][number];
type FileReading = { readable: true; text: string; doc: Json | undefined; sealed: boolean } | { readable: false; detail: string };

function personOrRefuse(plan: Plan | null, personId: string) {
  const person = plan?.people.find((p) => p.id === personId);
  if (!plan || !person) throw new UserFacingError(`Person ${personId} is not in the plan; nothing was erased.`);
  return { plan, person };
}

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
async function filesToErase(dataDir: string): Promise<{ file: DataFolderFile; role: PlanFileRef['role'] | null }[]> {
  const roles = new Map((await listPlanFiles(dataDir)).map((ref) => [ref.name, ref.role]));
  return (await listDataFolderFiles(dataDir))
    .filter((file) => !HOLDS_NO_PERSON.has(file.name) && file.name !== AUDIT_FILE_NAME)
    .map((file) => ({ file, role: roles.get(file.name) ?? null }));
}

const auditUnreadable = (lines: number): Unreadable => ({
  file: AUDIT_FILE_NAME,
  detail: `${lines} audit ${lines === 1 ? 'entry' : 'entries'} that cannot be read`,
});

/** One read of the whole folder: the names the person had anywhere, and the files nobody can read. */
async function surveyFolder({ store, audit, dataDir }: ErasureDeps, personId: string) {
  const names = new Set<string>();
  const unreadable: Unreadable[] = [];
  let scenarios = 0;
  for (const { file, role } of await filesToErase(dataDir)) {
    if (role === 'scenario') scenarios += 1;
    const reading = await readForErasure(file, store);
    if (!reading.readable) unreadable.push({ file: file.name, detail: reading.detail });
    else if (reading.doc !== undefined) {
      const name = nameIn(reading.doc, personId);
      if (name) names.add(name);
    }
  }
  const sealedLines = await audit.sealedUnreadableLines();
  if (sealedLines) unreadable.push(auditUnreadable(sealedLines));
  return { names, unreadable, scenarios };
}

export async function previewErasure(deps: ErasureDeps, personId: string): Promise<ErasurePreview> {
  const { store, audit, dataDir } = deps;
  const { plan, person } = personOrRefuse(store.current(), personId);
  const files = await listPlanFiles(dataDir);
  const { entries } = await audit.read();
  const { unreadable, scenarios } = await surveyFolder(deps, personId);
  return {
    personId,
    name: person.name,
    rotations: plan.rotations.filter((r) => r.personId === personId).length,
    mentoring: plan.rotations.filter((r) => r.mentorId === personId && r.personId !== personId).length,
    nominations: plan.roles.reduce((n, role) => n + role.successors.filter((s) => s.personId === personId).length, 0),
    assessments: person.assessments.length,
    reports: plan.people.filter((p) => p.managerId === personId).length,
    incumbentOf: plan.roles.filter((r) => r.incumbentId === personId).length,
    backups: files.filter((f) => f.role === 'backup').length,
    keptAside: files.filter((f) => f.role === 'kept-aside').length,
    scenarios,
    auditEntries: entries.filter((e) => e.personIds.includes(personId)).length,
    undoSteps: store.historySize(),
    unreadable,
  };
}

/** The file's text without the person; a file that is not JSON loses every spelling of the names (escaped ones too) and the id in its sentences. */
function erasedText(reading: Extract<FileReading, { readable: true }>, role: PlanFileRef['role'] | null, erasing: Erasing, compact: boolean): string {
  if (reading.doc === undefined) {
    const escaped = erasing.names.map((n) => JSON.stringify(n).slice(1, -1));
    return replaceId(replaceNames(reading.text, [...erasing.names, ...escaped], erasing.marker, erasing.keep), role ? erasing.personId : '', erasing.marker);
  }
  const erased = erasePersonFromDocument(reading.doc, erasing);
  const doc = role === null ? withoutIdValues(erased, erasing.personId, erasing.marker) : erased;
  return compact ? JSON.stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`;
}

type FileOutcome = 'rewritten' | 'unchanged' | 'unreadable';

async function eraseFromFile(file: DataFolderFile, role: PlanFileRef['role'] | null, store: PlanStore, erasing: Erasing): Promise<FileOutcome> {
  const reading = await readForErasure(file, store);
  if (!reading.readable) return 'unreadable';
  // Plan documents are sealed whenever protection is on; other files stay as they were stored.
  const seal = reading.sealed || (role !== null && store.codec.sealing);
  const next = erasedText(reading, role, erasing, seal);
  if (next === reading.text && seal === reading.sealed) return 'unchanged';
  await writeFileAtomic(file.path, seal ? store.codec.sealText(next, 'plan') : next);
  return 'rewritten';
}

function refuseUnconfirmed(unreadable: Unreadable[], confirmed: readonly string[], name: string): void {
  const open = unreadable.filter((u) => !confirmed.includes(u.file));
  if (!open.length) return;
  throw new UserFacingError(
    `Braid could not read ${open.length === 1 ? 'a file' : `${open.length} files`} that may hold ${name}: ${open.map((u) => u.file).join(', ')}. ` +
      'Confirm that they may be deleted, or put back readable copies; nothing was erased.',
    open.map((u) => `${u.file}: ${u.detail}`),
  );
}

/**
 * Erases the person. `deleteUnreadable` names the unreadable files the user agreed to delete
 * (from the preview); any other unreadable file stops the erasure before anything changes.
 */
export function erasePerson(deps: ErasureDeps, personId: string, deleteUnreadable: readonly string[] = []): Promise<{ snapshot: PlanSnapshot; result: ErasureResult }> {
  // One turn of the writer from the first read to the last file: no edit can land on the
  // plan read here, and no scenario edit can write the person back while files are scrubbed.
  return deps.store.writer.run(() => erasePersonNow(deps, personId, deleteUnreadable));
}

async function erasePersonNow(deps: ErasureDeps, personId: string, deleteUnreadable: readonly string[]): Promise<{ snapshot: PlanSnapshot; result: ErasureResult }> {
  const { store, audit, dataDir } = deps;
  await store.flush();
  const { plan, person } = personOrRefuse(store.current(), personId);
  const survey = await surveyFolder(deps, personId);
  refuseUnconfirmed(survey.unreadable, deleteUnreadable, person.name);

  const { entries } = await audit.read();
  const marker = erasedMarker(entries.filter((e) => e.area === 'erasure').length + 1);
  // Every name the person had in any revision, so an old spelling in an old backup goes too.
  const names = [...new Set([person.name, ...survey.names])];
  const keep = plan.people.filter((p) => p.id !== personId).map((p) => p.name);
  const erasing: Erasing = { personId, names, marker, keep };

  const snapshot: PlanSnapshot = await store.replaceForgettingHistory(erasePersonFromPlan(plan, erasing));
  const outcome = await store.exclusive(async () => {
    const counts = { backup: 0, 'kept-aside': 0, plan: 0, scenario: 0, other: 0 };
    const deleted: string[] = [];
    const remaining: string[] = [];
    const confirmed = new Set(survey.unreadable.map((u) => u.file).filter((file) => deleteUnreadable.includes(file)));
    for (const { file, role } of await filesToErase(dataDir)) {
      if (confirmed.has(file.name)) {
        await fs.rm(file.path, { force: true });
        deleted.push(file.name);
        continue;
      }
      const result = await eraseFromFile(file, role, store, erasing);
      if (result === 'rewritten') counts[role ?? 'other'] += 1;
      if (result === 'unreadable') remaining.push(file.name);
    }
    const dropSealed = confirmed.has(AUDIT_FILE_NAME);
    let anonymised = 0;
    await audit.rewrite(
      (all) => {
        const result = anonymizeEntries(all, personId, names, marker, keep);
        anonymised = result.changed;
        return result.entries;
      },
      (line) => (isSealedLine(line) ? (dropSealed ? null : line) : replaceNames(line, [...names, ...names.map((n) => JSON.stringify(n).slice(1, -1))], marker, keep)),
    );
    if (dropSealed) deleted.push(AUDIT_FILE_NAME);
    if (await audit.sealedUnreadableLines()) remaining.push(AUDIT_FILE_NAME);
    return { counts, deleted, remaining, anonymised };
  });
  const deletedNote = outcome.deleted.length ? `; ${outcome.deleted.length} unreadable files deleted` : '';
  await audit.append([
    auditChange({
      area: 'erasure',
      action: 'Erase person',
      summary: `${marker} erased from the plan, ${outcome.counts.backup} backups and the audit trail; undo history cleared${deletedNote}`,
      names: [marker],
    }),
  ]);
  return {
    snapshot,
    result: {
      marker,
      backupsRewritten: outcome.counts.backup,
      keptAsideRewritten: outcome.counts['kept-aside'],
      scenariosRewritten: outcome.counts.scenario,
      otherFilesRewritten: outcome.counts.other,
      auditEntriesAnonymised: outcome.anonymised,
      deleted: outcome.deleted,
      remaining: outcome.remaining,
      complete: outcome.remaining.length === 0,
    },
  };
}
