import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePlan, developmentPath, flagsRaisedBy, rotationsOfPath } from '../analysis';
import { applyEdit } from '../edits';
import { resolvePolicy } from '../plan/defaults';
import { arbitraryPlan } from '../testing/arbitrary-plan';
import { monthsBetween } from '../time';

/**
 * Flags a path may raise; each is announced before it is added. None is a planning mistake: no
 * overlap, no host over capacity, no wrong length, no backfill conflict (a path's rotations have no cost).
 */
const MAY_RAISE = new Set(['rotation-late-for-vacancy', 'rotation-no-backfill']);

describe('development paths, over random plans', () => {
  it('never raise a flag they did not announce, and announce only flags a path may raise', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const before = analyzePlan(plan);
        const policy = resolvePolicy(plan.framework);
        for (const role of before.roles.values()) {
          for (const successor of role.successors) {
            const path = developmentPath(plan, before, successor.personId, role.roleId)!;
            if (path.steps.length === 0) continue;
            const rotations = rotationsOfPath(plan, path.steps);
            const announced = new Set(flagsRaisedBy(plan, before, rotations).map((f) => f.id));
            const after = analyzePlan(applyEdit(plan, 'rotation:addPath', { rotations }), { asOf: before.asOf });
            const raised = after.flags.filter((f) => !before.flagsById.has(f.id));
            for (const flag of raised) {
              expect(announced.has(flag.id)).toBe(true);
              expect(MAY_RAISE.has(flag.code)).toBe(true);
            }
            // The path's own role: late for the vacancy exactly on the steps that say they end after it.
            const late = new Set(raised.filter((f) => f.code === 'rotation-late-for-vacancy' && f.roleId === role.roleId).flatMap((f) => f.rotationIds ?? []));
            rotations.forEach((r, i) => expect(late.has(r.id)).toBe(path.steps[i].endsAfterVacancy));
            for (const step of path.steps) {
              expect(step.start >= before.asOf && step.start.endsWith('-01')).toBe(true);
              const months = monthsBetween(step.start, step.end);
              expect(months).toBeGreaterThanOrEqual(policy.minRotationMonths - 1e-9);
              expect(months).toBeLessThanOrEqual(policy.maxRotationMonths + 1e-9);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
