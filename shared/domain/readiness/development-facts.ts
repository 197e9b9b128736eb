import type { RotationOnDomain } from '../exposure/exposure';
import type { ActionFacts, PlanIndex, RotationFacts } from '../model/plan-index';
import type { Exposure, RoleFit } from '../model/types';
import type { Role } from '../plan/schema';
import { readyByOf, staysOf, type ProjectedStay } from './projected-exposure';
import { wholeReadinessOf, type EvidenceSource, type WholeReadiness } from './whole-readiness';

const NONE: never[] = [];

/** An acting role is time in the seat (§9.1): it counts as exposure like a rotation in its role's first domain. */
export function actingStaysOf(actions: readonly ActionFacts[] | undefined): RotationOnDomain[] {
  if (!actions) return NONE;
  const stays: RotationOnDomain[] = [];
  for (const facts of actions) if (facts.domainId !== null) stays.push({ rotation: facts.action, domainId: facts.domainId });
  return stays;
}

/** The stays a side-months projection reads: the rotations and the acting roles. */
export function staysWithActing(rotations: readonly RotationFacts[], actions: readonly ActionFacts[] | undefined): ProjectedStay[] {
  const stays = staysOf(rotations);
  if (actions) for (const facts of actions) if (facts.side !== null) stays.push({ start: facts.action.start, end: facts.action.end, status: facts.action.status, side: facts.side });
  return stays;
}

/** Planned evidence (§9.2): non-cancelled rotations with objectives (due at their end) and actions (due at evidenceDue, else their end). */
export function evidenceSourcesOf(rotations: readonly RotationFacts[], actions: readonly ActionFacts[] | undefined): EvidenceSource[] {
  const sources: EvidenceSource[] = [];
  for (const r of rotations) if (r.rotation.objectives.length > 0) sources.push({ threads: r.rotation.objectives, day: r.rotation.end });
  if (actions) for (const a of actions) sources.push({ threads: a.action.threads, day: a.evidenceDay });
  return sources;
}

/** A person's whole readiness for a role (§9.2) from the plan index: the slates, the candidates and the paths read this one. */
export function readinessFor(index: PlanIndex, personId: string, role: Role, current: Pick<Exposure, 'front' | 'back'>, fit: RoleFit): WholeReadiness {
  const rotations = index.rotationsByPerson.get(personId) ?? NONE;
  const actions = index.actionsByPerson.get(personId);
  const exposureReadyBy = readyByOf(current, role.requirements, staysWithActing(rotations, actions), index.asOf);
  return wholeReadinessOf(exposureReadyBy, fit.items, fit.fit === 1 ? NONE : evidenceSourcesOf(rotations, actions), index.asOf, role.expectedVacancy);
}
