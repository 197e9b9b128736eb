import type { Assessment, Feedback, Person, Plan, Role, Rotation, Successor } from '../plan/schema';
import { diffActions } from './action-diff';
import { pairsById, type Add } from './by-id';
import { auditChange, type AuditChange } from './types';
import { diffRatings, diffReviews } from './review-diff';
import {
  describeAssessment,
  describeDates,
  describeFeedback,
  describeRequirements,
  describeRotation,
  describeSlot,
  levelLabel,
  NameBook,
  readinessLabel,
  rotationSubject,
  statusLabel,
  yesNo,
} from './wording';

/**
 * The audit entries for one change of the plan from `before` to `after`. Edits share the
 * objects they did not touch, so an identity check skips almost everything and a change
 * to a 10 000-person plan costs a few map look-ups, not a deep comparison.
 */
export function auditChanges(before: Plan, after: Plan, action: string): AuditChange[] {
  const names = new NameBook(after, before);
  const changes: AuditChange[] = [];
  const add = (change: Omit<AuditChange, 'action'>) => changes.push({ action, ...change });
  if (before.roles !== after.roles) diffRoles(before.roles, after.roles, names, add);
  if (before.people !== after.people) diffAssessments(before.people, after.people, names, add);
  if (before.people !== after.people) for (const [old, person] of pairsById(before.people, after.people)) diffRatings(old, person, names, add);
  if (before.rotations !== after.rotations) diffRotations(before.rotations, after.rotations, names, add);
  if (before.reviews !== after.reviews) diffReviews(before, after, names, changes, action);
  if (before.actions !== after.actions) diffActions(before.actions ?? [], after.actions ?? [], names, add);
  return changes;
}

function diffRoles(before: readonly Role[], after: readonly Role[], names: NameBook, add: Add): void {
  for (const [old, role] of pairsById(before, after)) {
    const roleId = (role ?? old)!.id;
    const title = names.role(roleId);
    const slate = (r: Role | undefined) => new Map((r?.successors ?? []).map((s) => [s.personId, s]));
    const was = slate(old);
    const now = slate(role);
    const nomination = (personId: string, area: AuditChange['area'], summary: string, b: string | null, a: string | null) =>
      add({ area, summary, personIds: [personId], roleIds: [roleId], rotationIds: [], names: [names.person(personId), title], before: b, after: a });

    for (const [personId, successor] of now) {
      const previous = was.get(personId);
      if (!previous) {
        nomination(personId, 'nomination', `${names.person(personId)} nominated as a successor for ${title}`, null, describeSlot(successor));
        continue;
      }
      diffSlot(previous, successor, personId, title, names, nomination);
    }
    for (const [personId, previous] of was) {
      if (!now.has(personId)) {
        nomination(personId, 'nomination', `${names.person(personId)} removed from the slate for ${title}`, describeSlot(previous), null);
      }
    }
    const oldRequirements = old ? JSON.stringify(old.requirements) : null;
    if (role && oldRequirements !== JSON.stringify(role.requirements) && (old || describeRequirements(role.requirements, names) !== 'no requirements')) {
      add({
        area: 'requirements',
        summary: `Requirements of ${title} ${old ? 'changed' : 'set'}`,
        personIds: [],
        roleIds: [roleId],
        rotationIds: [],
        names: [title],
        before: old ? describeRequirements(old.requirements, names) : null,
        after: describeRequirements(role.requirements, names),
      });
    }
  }
}

function diffSlot(
  previous: Successor,
  successor: Successor,
  personId: string,
  title: string,
  names: NameBook,
  nomination: (personId: string, area: AuditChange['area'], summary: string, b: string | null, a: string | null) => void,
): void {
  const who = names.person(personId);
  if (previous.readiness !== successor.readiness) {
    nomination(personId, 'readiness', `Readiness of ${who} for ${title} changed`, readinessLabel(previous.readiness), readinessLabel(successor.readiness));
  }
  if (previous.emergency !== successor.emergency) {
    const summary = successor.emergency ? `${who} named emergency cover for ${title}` : `${who} no longer emergency cover for ${title}`;
    nomination(personId, 'emergency', summary, yesNo(previous.emergency), yesNo(successor.emergency));
  }
}

const assessmentKey = (a: Assessment) => JSON.stringify([a.thread, a.level, a.date, a.source, a.note ?? '']);
const feedbackKey = (f: Feedback) => JSON.stringify([f.date, f.author, f.text]);

/** Records added and removed between two lists, as multisets: the same record twice counts twice. */
function multisetChanges<T>(was: readonly T[], now: readonly T[], key: (item: T) => string): { added: T[]; removed: T[] } {
  const remaining = new Map<string, number>();
  for (const item of was) remaining.set(key(item), (remaining.get(key(item)) ?? 0) + 1);
  const added: T[] = [];
  for (const item of now) {
    const count = remaining.get(key(item)) ?? 0;
    if (count > 0) remaining.set(key(item), count - 1);
    else added.push(item);
  }
  const removed: T[] = [];
  for (const item of was) {
    const count = remaining.get(key(item)) ?? 0;
    if (count === 0) continue;
    remaining.set(key(item), count - 1);
    removed.push(item);
  }
  return { added, removed };
}

function diffAssessments(before: readonly Person[], after: readonly Person[], names: NameBook, add: Add): void {
  for (const [old, person] of pairsById(before, after)) {
    const was = old?.assessments ?? [];
    const now = person?.assessments ?? [];
    if (was === now) continue;
    const personId = (person ?? old)!.id;
    const { added, removed } = multisetChanges(was, now, assessmentKey);
    const who = names.person(personId);
    for (const a of added) {
      const previous = latestOf(was, a.thread);
      add({
        area: 'assessment',
        summary: `${who} assessed on ${names.thread(a.thread)}: ${levelLabel(a.level)}`,
        personIds: [personId],
        roleIds: [],
        rotationIds: [],
        names: [who],
        before: previous ? describeAssessment(previous) : null,
        after: describeAssessment(a),
      });
    }
    for (const a of removed) {
      add({
        area: 'assessment',
        summary: `Assessment of ${who} on ${names.thread(a.thread)} removed`,
        personIds: [personId],
        roleIds: [],
        rotationIds: [],
        names: [who],
        before: describeAssessment(a),
        after: null,
      });
    }
  }
}

function latestOf(assessments: readonly Assessment[], thread: string): Assessment | null {
  let latest: Assessment | null = null;
  for (const a of assessments) if (a.thread === thread && (!latest || a.date >= latest.date)) latest = a;
  return latest;
}

function diffRotations(before: readonly Rotation[], after: readonly Rotation[], names: NameBook, add: Add): void {
  for (const [old, rotation] of pairsById(before, after)) {
    const subject = (rotation ?? old)!;
    const entry = (summary: string, b: string | null, a: string | null) =>
      add({
        area: 'rotation',
        summary,
        personIds: [subject.personId],
        roleIds: [],
        rotationIds: [subject.id],
        names: [names.person(subject.personId), names.host(subject.hostId)],
        before: b,
        after: a,
      });
    const title = rotationSubject(subject, names);
    if (!old) {
      entry(`${title} created`, null, describeRotation(rotation!, names));
      continue;
    }
    if (!rotation) {
      entry(`${title} removed`, describeRotation(old, names), null);
      continue;
    }
    if (old.start !== rotation.start || old.end !== rotation.end) entry(`${title} moved`, describeDates(old), describeDates(rotation));
    if (old.status !== rotation.status) entry(`${title}: status changed`, statusLabel(old.status), statusLabel(rotation.status));
    if (old.hostId !== rotation.hostId || old.mentorId !== rotation.mentorId || old.personId !== rotation.personId) {
      entry(`${title}: details changed`, describeRotation(old, names), describeRotation(rotation, names));
    }
    if (old.feedback !== rotation.feedback) {
      const { added, removed } = multisetChanges(old.feedback, rotation.feedback, feedbackKey);
      for (const f of added) entry(`${title}: feedback added`, null, describeFeedback(f));
      for (const f of removed) entry(`${title}: feedback removed`, describeFeedback(f), null);
    }
  }
}

/** One entry for a whole-plan replacement (new, demo, open, import, restore). */
export function planReplacedChange(before: Plan | null, after: Plan | null, action: string): AuditChange {
  const count = (plan: Plan | null) =>
    plan ? `${plan.people.length} people, ${plan.roles.length} roles, ${plan.rotations.length} rotations` : 'no plan';
  return auditChange({ area: 'plan', action, summary: after ? `${action}: ${after.organization.name}` : action, before: count(before), after: count(after) });
}
