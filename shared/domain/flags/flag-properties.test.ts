import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzePlan } from '../analysis';
import { FLAG_CODES } from '../model/types';
import { arbitraryDate, arbitraryPlan, shiftYears } from '../testing/arbitrary-plan';
import { flagKeys } from '../testing/flag-helpers';
import { hubOf } from '../testing/plan-builder';

describe('flags, over random plans', () => {
  it('do not change when a cancelled rotation is added', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.constantFrom('p0', 'p1', 'p2'), fc.constantFrom('sales', 'data'), arbitraryDate(), (plan, personId, domain, start) => {
        const before = analyzePlan(plan);
        const withCancelled = structuredClone(plan);
        withCancelled.rotations.push({
          id: 'cancelled-one',
          personId,
          hostId: hubOf(domain),
          start,
          end: `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`,
          status: 'cancelled',
          objectives: [],
          mentorId: null,
          cost: null,
          feedback: [],
        });
        expect(analyzePlan(withCancelled).flags).toEqual(before.flags);
      }),
      { numRuns: 300 },
    );
  });

  // Whole years that are multiples of 4 keep every February the same length (1901–2099), so the
  // month arithmetic of DOMAIN §5 — which counts leftover days — gives exactly the same numbers.
  it('do not change when every date and asOf move by the same whole number of years', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.integer({ min: -5, max: 5 }).map((n) => n * 4), (plan, years) => {
        const before = analyzePlan(plan);
        const after = analyzePlan(shiftYears(plan, years));
        expect(flagKeys(after.flags)).toEqual(flagKeys(before.flags));
        for (const [id, person] of before.people) expect(after.people.get(id)!.braidIndex).toBe(person.braidIndex);
      }),
      { numRuns: 300 },
    );
  });

  it('are well formed: known code, severity, a sentence, unique ids, linked subjects', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const analysis = analyzePlan(plan);
        const ids = new Set<string>();
        for (const flag of analysis.flags) {
          expect(FLAG_CODES).toContain(flag.code);
          expect(['critical', 'warning', 'info']).toContain(flag.severity);
          expect(flag.message.length).toBeGreaterThan(10);
          expect(ids.has(flag.id)).toBe(false);
          ids.add(flag.id);
          expect(analysis.flagsById.get(flag.id)).toBe(flag);
          if (flag.personId) expect(analysis.people.get(flag.personId)!.flagIds).toContain(flag.id);
          if (flag.roleId) expect(analysis.roles.get(flag.roleId)!.flagIds).toContain(flag.id);
          for (const r of flag.rotationIds ?? []) expect(analysis.flagsByRotation.get(r)).toContain(flag.id);
        }
        const archived = plan.people.filter((p) => p.archived).map((p) => p.id);
        for (const flag of analysis.flags) expect(archived).not.toContain(flag.personId);
      }),
      { numRuns: 200 },
    );
  });

  it('name every day of their sentence and action in `dates`, so that screens can write it in the user’s locale', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        for (const flag of analyzePlan(plan).flags) {
          const written = `${flag.message} ${flag.action ?? ''}`.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
          expect(flag.dates ?? []).toEqual(expect.arrayContaining(written));
          for (const day of flag.dates ?? []) expect(flag.message + (flag.action ?? '')).toContain(day);
        }
      }),
      { numRuns: 200 },
    );
  });
});
