import { z } from 'zod';
import { EditError, indexOrThrow, replaceAt } from '../edits/list-edits';
import { Id, IsoDate, type Action, type Plan, type Role, type Rotation } from '../plan/schema';
import { addMonths, earlierOf } from '../time';

/**
 * The what-ifs of a scenario (DOMAIN §8.5), each a named pure edit like those in
 * shared/domain/edits. They are offered only inside a scenario, never on the plan itself:
 * the service applies them to a scenario's copy (electron/services/scenarios).
 */

/** Who holds a rotating person's seat (format v2 `rotation.backfillId`); null when nobody is named. */
export const backfillOf = (rotation: Rotation): string | null => (typeof rotation.backfillId === 'string' ? rotation.backfillId : null);

export const LeaveInput = z.object({ personId: Id, on: IsoDate });
export function leaveOn(plan: Plan, { personId, on }: z.infer<typeof LeaveInput>): Plan {
  const index = indexOrThrow(plan.people, (p) => p.id === personId, `Person ${personId}`);
  const leaver = plan.people[index];
  if (leaver.archived) throw new EditError(`${leaver.name} is archived already: they have no seat left to leave.`);

  const roles = plan.roles.map((role): Role => {
    const holds = role.incumbentId === personId;
    const onSlate = role.successors.some((s) => s.personId === personId);
    if (!holds && !onSlate) return role;
    const next: Role = { ...role, successors: onSlate ? role.successors.filter((s) => s.personId !== personId) : role.successors };
    if (holds) {
      next.incumbentId = null;
      // Spec choice: an earlier expected vacancy already set stays; leaving cannot make the seat fall vacant later.
      next.expectedVacancy = role.expectedVacancy ? earlierOf(role.expectedVacancy, on) : on;
      next.vacancyRisk = 'high';
    }
    return next;
  });

  const rotations = plan.rotations.map((rotation): Rotation => {
    let next = rotation;
    if (rotation.personId === personId) {
      if (rotation.status === 'planned') next = { ...rotation, status: 'cancelled' };
      else if (rotation.status === 'active') {
        // Spec choice: an active rotation that would only start after the leaving day never happens, so it is cancelled.
        next = rotation.start > on ? { ...rotation, status: 'cancelled' } : { ...rotation, end: earlierOf(rotation.end, on) };
      }
    }
    if (next.end > on && (next.mentorId === personId || backfillOf(next) === personId)) {
      next = { ...next };
      if (next.mentorId === personId) next.mentorId = null;
      if (backfillOf(next) === personId) next.backfillId = null;
    }
    return next;
  });

  const people = plan.people.map((person) => {
    if (person.id === personId) return { ...person, archived: true };
    if (person.managerId === personId) return { ...person, managerId: leaver.managerId };
    return person;
  });
  return { ...plan, people, roles, rotations, ...(plan.actions ? { actions: plan.actions.map((action) => actionAfterLeaving(action, personId, on)) } : {}) };
}

/** Their development actions end as their rotations do; actions they own after the day lose their owner. */
function actionAfterLeaving(action: Action, personId: string, on: string): Action {
  let next = action;
  if (action.personId === personId) {
    if (action.status === 'planned' || (action.status === 'active' && action.start > on)) next = { ...action, status: 'cancelled' };
    else if (action.status === 'active') next = { ...action, end: earlierOf(action.end, on) };
  }
  return next.end > on && next.ownerId === personId ? { ...next, ownerId: null } : next;
}

export const SlipInput = z.object({
  rotationId: Id,
  months: z.number().int({ message: 'must be a whole number of months' }).refine((n) => n !== 0, { message: 'must not be 0' }),
});
export function slipRotation(plan: Plan, { rotationId, months }: z.infer<typeof SlipInput>): Plan {
  const index = indexOrThrow(plan.rotations, (r) => r.id === rotationId, `Rotation ${rotationId}`);
  const rotation = plan.rotations[index];
  // Spec choice: what has happened (completed) or will not (cancelled) does not slip.
  if (rotation.status === 'completed' || rotation.status === 'cancelled') {
    throw new EditError(`Rotation ${rotationId} is ${rotation.status}: only planned and active rotations can slip.`);
  }
  const moved = { ...rotation, start: addMonths(rotation.start, months), end: addMonths(rotation.end, months) };
  return { ...plan, rotations: replaceAt(plan.rotations, index, moved) };
}

export const VacancyInput = z.object({ roleId: Id, on: IsoDate });
export function fallVacant(plan: Plan, { roleId, on }: z.infer<typeof VacancyInput>): Plan {
  const index = indexOrThrow(plan.roles, (r) => r.id === roleId, `Role ${roleId}`);
  // Spec choice: the incumbent holds the seat until that day, so they stay; the date replaces any expected one (it may come earlier or later).
  const role: Role = { ...plan.roles[index], expectedVacancy: on, vacancyRisk: 'high' };
  return { ...plan, roles: replaceAt(plan.roles, index, role) };
}

export const CapacityInput = z.object({ hostId: Id, capacity: z.number().int().min(1) });
export function setHostCapacity(plan: Plan, { hostId, capacity }: z.infer<typeof CapacityInput>): Plan {
  const index = indexOrThrow(plan.hosts, (h) => h.id === hostId, `Host ${hostId}`);
  return { ...plan, hosts: replaceAt(plan.hosts, index, { ...plan.hosts[index], capacity }) };
}

function whatIf<S extends z.ZodType>(input: S, apply: (plan: Plan, input: z.output<S>) => Plan, label: string) {
  return { input, apply, label };
}

export const WHAT_IFS = {
  'whatif:leave': whatIf(LeaveInput, leaveOn, 'Leaves'),
  'whatif:slip': whatIf(SlipInput, slipRotation, 'Rotation slips'),
  'whatif:vacancy': whatIf(VacancyInput, fallVacant, 'Role falls vacant'),
  'whatif:capacity': whatIf(CapacityInput, setHostCapacity, 'Host capacity changes'),
} as const;

export type WhatIfName = keyof typeof WHAT_IFS;
export type WhatIfInput<K extends WhatIfName> = z.input<(typeof WHAT_IFS)[K]['input']>;
export const WHAT_IF_NAMES = Object.keys(WHAT_IFS) as WhatIfName[];
