import { z } from 'zod';
import { Id, Readiness, Role, type Plan } from '../plan/schema';
import { EditError, indexOrThrow, replaceAt, upsertById, withFlag } from './list-edits';

export const SaveRoleInput = z.object({ role: Role });
export function saveRole(plan: Plan, { role }: z.infer<typeof SaveRoleInput>): Plan {
  return { ...plan, roles: upsertById(plan.roles, role) };
}

export const RetireRoleInput = z.object({ roleId: Id, retired: z.boolean() });
export function retireRole(plan: Plan, { roleId, retired }: z.infer<typeof RetireRoleInput>): Plan {
  const index = indexOrThrow(plan.roles, (r) => r.id === roleId, `Role ${roleId}`);
  return { ...plan, roles: replaceAt(plan.roles, index, withFlag(plan.roles[index], 'retired', retired)) };
}

function withRole(plan: Plan, roleId: string, change: (role: Role) => Role): Plan {
  const index = indexOrThrow(plan.roles, (r) => r.id === roleId, `Role ${roleId}`);
  return { ...plan, roles: replaceAt(plan.roles, index, change(plan.roles[index])) };
}

export const NominateSuccessorInput = z.object({
  roleId: Id,
  personId: Id,
  readiness: Readiness,
  emergency: z.boolean().default(false),
});
export function nominateSuccessor(plan: Plan, input: z.infer<typeof NominateSuccessorInput>): Plan {
  if (!plan.people.some((p) => p.id === input.personId)) throw new EditError(`Person ${input.personId} is not in the plan.`);
  return withRole(plan, input.roleId, (role) => {
    if (role.successors.some((s) => s.personId === input.personId)) {
      throw new EditError(`This person is already on the slate of ${role.title}.`);
    }
    if (role.incumbentId === input.personId) throw new EditError(`The incumbent cannot succeed themselves in ${role.title}.`);
    const successor = { personId: input.personId, readiness: input.readiness, emergency: input.emergency };
    return { ...role, successors: [...role.successors, successor] };
  });
}

export const UpdateSuccessorInput = z.object({
  roleId: Id,
  personId: Id,
  readiness: Readiness.optional(),
  emergency: z.boolean().optional(),
});
export function updateSuccessor(plan: Plan, input: z.infer<typeof UpdateSuccessorInput>): Plan {
  return withRole(plan, input.roleId, (role) => {
    const index = indexOrThrow(role.successors, (s) => s.personId === input.personId, `Successor ${input.personId}`);
    const current = role.successors[index];
    const next = {
      ...current,
      ...(input.readiness ? { readiness: input.readiness } : {}),
      ...(input.emergency === undefined ? {} : { emergency: input.emergency }),
    };
    return { ...role, successors: replaceAt(role.successors, index, next) };
  });
}

export const RemoveSuccessorInput = z.object({ roleId: Id, personId: Id });
export function removeSuccessor(plan: Plan, input: z.infer<typeof RemoveSuccessorInput>): Plan {
  return withRole(plan, input.roleId, (role) => {
    indexOrThrow(role.successors, (s) => s.personId === input.personId, `Successor ${input.personId}`);
    return { ...role, successors: role.successors.filter((s) => s.personId !== input.personId) };
  });
}
