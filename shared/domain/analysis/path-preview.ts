import type { PathStep } from '../paths';
import { nextId } from '../plan/next-id';
import type { Plan, Rotation } from '../plan/schema';
import { analyzePlan } from './analyze-plan';
import type { Flag, PlanAnalysis } from '../model/types';

/** The planned rotations a path (or some of its steps) puts on the plan, with the ids they will have. */
export function rotationsOfPath(plan: Plan, steps: readonly PathStep[]): Rotation[] {
  const ids = plan.rotations.map((r) => r.id);
  return steps.map((step) => {
    const id = nextId('R', ids);
    ids.push(id);
    return { id, personId: step.personId, hostId: step.hostId, start: step.start, end: step.end, status: 'planned', objectives: step.objectives, mentorId: null, cost: null, feedback: [] };
  });
}

/**
 * The flags that adding these rotations would raise: those of the edited plan's full analysis that
 * the current analysis does not have (matched by id: code and subject). Said before "Add to plan"
 * (DOMAIN §8.2), so that no rotation raises a flag behind the user's back.
 * Spec choice: the full analysis, not a part of the plan — a path can touch the budget, a
 * backfill elsewhere or a host's other rotations, and the preview must be the truth.
 */
export function flagsRaisedBy(plan: Plan, before: PlanAnalysis, rotations: readonly Rotation[]): Flag[] {
  const after = analyzePlan({ ...plan, rotations: [...plan.rotations, ...rotations] }, { asOf: before.asOf });
  return after.flags.filter((f) => !before.flagsById.has(f.id));
}
