import { roleById, roleFit, roleSpansBothSides, standingOf } from '../fit';
import type { Plan, Role } from '../plan/schema';
import { rankSlateCandidates, type SlateCandidate } from '../candidates';
import { byCriticality, planPath, type DevelopmentPath } from '../paths';
import type { PlanAnalysis } from '../model/types';
import { planIndexOf } from './analyze-plan';

export { roleFit };

/** DOMAIN §5: the role's domains include a front and a back domain, or it needs months on both sides. */
export function spansBothSides(plan: Plan, role: Role): boolean {
  return roleSpansBothSides(role, new Map(plan.framework.domains.map((d) => [d.id, d])));
}

/**
 * The development path (DOMAIN §8.2) of a person toward a role: when it is not in time, the
 * alternatives are the people who meet the role's side months now — on the slate already (to be
 * marked ready now or emergency cover) or not yet (to be nominated).
 */
export function developmentPath(plan: Plan, analysis: PlanAnalysis, personId: string, roleId: string): DevelopmentPath | null {
  const index = planIndexOf(plan, analysis);
  const person = index.people.get(personId);
  if (!person) return null;
  const role = roleById(plan, roleId);
  const standing = standingOf(plan, analysis, personId);
  const path = planPath({ index, person, role, current: standing.current, levelOf: standing.levelOf });
  const alternatives =
    path.inTime === false
      ? rankSlateCandidates(index, analysis, { ...role, successors: [] }, (p) => p.id !== personId)
          .filter((c) => c.readyBy === analysis.asOf)
          .slice(0, 3)
          .map((c) => c.person.id)
      : [];
  return { ...path, alternatives };
}

/** A path toward every role whose slate names the person, the most critical role first. */
export function developmentPaths(plan: Plan, analysis: PlanAnalysis, personId: string): DevelopmentPath[] {
  const index = planIndexOf(plan, analysis);
  if (!index.people.has(personId)) return [];
  return byCriticality(index.successorRoles.get(personId) ?? []).map((role) => developmentPath(plan, analysis, personId, role.id)!);
}

/** Candidates for a role's slate, ranked as DOMAIN §8.3 says; `role` may be newer than the analysed plan. */
export function slateCandidates(plan: Plan, analysis: PlanAnalysis, role: Role, filter?: (person: Plan['people'][number]) => boolean, limit?: number): SlateCandidate[] {
  if (!plan.roles.some((r) => r.id === role.id)) return [];
  return rankSlateCandidates(planIndexOf(plan, analysis), analysis, role, filter, limit);
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

/**
 * DOMAIN §8.1: the threads a person falls short of for some role on whose slate they are. Thread
 * items are never projected — a planned rotation that targets one of these needs assessment
 * evidence before it counts.
 */
export function threadGapsOf(analysis: PlanAnalysis, personId: string): Set<string> {
  const gaps = new Set<string>();
  for (const role of analysis.roles.values()) {
    for (const s of role.successors) if (s.personId === personId) for (const g of s.fit.gaps) if (g.kind === 'thread' && g.threadId !== undefined) gaps.add(g.threadId);
  }
  return gaps;
}
