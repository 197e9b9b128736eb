import type { PlanSnapshot } from '../../shared/api/contract';
import type { ErasurePreview, ErasureResult } from '../../shared/api/protection-schemas';
import { erasedMarker } from '../../shared/domain/audit/anonymize';
import { auditChange } from '../../shared/domain/audit/types';
import type { Plan } from '../../shared/domain/plan/schema';
import { UserFacingError } from '../../shared/api/dispatch';
import type { AuditLog } from './audit/audit-log';
import type { PlanStore } from './plan-store';
import { AUDIT_FILE_NAME, listPlanFiles } from './protection/data-folder';
import { erasePersonFromPlan, type Erasing } from './erase-from-document';
import { eraseFromFolder, filesToErase, surveyFolder, type Unreadable } from './erasure-folder';
import { readJournal, removeJournal, writeJournal, type ErasureJournal } from './erasure-journal';

/**
 * Erasing a person (the right to be forgotten): they leave the plan with every reference
 * to them, and every file of the data folder is rewritten without them — backups, plans
 * kept aside, scenarios, preferences, import mappings (sealed again when they were sealed) —
 * the audit log's entries about them become "Erased person #N", and the undo history is
 * cleared because each earlier revision still holds them. A file Braid cannot read may hold
 * them too: it is named to the user, and the erasure goes ahead only once they have agreed
 * to delete it; Braid never reports an erasure complete while such a file remains.
 *
 * It runs as a job with a journal (erasure-journal.ts) written before anything changes: cut
 * short, it is finished by the next start or the next attempt, never left half done.
 */

export interface ErasureDeps {
  store: PlanStore;
  audit: AuditLog;
  dataDir: string;
}

function personOrRefuse(plan: Plan | null, personId: string) {
  const person = plan?.people.find((p) => p.id === personId);
  if (!plan || !person) throw new UserFacingError(`Person ${personId} is not in the plan; nothing was erased.`);
  return { plan, person };
}

export async function previewErasure(deps: ErasureDeps, personId: string): Promise<ErasurePreview> {
  const { store, audit, dataDir } = deps;
  const { plan, person } = personOrRefuse(store.current(), personId);
  const files = await listPlanFiles(dataDir);
  const { entries } = await audit.read();
  const { unreadable, scenarios } = await surveyFolder(store, audit, dataDir, personId);
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

function refuseUnconfirmed(unreadable: Unreadable[], confirmed: readonly string[], name: string): void {
  const open = unreadable.filter((u) => !confirmed.includes(u.file));
  if (!open.length) return;
  throw new UserFacingError(
    `Braid could not read ${open.length === 1 ? 'a file' : `${open.length} files`} that may hold ${name}: ${open.map((u) => u.file).join(', ')}. ` +
      'Confirm that they may be deleted, or put back readable copies; nothing was erased.',
    open.map((u) => `${u.file}: ${u.detail}`),
  );
}

async function pendingJournal({ store, dataDir }: ErasureDeps): Promise<ErasureJournal | null> {
  const journal = await readJournal(dataDir, store.codec);
  if (journal === 'unreadable') {
    throw new UserFacingError(
      'An erasure was cut short and its journal (erasure-journal.json) cannot be read, so Braid cannot tell whom to finish erasing. ' +
        'Erase the person again from their profile if they are still listed; otherwise delete that file.',
    );
  }
  return journal;
}

/**
 * The job itself, from the journal: the plan first (undo history forgotten), then every file
 * of the folder and the audit trail, each struck off the journal as it is done, then the
 * erasure's own audit entry, then the journal goes. Every step is idempotent, so running it
 * again from any point finishes the same erasure.
 */
async function runErasure(deps: ErasureDeps, journal: ErasureJournal): Promise<{ snapshot: PlanSnapshot; result: ErasureResult }> {
  const { store, audit, dataDir } = deps;
  const erasing: Erasing = { personId: journal.personId, names: journal.names, marker: journal.marker, keep: journal.keep };
  let left = journal.left;
  const strike = async (name: string) => {
    left = left.filter((item) => item !== name);
    await writeJournal(dataDir, store.codec, { ...journal, left });
  };
  const plan = store.current();
  const snapshot = plan?.people.some((p) => p.id === journal.personId)
    ? await store.replaceForgettingHistory(erasePersonFromPlan(plan, erasing))
    : store.snapshot();
  await strike('plan');
  const outcome = await store.exclusive(() => eraseFromFolder(deps, erasing, journal.deleteUnreadable, strike));
  const { entries } = await audit.read();
  // Cut short after this entry was written, the job must not write it twice.
  if (!entries.some((e) => e.area === 'erasure' && e.names.includes(journal.marker))) {
    const deletedNote = outcome.deleted.length ? `; ${outcome.deleted.length} unreadable files deleted` : '';
    await audit.append([
      auditChange({
        area: 'erasure',
        action: 'Erase person',
        summary: `${journal.marker} erased from the plan, ${outcome.counts.backup} backups and the audit trail; undo history cleared${deletedNote}`,
        names: [journal.marker],
      }),
    ]);
  }
  await removeJournal(dataDir);
  return {
    snapshot,
    result: {
      marker: journal.marker,
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

/** Finishes an erasure cut short by a crash, if there is one (at start, once the folder is readable). */
export function finishInterruptedErasure(deps: ErasureDeps): Promise<ErasureResult | null> {
  return deps.store.writer.run(async () => {
    const journal = await readJournal(deps.dataDir, deps.store.codec);
    if (journal === null || journal === 'unreadable') return null;
    return (await runErasure(deps, journal)).result;
  });
}

/**
 * Erases the person. `deleteUnreadable` names the unreadable files the user agreed to delete
 * (from the preview); any other unreadable file stops the erasure before anything changes.
 * A person no longer in the plan whose erasure was cut short is finished, not refused.
 */
export function erasePerson(deps: ErasureDeps, personId: string, deleteUnreadable: readonly string[] = []): Promise<{ snapshot: PlanSnapshot; result: ErasureResult }> {
  // One turn of the writer from the first read to the last file: no edit can land on the
  // plan read here, and no scenario edit can write the person back while files are scrubbed.
  return deps.store.writer.run(() => erasePersonNow(deps, personId, deleteUnreadable));
}

async function erasePersonNow(deps: ErasureDeps, personId: string, deleteUnreadable: readonly string[]): Promise<{ snapshot: PlanSnapshot; result: ErasureResult }> {
  const { store, audit, dataDir } = deps;
  await store.flush();
  let journal = await pendingJournal(deps);
  if (journal && journal.personId !== personId) {
    await runErasure(deps, journal);
    journal = null;
  }
  const inPlan = store.current()?.people.some((p) => p.id === personId);
  if (journal && !inPlan) return runErasure(deps, { ...journal, deleteUnreadable: [...new Set([...journal.deleteUnreadable, ...deleteUnreadable])] });

  const { plan, person } = personOrRefuse(store.current(), personId);
  const survey = await surveyFolder(store, audit, dataDir, personId);
  refuseUnconfirmed(survey.unreadable, deleteUnreadable, person.name);
  const { entries } = await audit.read();
  // Every name and e-mail address the person had in any revision, so an old spelling in an old backup goes too.
  const names = [...new Set([person.name, ...survey.identifiers, ...(journal?.names ?? [])])];
  const keep = plan.people.filter((p) => p.id !== personId).map((p) => p.name);
  const marker = journal?.marker ?? erasedMarker(entries.filter((e) => e.area === 'erasure').length + 1);
  const next: ErasureJournal = { format: 'braid-erasure-journal', personId, names, marker, keep, deleteUnreadable: [...deleteUnreadable], left: ['plan', ...(await filesToErase(dataDir)).map(({ file }) => file.name), AUDIT_FILE_NAME] };
  await writeJournal(dataDir, store.codec, next);
  return runErasure(deps, next);
}
