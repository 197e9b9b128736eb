import { isValid, parseISO } from 'date-fns';
import type { Plan, Rotation, RotationStatus } from '../../../shared/domain/plan/schema';

/** What the rotation form holds: text as typed, checked before anything is saved. */
export interface RotationFormState {
  personId: string | null;
  hostId: string;
  start: string;
  end: string;
  status: RotationStatus;
  objectives: string[];
  mentorId: string | null;
  /** Who holds the rotating person's seat meanwhile (format v2). */
  backfillId: string | null;
  cost: string;
}

export type RotationFormErrors = Partial<Record<keyof RotationFormState, string>>;

export function formOf(rotation: Rotation): RotationFormState {
  return {
    personId: rotation.personId,
    hostId: rotation.hostId,
    start: rotation.start,
    end: rotation.end,
    status: rotation.status,
    objectives: [...rotation.objectives],
    mentorId: rotation.mentorId,
    backfillId: rotation.backfillId ?? null,
    cost: rotation.cost === null ? '' : String(rotation.cost),
  };
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parseISO(text));

/** Every problem with the form, each naming the field and the value; empty when it can be saved. */
export function rotationFormErrors(form: RotationFormState, plan: Plan): RotationFormErrors {
  const errors: RotationFormErrors = {};
  const person = plan.people.find((p) => p.id === form.personId);
  if (!form.personId) errors.personId = 'Person: choose who the rotation is for.';
  else if (!person) errors.personId = `Person: "${form.personId}" is not in the plan.`;
  else if (person.archived) errors.personId = `Person: ${person.name} is archived.`;
  if (!plan.hosts.some((h) => h.id === form.hostId)) errors.hostId = form.hostId ? `Host: "${form.hostId}" is not a host of this plan.` : 'Host: choose where the rotation takes place.';
  if (!isDate(form.start)) errors.start = `Start: "${form.start}" is not a date.`;
  if (!isDate(form.end)) errors.end = `End: "${form.end}" is not a date.`;
  else if (!errors.start && form.end < form.start) errors.end = `End: ${form.end} is before the start ${form.start}.`;
  if (form.mentorId !== null) {
    if (form.mentorId === form.personId) errors.mentorId = 'Mentor: a person cannot mentor their own rotation.';
    else if (!plan.people.some((p) => p.id === form.mentorId)) errors.mentorId = `Mentor: "${form.mentorId}" is not in the plan.`;
  }
  if (form.backfillId !== null) {
    if (form.backfillId === form.personId) errors.backfillId = 'Backfill: the rotating person cannot hold their own seat.';
    else if (!plan.people.some((p) => p.id === form.backfillId)) errors.backfillId = `Backfill: "${form.backfillId}" is not in the plan.`;
  }
  const cost = form.cost.trim();
  if (cost !== '' && !(Number.isFinite(Number(cost)) && Number(cost) >= 0)) errors.cost = `Cost: "${form.cost}" is not an amount of 0 or more.`;
  return errors;
}

/** The rotation the form describes, keeping whatever else the rotation had (feedback, extra fields). */
export function rotationOf(form: RotationFormState, base: Rotation): Rotation {
  const cost = form.cost.trim();
  return {
    ...base,
    personId: form.personId!,
    hostId: form.hostId,
    start: form.start,
    end: form.end,
    status: form.status,
    objectives: form.objectives,
    mentorId: form.mentorId,
    backfillId: form.backfillId,
    cost: cost === '' ? null : Number(cost),
  };
}

/** A fresh id that no rotation of the plan uses. */
export function newRotationId(plan: Plan, now = Date.now()): string {
  const taken = new Set(plan.rotations.map((r) => r.id));
  let n = 0;
  let id = `rot-${now.toString(36)}`;
  while (taken.has(id)) id = `rot-${now.toString(36)}-${++n}`;
  return id;
}
