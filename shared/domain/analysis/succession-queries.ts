import { domainTableOf, exposureOf } from '../exposure';
import { fitOfRole, roleSpansBothSides } from '../fit';
import type { Plan, Role } from '../plan/schema';
import { byCriticality, suggestRotationsFor } from '../suggestions';
import { levelReader, threadLevelsOf } from '../threads';
import { planIndexOf } from './analyze-plan';
import type { Exposure, PlanAnalysis, RoleFit, SuggestedRotation } from './types';

/** DOMAIN §5: the role's domains include a front and a back domain, or it needs months on both sides. */
export function spansBothSides(plan: Plan, role: Role): boolean {
  return roleSpansBothSides(role, new Map(plan.framework.domains.map((d) => [d.id, d])));
}

function roleById(plan: Plan, roleId: string): Role {
  const role = plan.roles.find((r) => r.id === roleId);
  if (!role) throw new Error(`There is no role with id "${roleId}" in the plan.`);
  return role;
}

interface PersonStanding {
  current: Exposure;
  projected: Exposure;
  levelOf: (threadId: string) => number;
}

/** A person's exposure and thread levels from the analysis; worked out from the plan for someone outside it (archived). */
function standingOf(plan: Plan, analysis: PlanAnalysis, personId: string): PersonStanding {
  const person = plan.people.find((p) => p.id === personId);
  if (!person) throw new Error(`There is no person with id "${personId}" in the plan.`);
  const { threads } = plan.framework;
  const threadIndex = new Map(threads.map((t, i) => [t.id, i]));
  const known = analysis.people.get(personId);
  if (known) return { current: known.current, projected: known.projected, levelOf: levelReader(person, known.threads, threadIndex, analysis.asOf) };
  const hostDomains = new Map(plan.hosts.map((h) => [h.id, h.domain]));
  const rotations = plan.rotations
    .filter((r) => r.personId === personId)
    .map((rotation) => ({ rotation, domainId: hostDomains.get(rotation.hostId) ?? null }));
  const levels = threadLevelsOf(person, threads, threadIndex, analysis.asOf);
  const exposure = exposureOf(person, rotations, domainTableOf(plan.framework.domains), analysis.asOf);
  return { ...exposure, levelOf: levelReader(person, levels, threadIndex, analysis.asOf) };
}

/** How well a person fits a role's requirements as of the analysis, with every unmet item as a gap. */
export function roleFit(plan: Plan, analysis: PlanAnalysis, roleId: string, personId: string): RoleFit {
  const standing = standingOf(plan, analysis, personId);
  return fitOfRole(roleById(plan, roleId), personId, standing.current, standing.levelOf);
}

/**
 * Rotations that would close a person's gaps for one role, or — without a role — for every role
 * whose slate names them, the most critical role first.
 */
export function suggestRotations(plan: Plan, analysis: PlanAnalysis, personId: string, roleId?: string): SuggestedRotation[] {
  const index = planIndexOf(plan, analysis);
  const person = index.people.get(personId);
  if (!person) return [];
  const roles = roleId !== undefined ? [roleById(plan, roleId)] : byCriticality(index.successorRoles.get(personId) ?? []);
  const standing = standingOf(plan, analysis, personId);
  return suggestRotationsFor({ index, person, ...standing, roles });
}

/**
 * DOMAIN §8.4 "coherent words": the roles needing action are every role with a critical or a
 * warning flag — the one count the succession board, the CLI and the PDF show.
 */
export function rolesNeedingAction(analysis: PlanAnalysis): string[] {
  const ids: string[] = [];
  for (const role of analysis.roles.values()) {
    if (role.flagIds.some((id) => analysis.flagsById.get(id)?.severity !== 'info')) ids.push(role.roleId);
  }
  return ids;
}
