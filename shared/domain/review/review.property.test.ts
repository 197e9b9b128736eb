import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../analysis';
import { applyEdit } from '../edits';
import type { Plan } from '../plan/schema';
import { arbitraryPlan } from '../testing/arbitrary-plan';
import { reviewsOf, rolesInScope } from './review-scope';
import type { ReviewMove, ReviewScope } from './types';

const scopes: fc.Arbitrary<ReviewScope> = fc.oneof(
  fc.constant({ kind: 'all' as const }),
  fc.constantFrom('sales', 'engineering', 'data').map((domainId) => ({ kind: 'domain' as const, domainId })),
  fc.constantFrom('p0', 'p1').map((personId) => ({ kind: 'manager' as const, personId })),
);

/** A plan with a random draft session: rating moves on anyone, readiness moves on successors of its slates. */
const planWithDraft = arbitraryPlan.chain((plan) => {
  const slots = plan.roles.flatMap((role) => role.successors.map((s) => ({ roleId: role.id, personId: s.personId, readiness: s.readiness })));
  const people = plan.people.map((p) => p.id);
  const rating: fc.Arbitrary<ReviewMove> = fc.oneof(
    fc.record({ personId: fc.constantFrom(...people), to: fc.integer({ min: 1, max: 5 }) }).map(({ personId, to }) => ({
      personId, field: 'performance' as const, from: plan.people.find((p) => p.id === personId)!.performance, to, reason: 'calibrated',
    })),
    fc.record({ personId: fc.constantFrom(...people), to: fc.constantFrom('low' as const, 'medium' as const, 'high' as const) }).map(({ personId, to }) => ({
      personId, field: 'potential' as const, from: plan.people.find((p) => p.id === personId)!.potential, to, reason: 'calibrated',
    })),
  );
  const readiness: fc.Arbitrary<ReviewMove>[] = slots.length
    ? [fc.record({ slot: fc.constantFrom(...slots), to: fc.constantFrom('ready-now' as const, 'ready-1-2-years' as const, 'ready-3-5-years' as const) }).map(({ slot, to }) => ({
        personId: slot.personId, field: 'readiness' as const, roleId: slot.roleId, from: slot.readiness, to, reason: 'calibrated',
      }))]
    : [];
  return fc.record({ scope: scopes, moves: fc.array(fc.oneof(rating, ...readiness), { maxLength: 8 }) }).map(({ scope, moves }) => {
    let next = applyEdit(plan, 'review:start', { id: 'rv1', date: '2027-03-01', title: 'Spring calibration', scope, participants: ['HR'] });
    for (const move of moves) next = applyEdit(next, 'review:proposeMove', { reviewId: 'rv1', move });
    return { plan, draft: next };
  });
});

const flagsOf = (plan: Plan) => analyzePlan(plan).flags.map((f) => [f.id, f.severity, f.message]);

describe('a talent-review draft', () => {
  it('changes nothing in the analysis, whatever it proposes', () => {
    fc.assert(
      fc.property(planWithDraft, ({ plan, draft }) => {
        expect(flagsOf(draft)).toEqual(flagsOf(plan));
        expect(analyzePlan(draft).metrics).toEqual(analyzePlan(plan).metrics);
      }),
      { numRuns: 150 },
    );
  });

  it('signs off to the plan that the ordinary edits make when each move is applied one by one', () => {
    fc.assert(
      fc.property(planWithDraft, ({ draft }) => {
        const review = reviewsOf(draft)[0];
        const signed = applyEdit(draft, 'review:signOff', { reviewId: 'rv1', signedOffOn: '2027-03-02' });

        let byHand = draft;
        for (const move of review.moves) {
          if (move.field === 'readiness') {
            byHand = applyEdit(byHand, 'successor:update', { roleId: move.roleId, personId: move.personId, readiness: move.to });
          } else {
            const person = byHand.people.find((p) => p.id === move.personId)!;
            byHand = applyEdit(byHand, 'person:save', { person: { ...person, [move.field]: move.to } });
          }
        }
        const inScope = new Set(rolesInScope(byHand, review.scope).map((r) => r.id));
        expect(signed.people).toEqual(byHand.people);
        expect(signed.roles).toEqual(byHand.roles.map((r) => (inScope.has(r.id) ? { ...r, reviewedOn: '2027-03-01' } : r)));
        expect(reviewsOf(signed)[0]).toMatchObject({ status: 'signed-off', signedOffOn: '2027-03-02', moves: review.moves });
      }),
      { numRuns: 150 },
    );
  });
});
