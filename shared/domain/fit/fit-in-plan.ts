import { domainTableOf, exposureOf } from '../exposure';
import type { Exposure, PlanAnalysis, RoleFit } from '../model/types';
import type { Plan, Role } from '../plan/schema';
import { levelReader, threadLevelsOf } from '../threads';
import { fitOfRole } from './role-fit';

export function roleById(plan: Plan, roleId: string): Role {
  const role = plan.roles.find((r) => r.id === roleId);
  if (!role) throw new Error(`There is no role with id "${roleId}" in the plan.`);
  return role;
}

export interface PersonStanding {
  current: Exposure;
  projected: Exposure;
  levelOf: (threadId: string) => number;
}

/** A person's exposure and thread levels from the analysis; worked out from the plan for someone outside it (archived). */
export function standingOf(plan: Plan, analysis: PlanAnalysis, personId: string): PersonStanding {
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
