import { promises as fs } from 'node:fs';
import type { PlanSnapshot } from '../../shared/api/contract';
import type { ErasurePreview } from '../../shared/api/protection-schemas';
import { anonymizeEntries, erasedMarker, replaceNames } from '../../shared/domain/audit/anonymize';
import type { Plan } from '../../shared/domain/plan/schema';
import { UserFacingError } from '../../shared/api/dispatch';
import type { AuditLog } from './audit/audit-log';
import type { PlanStore } from './plan-store';
import { writeFileAtomic } from './plan-file';
import { listPlanFiles, type PlanFileRef } from './protection/data-folder';
import { ProtectedDataError } from './protection/envelope';

/**
 * Erasing a person (the right to be forgotten): they leave the plan with every reference
 * to them, every backup and every plan kept aside is rewritten without them (sealed again
 * when protection is on), the audit log's entries about them become "Erased person #N",
 * and the undo history is cleared because each earlier revision still holds them.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: unknown): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every string in the document with the names replaced; keys too, in case an extra field is keyed by name. */
function scrub(value: Json, names: readonly string[], marker: string, keep: readonly string[]): Json {
  if (typeof value === 'string') return replaceNames(value, names, marker, keep);
  if (Array.isArray(value)) return value.map((item) => scrub(item, names, marker, keep));
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [replaceNames(key, names, marker, keep), scrub(item, names, marker, keep)]));
  }
  return value;
}

const listOf = (doc: { [key: string]: Json }, key: string): Json[] => (Array.isArray(doc[key]) ? (doc[key] as Json[]) : []);

/**
 * The person removed from a plan document. Works on any JSON, not only valid plans: old
 * backups and plans kept aside may not pass today's schema and must be erased all the same.
 */
export function erasePersonFromDocument(doc: Json, personId: string, names: readonly string[], marker: string, keep: readonly string[] = []): Json {
  if (!isObject(doc)) return scrub(doc, names, marker, keep);
  const out: { [key: string]: Json } = { ...doc };
  const without = (field: string) => (item: Json) => (isObject(item) && item[field] === personId ? { ...item, [field]: null } : item);
  if (Array.isArray(doc.people)) {
    out.people = listOf(doc, 'people').filter((p) => !(isObject(p) && p.id === personId)).map(without('managerId'));
  }
  if (Array.isArray(doc.rotations)) {
    out.rotations = listOf(doc, 'rotations').filter((r) => !(isObject(r) && r.personId === personId)).map(without('mentorId'));
  }
  if (Array.isArray(doc.roles)) {
    out.roles = listOf(doc, 'roles').map((role) => {
      if (!isObject(role)) return role;
      const successors = listOf(role, 'successors').filter((s) => !(isObject(s) && s.personId === personId));
      return without('incumbentId')({ ...role, ...(Array.isArray(role.successors) ? { successors } : {}) });
    });
  }
  // Everyone else keeps their own name, even one that contains the erased one (or a namesake's).
  const others = listOf(out, 'people');
  const otherNames = others.map((p) => (isObject(p) && typeof p.name === 'string' ? p.name : ''));
  const scrubbed = scrub(out, names, marker, [...keep, ...otherNames]);
  if (isObject(scrubbed) && Array.isArray(scrubbed.people)) {
    scrubbed.people = scrubbed.people.map((p, i) => {
      const original = others[i];
      return isObject(p) && isObject(original) && 'name' in original ? { ...p, name: original.name } : p;
    });
  }
  return scrubbed;
}

export function erasePersonFromPlan(plan: Plan, personId: string, names: readonly string[], marker: string): Plan {
  return erasePersonFromDocument(plan as unknown as Json, personId, names, marker) as unknown as Plan;
}

function nameIn(doc: Json, personId: string): string | null {
  if (!isObject(doc)) return null;
  const person = listOf(doc, 'people').find((p) => isObject(p) && p.id === personId);
  return isObject(person) && typeof person.name === 'string' ? person.name : null;
}

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

export async function previewErasure({ store, audit, dataDir }: ErasureDeps, personId: string): Promise<ErasurePreview> {
  const { plan, person } = personOrRefuse(store.current(), personId);
  const files = await listPlanFiles(dataDir);
  const { entries } = await audit.read();
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
    auditEntries: entries.filter((e) => e.personIds.includes(personId)).length,
    undoSteps: store.historySize(),
  };
}

type FileOutcome = 'rewritten' | 'unchanged' | 'unreadable';

async function readDocument(file: PlanFileRef, store: PlanStore): Promise<{ text: string; doc: Json | undefined } | null> {
  const stored = await fs.readFile(file.path).catch(() => null);
  if (stored === null) return null;
  let text: string;
  try {
    text = store.codec.openText(stored, 'plan');
  } catch (error) {
    if (!(error instanceof ProtectedDataError)) throw error;
    // A clear file where a sealed one belongs is never trusted as a plan, but it is readable,
    // so it must lose the names all the same (and is sealed when written back).
    if (error.reason !== 'not-sealed') return null;
    text = stored.toString('utf8');
  }
  try {
    return { text, doc: JSON.parse(text) as Json };
  } catch {
    return { text, doc: undefined };
  }
}

async function eraseFromFile(file: PlanFileRef, store: PlanStore, personId: string, names: string[], marker: string, keep: string[]): Promise<FileOutcome> {
  const read = await readDocument(file, store);
  if (!read) return 'unreadable';
  // A file that is not even JSON still loses every spelling of the names, escaped ones included.
  const escaped = names.map((n) => JSON.stringify(n).slice(1, -1));
  const next =
    read.doc === undefined
      ? replaceNames(read.text, [...names, ...escaped], marker, keep)
      : store.codec.sealing
        ? JSON.stringify(erasePersonFromDocument(read.doc, personId, names, marker, keep))
        : `${JSON.stringify(erasePersonFromDocument(read.doc, personId, names, marker, keep), null, 2)}\n`;
  if (next === read.text) return 'unchanged';
  await writeFileAtomic(file.path, store.codec.sealText(next, 'plan'));
  return 'rewritten';
}

export async function erasePerson(deps: ErasureDeps, personId: string) {
  const { store, audit, dataDir } = deps;
  await store.flush();
  const { plan, person } = personOrRefuse(store.current(), personId);
  const { entries } = await audit.read();
  const marker = erasedMarker(entries.filter((e) => e.area === 'erasure').length + 1);

  // Every name the person had in any revision, so an old spelling in an old backup goes too.
  const names = new Set([person.name]);
  for (const file of await listPlanFiles(dataDir)) {
    const read = await readDocument(file, store);
    const name = read?.doc === undefined ? null : nameIn(read.doc, personId);
    if (name) names.add(name);
  }
  const allNames = [...names];
  const keep = plan.people.filter((p) => p.id !== personId).map((p) => p.name);

  const snapshot: PlanSnapshot = await store.replaceForgettingHistory(erasePersonFromPlan(plan, personId, allNames, marker));
  const outcome = await store.exclusive(async () => {
    const counts = { backup: 0, 'kept-aside': 0, plan: 0, scenario: 0 };
    const unreadable: string[] = [];
    for (const file of await listPlanFiles(dataDir)) {
      const result = await eraseFromFile(file, store, personId, allNames, marker, keep);
      if (result === 'rewritten') counts[file.role] += 1;
      if (result === 'unreadable') unreadable.push(file.name);
    }
    let anonymised = 0;
    await audit.rewrite(
      (all) => {
        const result = anonymizeEntries(all, personId, allNames, marker, keep);
        anonymised = result.changed;
        return result.entries;
      },
      (line) => replaceNames(line, [...allNames, ...allNames.map((n) => JSON.stringify(n).slice(1, -1))], marker, keep),
    );
    return { counts, unreadable, anonymised };
  });
  await audit.append([
    {
      area: 'erasure',
      action: 'Erase person',
      summary: `${marker} erased from the plan, ${outcome.counts.backup} backups and the audit trail; undo history cleared`,
      personIds: [],
      roleIds: [],
      rotationIds: [],
      names: [marker],
      before: null,
      after: null,
    },
  ]);
  return {
    snapshot,
    result: {
      marker,
      backupsRewritten: outcome.counts.backup,
      keptAsideRewritten: outcome.counts['kept-aside'],
      auditEntriesAnonymised: outcome.anonymised,
      unreadable: outcome.unreadable,
    },
  };
}
